"""Printing: result sheets, certificates and contest-day forms as PDF files, from
services.printing and services.certificates.

Each document is rendered off the UI thread (certificates report their progress and can be
cancelled), saved where the user chooses and, if wished, opened in the system's PDF viewer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from competition_app.services.context import Context
from competition_app.services.printing import (
    certificate_checks,
    certificates,
    print_state,
    printing,
)
from competition_app.services.printing.recheck_list import recheck_list_pdf
from competition_app.services.results.recheck_status import recheck_drawn
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.common.view_base import View, card
from competition_app.ui.common.workers import Progress, Task, run_task
from competition_app.ui.printing.pdf_output import choose_pdf_path, write_pdf
from competition_app.ui.printing.pdf_preview import PdfPreviewDialog
from competition_app.ui.window.session import EventSession
from competition_app.ui.window.translation import service_text


@dataclass(frozen=True)
class Document:
    key: str
    title: str
    hint: str
    needs_trade: bool  # False: the whole event when no trade is chosen


class PrintingView(View):
    """打印: one card per document."""

    topics = ("event", "rules")
    name = "printing"

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("打印"),
            self.tr("成绩公示表、获奖证书、检录表与空白评分表（PDF，字体已嵌入）"),
            parent,
        )
        self.trades: list[TradeInfo] = []
        self.task: Task | None = None
        self.state_task: Task | None = None
        self._state_token = 0
        self.last_path: Path | None = None
        bar = QHBoxLayout()
        self.trade_combo = QComboBox()
        self.trade_combo.setMinimumWidth(160)
        self.trade_combo.currentIndexChanged.connect(self._trade_chosen)
        self.group_combo = QComboBox()
        self.group_combo.setMinimumWidth(110)
        self.open_after = QCheckBox(self.tr("生成后打开"))
        self.open_after.setChecked(True)
        self.draft_certificates = QCheckBox(self.tr("证书打印草稿样张"))
        self.draft_certificates.setToolTip(
            self.tr("成绩未锁定时只能打印带“草稿”水印、不编号的样张")
        )
        bar.addWidget(QLabel(self.tr("工种")))
        bar.addWidget(self.trade_combo)
        bar.addWidget(QLabel(self.tr("组别")))
        bar.addWidget(self.group_combo)
        bar.addStretch(1)
        options = self._options_bar()
        # the result sheet's option up here, by the other two: the certificates' row below
        # keeps the width its awards field needs (its example was cut off at 1366×768)
        bar.addWidget(self.id_numbers)
        bar.addWidget(self.draft_certificates)
        bar.addWidget(self.open_after)
        self.body.addLayout(bar)
        self.body.addLayout(options)
        # Said before anything is printed: what would come out as a draft, and why; and which
        # issued certificates the results no longer bear out.
        self.draft_notice = QLabel()
        self.draft_notice.setObjectName("DraftNotice")
        self.draft_notice.setWordWrap(True)
        self.draft_notice.setStyleSheet("color: #b3261e;")
        self.body.addWidget(self.draft_notice)
        self.stale_notice = QLabel()
        self.stale_notice.setObjectName("StaleNotice")
        self.stale_notice.setWordWrap(True)
        self.body.addWidget(self.stale_notice)
        self.documents = (
            Document(
                "results",
                self.tr("成绩公示表"),
                self.tr("名次、成绩、奖项，身份证号打码；签字栏与公示期"),
                True,
            ),
            Document(
                "internal",
                self.tr("内部成绩审核表"),
                self.tr("供裁判长审核：含评分差异超限、并列待裁定等标记，不得公示"),
                True,
            ),
            Document(
                "certificates",
                self.tr("获奖证书"),
                self.tr("获奖与获得称号的选手，每张带校验码；未选工种时打印全部"),
                False,
            ),
            Document("checkin", self.tr("检录表"), self.tr("按场次与工位，供检录签到"), True),
            Document("lots", self.tr("抽签结果"), self.tr("场次、工位与顺序"), True),
            Document(
                "scoreform",
                self.tr("空白评分表"),
                self.tr("按工件编号，不含姓名，供裁判填写"),
                True,
            ),
            Document("desk", self.tr("桌签"), self.tr("工位桌签"), True),
            Document(
                "recheck",
                self.tr("抽样复核名单"),
                self.tr("抽中的每份评分表的全部分数（含直接录入的成绩）、核对栏与签字栏"),
                True,
            ),
            Document(
                "teams",
                self.tr("团体总分"),
                self.tr("各代表队总分与名次；未选工种时为全部工种"),
                False,
            ),
        )
        self.buttons: dict[str, QPushButton] = {}
        self.preview_buttons: dict[str, QPushButton] = {}
        self.preview_dialog: PdfPreviewDialog | None = None
        self.hints: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        for i, doc in enumerate(self.documents):
            box = card(self)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(16, 12, 16, 12)
            title = QLabel(doc.title)
            title.setObjectName("SectionTitle")
            hint = QLabel(doc.hint)
            hint.setObjectName("Muted")
            hint.setWordWrap(True)
            # at the top of every card of a row, however tall the row's longest hint makes it
            hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.hints[doc.key] = hint
            button = QPushButton(self.tr("生成 PDF…"))
            button.clicked.connect(lambda _=False, k=doc.key: self.make(k))
            self.buttons[doc.key] = button
            look = QPushButton(self.tr("预览与打印…"))
            look.clicked.connect(lambda _=False, k=doc.key: self.preview(k))
            self.preview_buttons[doc.key] = look
            lay.addWidget(title)
            lay.addWidget(hint, 1)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(look)
            row.addWidget(button)
            lay.addLayout(row)
            grid.addWidget(box, i // 3, i % 3)
        for c in range(3):
            grid.setColumnStretch(c, 1)
        self.body.addLayout(grid)
        self.body.addStretch(1)

    def _options_bar(self) -> QHBoxLayout:
        """What the command line offers too: the certificate layout, pre-printed stock with its
        offsets, which awards (the masked ID numbers on the result sheet: made here, shown above)."""
        bar = QHBoxLayout()
        self.layout_combo = QComboBox()
        for name in certificates.certificate_layouts():
            self.layout_combo.addItem(name, name)
        self.layout_combo.setToolTip(self.tr("获奖证书的版式"))
        self.preprinted = QCheckBox(self.tr("套打（预印证书纸）"))
        self.preprinted.setToolTip(self.tr("只打印各字段，印在已印好底纹的证书纸上"))
        self.dx = self._offset_box(self.tr("整体右移（毫米，可为负）"))
        self.dy = self._offset_box(self.tr("整体下移（毫米，可为负）"))
        self.preprinted.toggled.connect(self.dx.setEnabled)
        self.preprinted.toggled.connect(self.dy.setEnabled)
        self.awards_edit = QLineEdit()
        self.awards_edit.setPlaceholderText(self.tr("全部奖项；或如 一等奖、技术能手"))
        self.awards_edit.setToolTip(self.tr("只打印这些奖项或称号的证书"))
        self.id_numbers = QCheckBox(self.tr("公示表加身份证号（打码）"))
        bar.addWidget(QLabel(self.tr("证书版式")))
        bar.addWidget(self.layout_combo)
        bar.addWidget(self.preprinted)
        bar.addWidget(QLabel("dx"))
        bar.addWidget(self.dx)
        bar.addWidget(QLabel("dy"))
        bar.addWidget(self.dy)
        bar.addWidget(QLabel(self.tr("奖项")))
        bar.addWidget(self.awards_edit, 1)
        return bar

    def _offset_box(self, tip: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-30.0, 30.0)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        box.setSuffix(" mm")
        box.setToolTip(tip)
        box.setEnabled(False)
        return box

    def awards(self) -> list[str]:
        return [a for a in re.split(r"[、,，;；\s]+", self.awards_edit.text()) if a]

    def reload(self) -> None:
        current = self.trade_combo.currentData()
        self.trades = self.session.trades()
        self.trade_combo.blockSignals(True)
        self.trade_combo.clear()
        self.trade_combo.addItem(self.tr("（全部工种）"), None)
        for t in self.trades:
            self.trade_combo.addItem(f"{t.name} · {t.code}", t.code)
        index = self.trade_combo.findData(current) if current else -1
        self.trade_combo.setCurrentIndex(index if index >= 0 else min(1, len(self.trades)))
        self.trade_combo.blockSignals(False)
        self._trade_chosen()

    def _trade_chosen(self) -> None:
        trade = next((t for t in self.trades if t.code == self.trade_combo.currentData()), None)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("全部组别"), None)
        for g in trade.groups if trade else ():
            self.group_combo.addItem(g, g)
        self.group_combo.setEnabled(self.group_combo.count() > 1)
        for doc in self.documents:
            enabled = trade is not None or not doc.needs_trade
            self.buttons[doc.key].setEnabled(enabled)
            self.preview_buttons[doc.key].setEnabled(enabled)
        self._recheck_shown(trade, None)  # until the state says whether a list is drawn
        self._show_state(trade.code if trade else None)

    def _recheck_shown(self, trade: TradeInfo | None, drawn: bool | None) -> None:
        """The re-check list prints only once its sample is drawn; the card says why not."""
        doc = next(d for d in self.documents if d.key == "recheck")
        if trade is None:
            why = self.tr("请先选择工种。")
        elif drawn is False:
            why = self.tr("工种“%1”尚未抽取复核样本：请先在 成绩 → 抽样复核… 中抽取。")
            why = why.replace("%1", trade.name)
        else:
            why = ""
        self.hints["recheck"].setText(doc.hint + ("\n" + why if why else ""))
        for button in (self.buttons["recheck"], self.preview_buttons["recheck"]):
            button.setEnabled(bool(drawn) and trade is not None)
            button.setToolTip(why)

    def _show_state(self, trade_code: str | None) -> None:
        """Say before printing what would print as a draft and which certificates are void.

        Worked out off the UI thread (it ranks every chosen trade); only the latest answer is
        shown when the trade is changed again meanwhile.
        """
        ctx, event_id = self.session.ctx, self.session.event_id
        self._state_token += 1
        token = self._state_token

        def work(progress: Progress) -> tuple[Any, ...]:
            return (
                print_state.draft_state(ctx, event_id, trade_code),
                certificate_checks.stale_certificates(ctx, event_id),
                printing.missing_glyphs_report(ctx, event_id, trade_code),
                trade_code is not None and recheck_drawn(ctx, event_id, trade_code),
            )

        def shown(result: tuple[Any, ...]) -> None:
            if token == self._state_token:
                *state, drawn = result
                self._state_shown(*state)
                trade = next((t for t in self.trades if t.code == trade_code), None)
                self._recheck_shown(trade, drawn)

        self.state_task = run_task(
            self,
            work,
            shown,
            label=self.tr("正在检查各工种成绩是否已锁定……"),
            on_error=self.show_error,
            cancellable=False,
            show_after_ms=3000,
        )

    def _state_shown(
        self, drafts: dict[str, tuple[str, ...]], stale: list[Any], glyphs: list[str]
    ) -> None:
        lines = [
            self.tr("%1：%2。成绩公示表与审核表将印“草稿 / 未锁定”水印，证书只能打印草稿样张。")
            .replace("%1", name)
            .replace("%2", "；".join(service_text(r) for r in reasons))
            for name, reasons in drafts.items()
        ]
        if glyphs:
            lines.append(
                self.tr(
                    "以下文字含有字库中没有的字，打印将被拒绝（核对后可在命令行加 --allow-missing-glyphs）："
                )
            )
            lines.extend(service_text(g) for g in glyphs[:10])
            if len(glyphs) > 10:
                lines.append(self.tr("等 %1 处").replace("%1", str(len(glyphs))))
        self.draft_notice.setText("\n".join(lines))
        self.draft_notice.setVisible(bool(lines))
        if stale:
            listed = "、".join(f"{c.serial} {c.name}（{c.trade} {c.honour}）" for c in stale[:12])
            more = self.tr("等 %1 张").replace("%1", str(len(stale))) if len(stale) > 12 else ""
            self.stale_notice.setText(
                self.tr("成绩已变更，以下证书已作废，需重新打印：%1").replace("%1", listed + more)
            )
        self.stale_notice.setVisible(bool(stale))

    def select_trade(self, code: str | None) -> None:
        self.trade_combo.setCurrentIndex(max(self.trade_combo.findData(code), 0))

    # -- making a document ------------------------------------------------------------------------
    def renderer(self, key: str) -> Callable[[Progress], bytes]:
        """What makes the PDF for `key` with the trade and group chosen now."""
        ctx: Context = self.session.ctx
        event_id = self.session.event_id
        trade = self.trade_combo.currentData()
        group = self.group_combo.currentData()
        if key in ("results", "internal"):
            internal = key == "internal"
            ids = self.id_numbers.isChecked()
            return lambda progress: printing.result_sheet_pdf(
                ctx, event_id, trade, group=group, internal=internal, show_id_numbers=ids
            )
        if key == "certificates":
            # looked at in the preview, issuing nothing: saving or printing it issues
            look = self.certificate_saver(preview=True)
            return lambda progress: look(progress, lambda _pdf: None)
        if key == "teams":
            return lambda progress: printing.team_standings_pdf(ctx, event_id, trade)
        if key == "recheck":
            return lambda progress: recheck_list_pdf(ctx, event_id, trade)
        return lambda progress: printing.form_pdf(ctx, event_id, trade, key)

    def certificate_saver(
        self, *, preview: bool = False
    ) -> Callable[[Progress, Callable[[bytes], None]], bytes]:
        """Renders the certificates chosen now (layout, pre-printed paper and offsets, awards)
        and hands the PDF to `write` before the serials are committed: a PDF that cannot be
        written leaves nothing issued. With `preview`, nothing is issued and `write` is not
        called."""
        ctx: Context = self.session.ctx
        event_id = self.session.event_id
        trade = self.trade_combo.currentData()
        draft = self.draft_certificates.isChecked()
        layout = str(self.layout_combo.currentData() or "") or None
        preprinted = self.preprinted.isChecked()
        offset = (self.dx.value(), self.dy.value()) if preprinted else (0.0, 0.0)
        awards = self.awards() or None

        def save(progress: Progress, write: Callable[[bytes], None]) -> bytes:
            pdf, _pages = certificates.certificates_pdf(
                ctx,
                event_id,
                trade_code=trade,
                awards=awards,
                layout=layout,
                preprinted=preprinted,
                offset_mm=offset,
                progress=lambda done, total: progress(done, total),
                draft=draft,
                deliver=None if preview else write,
                preview=preview,
            )
            return pdf

        return save

    def may_print(self, key: str) -> bool:
        """Asked before the file dialog: who may not print a document is told so at once, in
        words about printing, not after choosing where to save it."""
        if key == "certificates" and not self.can("events"):
            self.messages.show_message(
                self.tr(
                    "当前用户无权打印获奖证书：证书编号由赛务管理员发放，请由赛务管理员登录后打印。"
                ),
                "error",
            )
            return False
        return True

    def make(self, key: str, path: Path | None = None) -> Task | None:
        doc = next(d for d in self.documents if d.key == key)
        if not self.may_print(key):
            return None
        if path is None:
            trade = (
                self.trade_combo.currentText().split(" · ")[0]
                if self.trade_combo.currentData()
                else ""
            )
            path = choose_pdf_path(self, f"{trade}{doc.title}.pdf")
            if path is None:
                return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self.task = write_pdf(
            self,
            self.renderer(key),
            path,
            title=doc.title,
            on_done=self._made,
            on_error=self.show_error,
            open_after=self.open_after.isChecked(),
            save=self.certificate_saver() if key == "certificates" else None,
        )
        return self.task

    def preview(self, key: str) -> Task | None:
        """Render off the UI thread, then show the pages with print and save buttons."""
        doc = next(d for d in self.documents if d.key == key)
        if not self.may_print(key):
            return None
        trade = (
            self.trade_combo.currentText().split(" · ")[0] if self.trade_combo.currentData() else ""
        )

        # certificates: the preview issues nothing, saving or printing it does (drafts are
        # never issued: what is shown is what is saved)
        final = key == "certificates" and not self.draft_certificates.isChecked()
        issue = self.certificate_saver() if final else None

        def show(pdf: object) -> None:
            assert isinstance(pdf, bytes)
            self.preview_dialog = PdfPreviewDialog(
                pdf,
                doc.title,
                f"{trade}{doc.title}.pdf",
                self,
                issue=issue,
            )
            self.preview_dialog.open()

        self.task = run_task(
            self,
            self.renderer(key),
            show,
            label=self.tr("正在生成“%1”……").replace("%1", doc.title),
            on_error=self.show_error,
        )
        return self.task

    def _made(self, path: Path) -> None:
        self.last_path = path
        self.show_info(self.tr("已生成 %1").replace("%1", str(path)))
