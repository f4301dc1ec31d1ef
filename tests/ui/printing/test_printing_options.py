"""The printing page offers what the command line has (layout, pre-printed stock with offsets,
award filter, ID numbers), and says who may not print certificates before asking for a file."""

from __future__ import annotations

from typing import Any

from competition_app.services.printing import certificates, printing
from competition_app.ui.printing.printing_view import PrintingView
from competition_app.ui.window.session import EventSession


def make_view(qtbot: Any, session: Any) -> PrintingView:
    v = PrintingView(session)
    qtbot.addWidget(v)
    v.open_after.setChecked(False)
    v.show()
    v.activate()
    return v


def test_the_certificate_and_sheet_options_reach_the_services(qtbot, session, monkeypatch):
    seen: dict[str, Any] = {}

    def fake_certificates(ctx: Any, event_id: int, **kwargs: Any) -> tuple[bytes, int]:
        seen["certificates"] = kwargs
        return b"%PDF", 1

    def fake_sheet(ctx: Any, event_id: int, trade: str, **kwargs: Any) -> bytes:
        seen["results"] = kwargs
        return b"%PDF"

    monkeypatch.setattr(certificates, "certificates_pdf", fake_certificates)
    monkeypatch.setattr(printing, "result_sheet_pdf", fake_sheet)
    view = make_view(qtbot, session)
    view.select_trade("fitter")
    layouts = [view.layout_combo.itemData(i) for i in range(view.layout_combo.count())]
    assert "classic-cn" in layouts and len(layouts) >= 2
    assert not view.dx.isEnabled()
    view.layout_combo.setCurrentIndex(layouts.index("classic-cn"))
    view.preprinted.setChecked(True)
    assert view.dx.isEnabled() and view.dy.isEnabled()
    view.dx.setValue(1.5)
    view.dy.setValue(-2.0)
    view.awards_edit.setText("一等奖、技术能手")
    view.renderer("certificates")(lambda *a: None)
    got = seen["certificates"]
    assert got["layout"] == "classic-cn" and got["preprinted"] is True
    assert got["offset_mm"] == (1.5, -2.0)
    assert got["awards"] == ["一等奖", "技术能手"] and got["trade_code"] == "fitter"
    view.id_numbers.setChecked(True)
    view.renderer("results")(lambda *a: None)
    assert seen["results"]["show_id_numbers"] is True


def test_who_may_not_print_certificates_is_told_before_the_file_dialog(
    qtbot, staff, demo_event_id, monkeypatch
):
    from competition_app.ui.common import prompts

    asked: list[str] = []
    monkeypatch.setattr(prompts, "save_file", lambda *a: asked.append("save"))
    view = make_view(qtbot, EventSession(staff["judge"], demo_event_id))
    view.select_trade("fitter")
    assert view.make("certificates") is None
    assert view.preview("certificates") is None
    assert asked == []
    assert "无权打印获奖证书" in view.messages.text()
    assert "建立赛事" not in view.messages.text()


def test_a_landscape_certificate_prints_landscape_at_full_size_and_small(qtbot, tmp_path):
    import pypdfium2 as pdfium
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    from competition_app.ui.printing.pdf_preview import PdfPreviewDialog, orient

    from ..helpers import wait_task

    source = tmp_path / "landscape.pdf"
    c = canvas.Canvas(str(source), pagesize=landscape(A4))
    for _ in range(3):
        c.rect(20, 20, landscape(A4)[0] - 40, landscape(A4)[1] - 40, fill=1)
        c.showPage()
    c.save()
    pdf = source.read_bytes()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi, as a real printer
    orient(printer, pdfium.PdfDocument(pdf))
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog = PdfPreviewDialog(pdf, "证书", "证书.pdf")
    qtbot.addWidget(dialog)
    assert dialog.print_document(printer=printer) is not None
    wait_task(qtbot, dialog, "print_task", timeout=60_000)
    assert dialog.printed == 3
    out = pdfium.PdfDocument(str(tmp_path / "printed.pdf"))
    page = out[0]
    assert page.get_width() > page.get_height()  # landscape paper
    # full size: the picture fills the printable width
    images = [o for o in page.get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
    left, _bottom, right, _top = images[0].get_bounds()
    assert right - left > 0.9 * page.get_width()
    assert (tmp_path / "printed.pdf").stat().st_size < 3 * 4_000_000  # not 76 MB for 11 pages
    out.close()


def test_the_preview_speaks_english_in_english(qtbot):
    import io

    from reportlab.pdfgen import canvas

    from competition_app.ui.printing.pdf_preview import PdfPreviewDialog
    from competition_app.ui.window.translation import install_translators

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.showPage()
    c.save()
    assert install_translators("en")
    dialog = PdfPreviewDialog(buffer.getvalue(), "Certificates", "x.pdf")
    qtbot.addWidget(dialog)
    assert dialog.print_button.text() == "Print…"
    assert dialog.count.text() == "of 1"
    assert dialog.windowTitle() == "Preview: Certificates"


def test_the_preview_fits_a_laptop_screen(qtbot):
    import io

    from PySide6.QtCore import QSize
    from reportlab.pdfgen import canvas

    from competition_app.ui.printing.pdf_preview import PdfPreviewDialog, fitting_size

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.showPage()
    c.save()
    dialog = PdfPreviewDialog(buffer.getvalue(), "x", "x.pdf")
    qtbot.addWidget(dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() and dialog.width() <= room.width()

    class Laptop:
        def availableGeometry(self) -> Any:
            from PySide6.QtCore import QRect

            return QRect(0, 0, 1366, 728)  # 768 less the task bar

    class Widget:
        def screen(self) -> Any:
            return Laptop()

    size = fitting_size(Widget())  # type: ignore[arg-type]
    assert size == QSize(900, 655)
