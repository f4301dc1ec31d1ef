"""The printing page makes each document as a PDF off the UI thread."""

from __future__ import annotations

from typing import Any

import pytest

from competition_app.ui.printing.printing_view import PrintingView

from ..helpers import wait_task


@pytest.fixture
def view(qtbot: Any, session: Any) -> PrintingView:
    v = PrintingView(session)
    qtbot.addWidget(v)
    v.open_after.setChecked(False)
    v.show()
    v.activate()
    return v


@pytest.mark.parametrize("key", ["results", "checkin", "scoreform", "teams"])
def test_documents_are_written_as_pdf(qtbot, view, tmp_path, key):
    view.select_trade("fitter")
    view.make(key, tmp_path / f"{key}.pdf")
    wait_task(qtbot, view, timeout=30_000)
    data = (tmp_path / f"{key}.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert "已生成" in view.messages.text()


def test_certificates_for_the_whole_event(qtbot, view, tmp_path):
    view.select_trade(None)
    assert not view.buttons["results"].isEnabled()  # a result sheet is per trade
    assert view.buttons["certificates"].isEnabled()
    # Nothing is locked in the demo: the page says so before anything is printed ...
    wait_task(qtbot, view, "state_task")
    assert view.draft_notice.isVisibleTo(view)
    assert "成绩未经裁判长锁定" in view.draft_notice.text()
    assert "草稿" in view.draft_notice.text()
    # ... and real certificates are refused in plain words
    view.make("certificates", tmp_path / "证书")
    wait_task(qtbot, view, timeout=60_000)
    assert "--draft" in view.messages.text() and not (tmp_path / "证书.pdf").exists()
    view.draft_certificates.setChecked(True)
    view.make("certificates", tmp_path / "证书")
    wait_task(qtbot, view, timeout=60_000)
    assert (tmp_path / "证书.pdf").read_bytes().startswith(b"%PDF")


def test_a_locked_trade_prints_final_and_a_later_change_lists_void_certificates(
    qtbot, view, session, tmp_path
):
    from competition_app.services.results.locking import lock_trade, unlock_trade
    from competition_app.services.setup.trades import get_trade, update_trade

    ctx, event_id = session.ctx, session.event_id
    trade = get_trade(ctx, event_id, "fitter")
    lock_trade(ctx, trade.id)
    view.select_trade("fitter")
    view.reload()
    wait_task(qtbot, view, "state_task")
    assert not view.draft_notice.isVisibleTo(view), view.draft_notice.text()
    view.make("certificates", tmp_path / "certs.pdf")
    wait_task(qtbot, view, timeout=60_000)
    assert (tmp_path / "certs.pdf").exists()
    assert not view.stale_notice.isVisibleTo(view)
    unlock_trade(ctx, trade.id, "更正工种名称")
    update_trade(ctx, trade.id, name="钳工（装配）")
    view.reload()
    wait_task(qtbot, view, "state_task")
    assert view.draft_notice.isVisibleTo(view)
    assert "已作废，需重新打印" in view.stale_notice.text()
    assert "钳工" in view.stale_notice.text()


def test_certificates_on_a_full_disk_are_not_issued(qtbot, view, session, tmp_path, monkeypatch):
    import errno

    from sqlalchemy import func, select

    from competition_app import safe_write
    from competition_app.services.results.locking import lock_trade
    from competition_app.services.setup.trades import get_trade
    from competition_app.storage.models import IssuedCertificate

    def full_disk(path: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    ctx = session.ctx
    lock_trade(ctx, get_trade(ctx, session.event_id, "fitter").id)
    view.select_trade("fitter")
    monkeypatch.setattr(safe_write, "_fsync", full_disk)
    view.make("certificates", tmp_path / "certs.pdf")
    wait_task(qtbot, view, timeout=60_000)
    assert "磁盘空间已满" in view.messages.text()
    assert not (tmp_path / "certs.pdf").exists()
    with ctx.db.reading() as s:
        count = select(func.count()).select_from(IssuedCertificate)
        assert s.execute(count).scalar_one() == 0


def test_a_refusal_is_shown_in_plain_words(qtbot, view, tmp_path, monkeypatch):
    from competition_app.domain.errors import UserError
    from competition_app.services.printing import certificates

    def refuse(*a: Any, **k: Any) -> Any:
        raise UserError("没有获奖或获得称号的选手，没有证书可打印")

    monkeypatch.setattr(certificates, "certificates_pdf", refuse)
    view.make("certificates", tmp_path / "x.pdf")
    wait_task(qtbot, view)
    assert "没有证书可打印" in view.messages.text()
    assert not (tmp_path / "x.pdf").exists()


def test_preview_shows_the_pages_prints_and_saves(qtbot, view, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    view.select_trade("fitter")
    view.preview("results")
    wait_task(qtbot, view, timeout=30_000)
    dialog = view.preview_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.page_count >= 2
    assert not dialog.page.pixmap().isNull()
    assert dialog.count.text() == f"共 {dialog.page_count} 页"
    dialog.page_box.setValue(2)
    assert dialog.page.pixmap().height() > dialog.page.pixmap().width()  # portrait A4
    # printing goes through QPrinter; here to a PDF file instead of a device
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    task = dialog.print_document(printer=printer)
    assert task is not None  # in a worker: the window goes on
    wait_task(qtbot, dialog, "print_task", timeout=30_000)
    assert dialog.printed == dialog.page_count
    assert f"已送打印机 {dialog.page_count} 页" in dialog.count.text()
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    saved = dialog.save(tmp_path / "copy")
    assert saved == tmp_path / "copy.pdf" and saved.read_bytes() == dialog.pdf
    dialog.reject()


def test_names_no_font_can_print_are_listed_before_printing(qtbot, view, session):

    from competition_app.services.registration.contestants import (
        list_contestants,
        update_contestant,
    )

    ctx, event_id = session.ctx, session.event_id
    first = list_contestants(ctx, event_id, "fitter")[0]
    update_contestant(ctx, first._replace(name="王\ue000"))
    view.select_trade("fitter")
    view.reload()
    wait_task(qtbot, view, "state_task")
    assert f"参赛证号 {first.number} 王\ue000：字库缺字 U+E000" in view.draft_notice.text()


def test_the_recheck_list_prints_once_its_sample_is_drawn(qtbot, view, session, tmp_path):
    import subprocess

    from competition_app.services.results.recheck import draw_recheck
    from competition_app.services.setup.trades import get_trade

    view.select_trade("electrician")
    wait_task(qtbot, view, "state_task")
    button = view.buttons["recheck"]
    assert not button.isEnabled() and not view.preview_buttons["recheck"].isEnabled()
    why = "工种“电工”尚未抽取复核样本：请先在 成绩 → 抽样复核… 中抽取。"
    assert why in view.hints["recheck"].text() and button.toolTip() == why

    draw_recheck(session.ctx, get_trade(session.ctx, session.event_id, "electrician").id, 42)
    view.reload()
    wait_task(qtbot, view, "state_task")
    assert button.isEnabled() and "尚未抽取" not in view.hints["recheck"].text()
    view.make("recheck", tmp_path / "recheck.pdf")
    wait_task(qtbot, view, timeout=30_000)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "recheck.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "电工抽样复核名单" in text and "种子 42" in text and "theory 理论知识" in text

    view.select_trade("welder")  # nothing drawn there
    wait_task(qtbot, view, "state_task")
    assert not button.isEnabled() and "工种“焊工”尚未抽取" in view.hints["recheck"].text()
    view.select_trade(None)
    wait_task(qtbot, view, "state_task")
    assert not button.isEnabled() and "请先选择工种" in view.hints["recheck"].text()


def _issued(ctx: Any) -> list[tuple[str, Any]]:
    from sqlalchemy import select

    from competition_app.storage.models import IssuedCertificate

    with ctx.db.reading() as s:
        return list(
            s.execute(
                select(IssuedCertificate.serial, IssuedCertificate.issued_at).order_by(
                    IssuedCertificate.serial
                )
            ).tuples()
        )


def _text(pdf: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def _certificate_actions(ctx: Any, event_id: int) -> list[str]:
    from competition_app.services.integrity.audit import audit_log

    return [a.action for a in audit_log(ctx, event_id) if a.action.startswith("certificates")]


def _locked_fitter_preview(qtbot: Any, view: PrintingView, session: Any) -> Any:
    from competition_app.services.results.locking import lock_trade
    from competition_app.services.setup.trades import get_trade

    lock_trade(session.ctx, get_trade(session.ctx, session.event_id, "fitter").id)
    view.select_trade("fitter")
    view.preview("certificates")
    wait_task(qtbot, view, timeout=60_000)
    dialog = view.preview_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_certificate_preview_issues_nothing_and_saving_it_issues(qtbot, view, session, tmp_path):
    ctx = session.ctx
    dialog = _locked_fitter_preview(qtbot, view, session)
    # looked at, not issued: the register and the trail are as they were
    assert _issued(ctx) == [] and _certificate_actions(ctx, session.event_id) == []
    assert "预览不颁发证书" in dialog.note.text() and dialog.note.isVisibleTo(dialog)
    shown = _text(dialog.pdf)
    dialog.reject()  # closed without saving: still nothing issued
    assert _issued(ctx) == []

    dialog = _locked_fitter_preview(qtbot, view, session)
    assert _text(dialog.pdf) == shown  # the same preview each time, serials included
    dialog.save(tmp_path / "证书")
    wait_task(qtbot, dialog, "save_task", timeout=60_000)
    issued = _issued(ctx)
    assert issued and dialog.saved_to == tmp_path / "证书.pdf"
    # the serials the preview showed are the ones issued, and what was saved shows them
    assert all(serial in shown for serial, _at in issued)
    assert _text(dialog.pdf) == shown
    assert (tmp_path / "证书.pdf").read_bytes() == dialog.pdf
    assert _certificate_actions(ctx, session.event_id) == ["certificates.issue"]
    assert "已颁发" in dialog.note.text()
    # saved again from the same dialog: the same certificates, nothing issued anew
    dialog.save(tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").read_bytes() == dialog.pdf and _issued(ctx) == issued
    dialog.reject()


def test_printing_a_certificate_preview_issues_what_it_prints(qtbot, view, session, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    ctx = session.ctx
    dialog = _locked_fitter_preview(qtbot, view, session)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_document(printer=printer)
    wait_task(qtbot, dialog, "print_task", timeout=60_000)
    assert dialog.printed == dialog.page_count > 0
    issued = _issued(ctx)
    assert len(issued) == dialog.page_count  # one serial per certificate sent to the printer
    assert _certificate_actions(ctx, session.event_id) == ["certificates.issue"]
    # the issued serials are the ones the dialog now holds (and saves)
    saved = dialog.save(tmp_path / "copy.pdf")
    assert saved is not None and saved.read_bytes() == dialog.pdf
    assert _issued(ctx) == issued
    dialog.reject()


def test_a_draft_certificate_preview_saves_what_it_shows(qtbot, view, session, tmp_path):
    view.select_trade("fitter")  # not locked: drafts only
    view.draft_certificates.setChecked(True)
    view.preview("certificates")
    wait_task(qtbot, view, timeout=60_000)
    dialog = view.preview_dialog
    assert dialog is not None and dialog.issue is None and not dialog.note.isVisibleTo(dialog)
    saved = dialog.save(tmp_path / "drafts.pdf")
    assert saved is not None and saved.read_bytes() == dialog.pdf
    assert _issued(session.ctx) == []
    dialog.reject()


def test_saving_a_certificate_preview_to_a_full_disk_issues_nothing(
    qtbot, view, session, tmp_path, monkeypatch
):
    import errno

    from competition_app import safe_write

    dialog = _locked_fitter_preview(qtbot, view, session)

    def full_disk(path: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write, "_fsync", full_disk)
    dialog.save(tmp_path / "certs.pdf")
    wait_task(qtbot, dialog, "save_task", timeout=60_000)
    assert "磁盘空间已满" in dialog.count.text()
    assert not (tmp_path / "certs.pdf").exists()
    assert _issued(session.ctx) == []
    assert dialog.save_button.isEnabled() and dialog.issue is not None  # may be tried again
    dialog.reject()


def test_at_a_laptops_width_the_awards_example_shows_whole_and_hints_sit_at_the_top(qtbot, view):
    from PySide6.QtCore import Qt

    view.resize(1090, 700)  # the page beside the navigation in a 1280-wide window
    qtbot.waitUntil(lambda: view.awards_edit.width() > 0)
    edit = view.awards_edit
    words = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    assert edit.width() >= words + 12  # the example of a title is not cut off
    for hint in view.hints.values():
        assert hint.alignment() & Qt.AlignmentFlag.AlignTop
