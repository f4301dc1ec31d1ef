"""Importing a corrected registration form over the contestants already there: new, changed
(field by field) and unchanged rows previewed, then written in one transaction (audited)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from competition_app.domain.wording import counted
from competition_app.services.registration.reimport import (
    UpdatePreview,
    apply_update,
    preview_update,
)
from competition_app.ui.common.table_support import TableColumn
from competition_app.ui.common.workers import run_task
from competition_app.ui.registration.import_preview_dialog import ImportPreviewDialog, check_file
from competition_app.ui.window.translation import service_text

if TYPE_CHECKING:
    from competition_app.ui.registration.contestants_view import ContestantsView


def _t(text: str) -> str:
    return QCoreApplication.translate("ContestantsView", text)


def field_label(field: str) -> str:
    return {
        "name": _t("姓名"),
        "gender": _t("性别"),
        "id_number": _t("身份证号"),
        "unit": _t("单位"),
        "team": _t("代表队"),
        "group": _t("组别"),
    }.get(field, field)


def update_registration(view: ContestantsView, path: Path | None = None) -> None:
    """Read a corrected form against the contestants there, off the UI thread, then preview."""
    ctx, event_id = view.session.ctx, view.session.event_id
    check_file(
        view,
        path,
        _t("更新已有选手"),
        _t("正在检查报名表 %1 ……"),
        lambda chosen: preview_update(ctx, event_id, chosen),
        lambda preview, chosen: show_update(view, preview, chosen),
    )


def show_update(view: ContestantsView, preview: UpdatePreview, path: Path) -> ImportPreviewDialog:
    if preview.ok:
        headline = (
            _t("“%1”：新增 %2 人，修改 %3 人，不变 %4 人。确认后在一次操作中写入（记入审计）。")
            .replace("%1", path.name)
            .replace("%2", str(len(preview.new)))
            .replace("%3", str(len(preview.changed)))
            .replace("%4", str(len(preview.unchanged)))
        )
        if preview.missing_glyphs:
            headline += "\n" + _t("以下文字含有字库中没有的字，打印前请核对：") + "\n"
            headline += "\n".join(service_text(g) for g in preview.missing_glyphs)
    else:
        headline = counted(
            _t("“%1”中发现 %2 处问题，未写入任何数据。请改正后重新导入："),
            {"%2": len(preview.problems)},
        ).replace("%1", path.name)
    columns = [
        TableColumn("kind", _t("类别"), 60),
        TableColumn("row", _t("行"), 50),
        TableColumn("number", _t("参赛证号"), 90),
        TableColumn("name", _t("姓名"), 80),
        TableColumn("changes", _t("修改内容"), 520, stretch=True),
    ]
    rows: list[tuple[str, ...]] = []
    for u in preview.changed:
        what = "；".join(
            f"{field_label(c.field)}：{c.old or _t('（空）')} → {c.new or _t('（空）')}"
            for c in u.changes
        )
        rows.append((_t("修改"), str(u.row.row), u.row.number, u.row.name, what))
    for r in preview.new:
        rows.append((_t("新增"), str(r.row), r.number, r.name, ""))
    for r in preview.unchanged:
        rows.append((_t("不变"), str(r.row), r.number, r.name, ""))
    dialog = ImportPreviewDialog(
        _t("更新已有选手"),
        headline,
        problems=preview.problems,
        columns=columns,
        rows=rows,
        accept_text=_t("写入（新增 %1 人、修改 %2 人）")
        .replace("%1", str(len(preview.new)))
        .replace("%2", str(len(preview.changed))),
        parent=view,
    )
    if dialog.import_button is not None:
        dialog.import_button.setEnabled(preview.writes > 0)
    dialog.accepted.connect(lambda: write_update(view, preview, path))
    view.preview_dialog = dialog
    dialog.open()
    return dialog


def write_update(view: ContestantsView, preview: UpdatePreview, path: Path) -> None:
    ctx, event_id = view.session.ctx, view.session.event_id

    def done(n: int) -> None:
        view.session.notify()
        if not view.isVisible():
            view.reload()
        view.show_info(
            _t("已按“%1”新增 %2 人、修改 %3 人")
            .replace("%1", path.name)
            .replace("%2", str(len(preview.new)))
            .replace("%3", str(len(preview.changed)))
        )

    view.import_task = run_task(
        view,
        lambda progress: apply_update(ctx, event_id, preview, source=path.name),
        done,
        label=counted(_t("正在写入 %1 名选手……"), {"%1": preview.writes}),
        on_error=view.show_error,
        cancellable=False,
    )


def _strings() -> None:  # pragma: no cover - read by pyside6-lupdate
    QCoreApplication.translate("ContestantsView", "性别")
    QCoreApplication.translate("ContestantsView", "代表队")
    QCoreApplication.translate("ContestantsView", "更新已有选手")
    QCoreApplication.translate(
        "ContestantsView",
        "“%1”：新增 %2 人，修改 %3 人，不变 %4 人。确认后在一次操作中写入（记入审计）。",
    )
    QCoreApplication.translate(
        "ContestantsView", "“%1”中发现 %2 处问题，未写入任何数据。请改正后重新导入："
    )
    QCoreApplication.translate("ContestantsView", "类别")
    QCoreApplication.translate("ContestantsView", "修改内容")
    QCoreApplication.translate("ContestantsView", "（空）")
    QCoreApplication.translate("ContestantsView", "修改")
    QCoreApplication.translate("ContestantsView", "新增")
    QCoreApplication.translate("ContestantsView", "不变")
    QCoreApplication.translate("ContestantsView", "写入（新增 %1 人、修改 %2 人）")
    QCoreApplication.translate("ContestantsView", "已按“%1”新增 %2 人、修改 %3 人")
