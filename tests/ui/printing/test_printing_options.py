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
