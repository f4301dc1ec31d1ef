"""Before an import writes anything: every bad row with its reason, or the rows about to be added."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import Problem
from competition_app.io.judge_list import JUDGE_COLUMNS
from competition_app.io.registration import CONTESTANT_COLUMNS
from competition_app.ui.common import prompts
from competition_app.ui.common.table_support import (
    RIGHT,
    TableColumn,
    TupleTableModel,
    apply_widths,
    configure_table,
)
from competition_app.ui.common.workers import run_task
from competition_app.ui.window.translation import service_text

T = TypeVar("T")

# canonical column name -> the Chinese heading organisers use
_HEADINGS = {key: names[1] for key, names in {**JUDGE_COLUMNS, **CONTESTANT_COLUMNS}.items()}


def split_location(location: str) -> tuple[str, str, str]:
    """`file:row:column` -> (file, row, column heading); parts that are absent are ""."""
    parts = location.split(":")
    file = parts[0] if parts else ""
    row = parts[1] if len(parts) > 1 else ""
    column = parts[2] if len(parts) > 2 else ""
    return file, row, _HEADINGS.get(column, column)


class ImportPreviewDialog(QDialog):
    """Shows problems (then nothing can be imported) or the rows an import would write.

    `accept()` means "import these rows"; it is only possible when there are no problems.
    """

    def __init__(
        self,
        title: str,
        headline: str,
        *,
        problems: Sequence[Problem] = (),
        columns: Sequence[TableColumn] = (),
        rows: Sequence[tuple[str, ...]] = (),
        accept_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(860, 520)
        self.problems = tuple(problems)
        lay = QVBoxLayout(self)
        self.headline = QLabel(headline)
        self.headline.setWordWrap(True)
        self.headline.setObjectName("FieldError" if self.problems else "SectionTitle")
        lay.addWidget(self.headline)
        self.table = QTableView(self)
        configure_table(self.table)
        self.model = TupleTableModel([], self)
        if self.problems:
            cols = [
                TableColumn("row", self.tr("行"), 60, RIGHT),
                TableColumn("column", self.tr("列"), 110),
                TableColumn("reason", self.tr("原因"), 480),
                TableColumn("file", self.tr("文件"), 140),
            ]
            self.model.set_columns(cols)
            body = []
            for p in self.problems:
                file, row, column = split_location(p.location)
                body.append((row, column, service_text(p.reason), file))
            self.model.set_rows(body, list(self.problems))
        else:
            cols = list(columns)
            self.model.set_columns(cols)
            self.model.set_rows(list(rows), list(range(len(rows))))
        self.table.setModel(self.model)
        apply_widths(self.table, cols)
        lay.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(self)
        self.import_button: QPushButton | None = None
        if not self.problems and accept_text:
            self.import_button = self.buttons.addButton(
                accept_text, QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.import_button.setObjectName("Primary")
            self.import_button.setEnabled(bool(rows))
        close = self.buttons.addButton(
            self.tr("取消") if self.import_button else self.tr("关闭"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        close.setDefault(self.import_button is None)
        lay.addWidget(self.buttons)

    def problem_rows(self) -> list[tuple[str, ...]]:
        return self.model.all_rows() if self.problems else []


def ProblemsDialog(
    title: str, headline: str, problems: Sequence[Problem], parent: QWidget | None = None
) -> ImportPreviewDialog:
    """A dialog listing problems only (a refused score file, for instance)."""
    return ImportPreviewDialog(title, headline, problems=problems, parent=parent)


def check_file(
    view: Any,
    path: Path | None,
    caption: str,
    busy: str,
    check: Callable[[Path], T],
    show: Callable[[T, Path], object],
) -> None:
    """Pick a file (unless given), check it off the UI thread (`busy`, where %1 is the file's
    name, says so meanwhile), then `show` what the check found: the preview, before anything is
    written. The task is the page's `import_task`."""
    if path is None:
        path = prompts.open_file(view, caption, prompts.table_filters())
        if path is None:
            return
    chosen = path
    view.import_task = run_task(
        view,
        lambda progress: check(chosen),
        lambda found: show(found, chosen),
        label=busy.replace("%1", chosen.name),
        on_error=view.show_error,
    )
