"""The line under the score grid that says what the last save did: where (entry number or
work-piece code), what (criterion), whose mark (judge), old → new; a replaced mark in warning
colours, so overwriting a judge's mark never passes unseen."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from competition_app.domain.marks import plain
from competition_app.ui.scoring.grid_undo import CellChange


class SaveLine(QLabel):
    """One line, always there (so the grid never jumps); its `level` property is coloured by
    the stylesheet: success (first entry), warning (a mark replaced or cleared), info (undone),
    error (refused)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SaveLine")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.level = ""
        self.reset()

    def reset(self) -> None:
        """The line's hint, as on a fresh page: what it said was of a cell no longer in question
        (another trade now, or a refused value the clerk took back with Esc)."""
        self.show_text(
            self.tr("每次保存都在这里显示：选手、评分项、裁判、原分 → 新分。Ctrl+Z 撤销上次保存。"),
            "",
        )

    def show_text(self, text: str, level: str) -> None:
        self.level = level
        self.setText(text)
        self.setToolTip(text)
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)

    def where(self, change: CellChange) -> str:
        """ "1002 · 尺寸精度 · 裁判 QG3 王五": the cell, named as on the paper sheet."""
        gc = change.column
        name = self.tr("用时") if gc.kind == "time" else gc.name
        parts = [change.label, name]
        if gc.judge_code:
            parts.append(
                self.tr("裁判 %1 %2").replace("%1", gc.judge_code).replace("%2", gc.judge_name)
            )
        return " · ".join(p.strip() for p in parts if p.strip())

    def value(self, v: Decimal | None) -> str:
        return self.tr("未录入") if v is None else plain(v)

    def describe(self, change: CellChange, actor: str = "") -> tuple[str, str]:
        """(text, level) for a save."""
        where, old, new = self.where(change), self.value(change.old), self.value(change.new)
        if change.undo:
            text = self.tr("已撤销 %1：%2 → %3（恢复原值）")
            level = "info"
        elif change.old is None:
            text, level = self.tr("已录入 %1：%3"), "success"
        elif change.new is None:
            text, level = self.tr("已清除 %1：%2 → %3（原有分数已删除）"), "warning"
        else:
            text, level = self.tr("已修改 %1：%2 → %3（替换了原有分数）"), "warning"
        text = text.replace("%1", where).replace("%2", old).replace("%3", new)
        if actor:
            text += self.tr(" · 录入员 %1").replace("%1", actor)
        if change.undoable and not change.undo:
            text += self.tr("　Ctrl+Z 撤销")
        return text, level

    def show_change(self, change: CellChange, actor: str = "") -> str:
        text, level = self.describe(change, actor)
        self.show_text(text, level)
        return text
