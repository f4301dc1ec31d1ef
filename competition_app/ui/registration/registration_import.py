"""Importing a registration form on the contestants page: checked off the UI thread, previewed
with every bad row, written in one transaction; and the bundled blank form to start from."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from competition_app.domain.wording import counted
from competition_app.services.registration.contestants import (
    ImportPreview,
    preview_import,
    write_contestants,
)
from competition_app.ui.common.table_support import TableColumn
from competition_app.ui.common.workers import run_task
from competition_app.ui.registration.import_preview_dialog import ImportPreviewDialog, check_file
from competition_app.ui.registration.registration_template import save_registration_template
from competition_app.ui.registration.registration_update import update_registration
from competition_app.ui.window.translation import service_text, status_label

if TYPE_CHECKING:
    from competition_app.ui.registration.contestants_view import ContestantsView


def _t(text: str) -> str:
    # the page's own context, so these keep the translations of ContestantsView.tr()
    return QCoreApplication.translate("ContestantsView", text)


def import_registration(view: ContestantsView, path: Path | None = None) -> None:
    """Read and check a registration form off the UI thread, then show the preview."""
    ctx, event_id = view.session.ctx, view.session.event_id
    check_file(
        view,
        path,
        _t("导入报名表"),
        _t("正在检查报名表 %1 ……"),
        lambda chosen: preview_import(ctx, event_id, chosen),
        lambda preview, chosen: show_preview(view, preview, chosen),
    )


def show_preview(view: ContestantsView, preview: ImportPreview, path: Path) -> ImportPreviewDialog:
    trade_names = {t.code: t.name for t in view.trades}
    if preview.ok:
        headline = counted(
            _t("“%1”共 %2 行，全部通过检查。确认后导入。"), {"%2": len(preview.rows)}
        ).replace("%1", path.name)
        if preview.notes:
            headline += "\n" + "\n".join(service_text(n) for n in preview.notes)
        if preview.missing_glyphs:
            headline += "\n" + _t("以下文字含有字库中没有的字，打印前请核对：") + "\n"
            headline += "\n".join(service_text(g) for g in preview.missing_glyphs)
    else:
        headline = counted(
            _t("“%1”中发现 %2 处问题，未导入任何数据。请改正后重新导入："),
            {"%2": len(preview.problems)},
        ).replace("%1", path.name)
    columns = [
        TableColumn("row", _t("行"), 50),
        TableColumn("number", _t("参赛证号"), 90),
        TableColumn("name", _t("姓名"), 80),
        TableColumn("trade", _t("工种"), 90),
        TableColumn("group", _t("组别"), 70),
        TableColumn("unit", _t("单位"), 200),
        TableColumn("id", _t("身份证号"), 170),
        TableColumn("status", _t("状态"), 80),
    ]
    rows = [
        (
            str(r.row),
            r.number,
            r.name,
            trade_names.get(r.trade, r.trade),
            r.group,
            r.unit,
            r.id_number,
            status_label(r.status),
        )
        for r in preview.rows
    ]
    dialog = ImportPreviewDialog(
        _t("导入报名表"),
        headline,
        problems=preview.problems,
        columns=columns,
        rows=rows,
        accept_text=counted(_t("导入 %1 名选手"), {"%1": len(rows)}),
        parent=view,
    )
    dialog.accepted.connect(lambda: write_import(view, preview, path))
    if any("已存在于本赛事" in p.reason for p in preview.problems):
        # a corrected form of people already registered: offer to update them instead
        update = dialog.buttons.addButton(
            _t("改为更新已有选手…"), QDialogButtonBox.ButtonRole.ActionRole
        )

        def switch() -> None:
            dialog.reject()
            update_registration(view, path)

        update.clicked.connect(switch)
        dialog.update_button = update
    if not preview.ok:
        template = dialog.buttons.addButton(
            _t("下载报名表模板…"), QDialogButtonBox.ButtonRole.HelpRole
        )
        template.clicked.connect(lambda: save_template(view))
        dialog.template_button = template
    view.preview_dialog = dialog
    dialog.open()
    return dialog


def save_template(view: ContestantsView, path: Path | None = None) -> Path | None:
    """A copy of the bundled registration form, saved where the user chooses."""
    try:
        written = save_registration_template(view, path)
    except OSError as e:
        view.messages.show_message(
            _t("无法保存模板：%1").replace("%1", e.strerror or str(e)), "error"
        )
        return None
    if written is not None:
        view.show_info(
            _t("已保存报名表模板到 %1。填好后点“导入报名表…”导入。").replace("%1", str(written))
        )
    return written


def write_import(view: ContestantsView, preview: ImportPreview, path: Path) -> None:
    ctx, event_id = view.session.ctx, view.session.event_id

    def done(n: int) -> None:
        view.session.notify()
        if not view.isVisible():
            view.reload()
        view.show_info(counted(_t("已从“%1”导入 %2 名选手"), {"%2": n}).replace("%1", path.name))

    # one transaction: all rows or none, so this cannot be cancelled half-way
    view.import_task = run_task(
        view,
        lambda progress: write_contestants(ctx, event_id, preview.rows, source=path.name),
        done,
        label=counted(_t("正在写入 %1 名选手……"), {"%1": len(preview.rows)}),
        on_error=view.show_error,
        cancellable=False,
    )


def _strings() -> None:  # pragma: no cover - read by pyside6-lupdate
    QCoreApplication.translate("ContestantsView", "导入报名表")
    QCoreApplication.translate("ContestantsView", "正在检查报名表 %1 ……")
    QCoreApplication.translate("ContestantsView", "“%1”共 %2 行，全部通过检查。确认后导入。")
    QCoreApplication.translate(
        "ContestantsView", "“%1”中发现 %2 处问题，未导入任何数据。请改正后重新导入："
    )
    QCoreApplication.translate("ContestantsView", "以下文字含有字库中没有的字，打印前请核对：")
    QCoreApplication.translate("ContestantsView", "行")
    QCoreApplication.translate("ContestantsView", "参赛证号")
    QCoreApplication.translate("ContestantsView", "姓名")
    QCoreApplication.translate("ContestantsView", "工种")
    QCoreApplication.translate("ContestantsView", "组别")
    QCoreApplication.translate("ContestantsView", "单位")
    QCoreApplication.translate("ContestantsView", "身份证号")
    QCoreApplication.translate("ContestantsView", "状态")
    QCoreApplication.translate("ContestantsView", "导入 %1 名选手")
    QCoreApplication.translate("ContestantsView", "下载报名表模板…")
    QCoreApplication.translate("ContestantsView", "无法保存模板：%1")
    QCoreApplication.translate(
        "ContestantsView", "已保存报名表模板到 %1。填好后点“导入报名表…”导入。"
    )
    QCoreApplication.translate("ContestantsView", "已从“%1”导入 %2 名选手")
    QCoreApplication.translate("ContestantsView", "正在写入 %1 名选手……")
    QCoreApplication.translate("ContestantsView", "改为更新已有选手…")
