"""The results page's export: the shown trade (or group) to the organisers' workbook (a sheet
per group, the screen's headers, in the window's language) or to the CSV contract columns."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from competition_app.domain.errors import UserError
from competition_app.io.result_tables import result_sheets, result_table
from competition_app.io.table_files import CsvEncoding, workbook_path, write_csv, write_xlsx
from competition_app.ui.common import prompts
from competition_app.ui.window.translation import current_language

if TYPE_CHECKING:
    from competition_app.ui.results.results_view import ResultsView


def _t(text: str) -> str:
    return QCoreApplication.translate("ResultsView", text)


def export_results(
    view: ResultsView, path: Path | None = None, encoding: CsvEncoding = "utf-8"
) -> Path | None:
    """In UTF-8 with a BOM or GBK; None when cancelled, or refused (said on the page)."""
    res = view.result
    if res is None:
        return None
    if path is None:
        suggested = f"{res.trade.name}{res.group or ''}成绩.xlsx"
        chosen = prompts.save_table(view, _t("导出成绩"), suggested)
        if chosen is None:
            return None
        path, encoding = chosen[0], "gbk" if chosen[1] == "gbk" else "utf-8"
    try:
        if path.suffix.lower() == ".csv":
            header, body = result_table(
                res.rows, res.rules, with_group=bool(res.trade.groups) and res.group is None
            )
            write_csv(path, header, body, encoding)
        else:
            lang = "en" if current_language() == "en" else "zh"
            path = write_xlsx(
                workbook_path(path),
                result_sheets(
                    res.rows, res.rules, event=res.event.name, trade=res.trade.name,
                    groups=res.trade.groups if res.group is None else (),
                    blind=res.identities_hidden, lang=lang,
                ),
            )  # fmt: skip
    except UserError as e:  # a name GBK cannot hold, a full disk: said, nothing written
        view.show_error(e)
        return None
    view.show_info(_t("已导出到 %1").replace("%1", str(path)))
    return path


def _strings() -> None:  # pragma: no cover - read by pyside6-lupdate
    QCoreApplication.translate("ResultsView", "导出成绩")
    QCoreApplication.translate("ResultsView", "已导出到 %1")
