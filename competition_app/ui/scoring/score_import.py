"""Importing a trade's score sheet from the scoring page: off the UI thread, every problem listed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from competition_app.domain.errors import ValidationError
from competition_app.domain.wording import counted
from competition_app.services.scoring.score_file import import_scores
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.common import prompts
from competition_app.ui.common.workers import Task, run_task
from competition_app.ui.registration.import_preview_dialog import ProblemsDialog

if TYPE_CHECKING:
    from competition_app.ui.scoring.scoring_view import ScoringView


def _t(text: str) -> str:
    return QCoreApplication.translate("ScoringView", text)


def import_score_file(view: ScoringView, trade: TradeInfo, path: Path | None) -> Task | None:
    """Ask for the file (when `path` is None), import it, and report on the page."""
    if path is None:
        path = prompts.open_file(view, _t("导入成绩表"), prompts.table_filters())
        if path is None:
            return None
    chosen: Path = path
    ctx, event_id = view.session.ctx, view.session.event_id

    def work(progress: Any) -> Any:
        return import_scores(ctx, event_id, trade.code, chosen)

    def done(report: Any) -> None:
        view.model.reload()
        view.session.notify()
        view.show_info(
            counted(
                _t("已导入 %1 行：%2 个评分项分数，%3 个成绩，%4 个用时"),
                {"%1": report.rows, "%2": report.marks, "%3": report.scores, "%4": report.times},
            )
        )

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            view.problems_dialog = ProblemsDialog(
                _t("成绩表有问题"),
                counted(
                    _t("成绩表“%1”有 %2 处问题，未导入任何数据："), {"%2": len(exc.problems)}
                ).replace("%1", chosen.name),
                exc.problems,
                view,
            )
            view.problems_dialog.open()
        view.show_error(exc)

    return run_task(
        view, work, done, label=_t("正在导入成绩表……"), on_error=failed, cancellable=False
    )


def _strings() -> None:  # pragma: no cover - read by pyside6-lupdate
    QCoreApplication.translate("ScoringView", "导入成绩表")
    QCoreApplication.translate("ScoringView", "已导入 %1 行：%2 个评分项分数，%3 个成绩，%4 个用时")
    QCoreApplication.translate("ScoringView", "成绩表有问题")
    QCoreApplication.translate("ScoringView", "成绩表“%1”有 %2 处问题，未导入任何数据：")
    QCoreApplication.translate("ScoringView", "正在导入成绩表……")
