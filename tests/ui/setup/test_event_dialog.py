"""The event can be edited after the wizard, through a dialog, audited field by field."""

from __future__ import annotations

from sqlalchemy import select

from competition_app.services.setup.events import EventDetails, get_event, update_event
from competition_app.storage.models import AuditEntry
from competition_app.ui.setup.event_view import EventView
from competition_app.ui.window.main_window import MainWindow
from competition_app.ui.window.session import EventSession


def test_the_event_page_edits_the_event_and_every_page_shows_it(qtbot, ctx, demo_event_id):
    window = MainWindow(ctx, demo_event_id)
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("event")
    assert isinstance(view, EventView) and view.edit_button.isEnabled()
    dialog = view.edit_event()
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("2023年江北区职业技能大赛")
    dialog.venue.setText("江北区职业教育中心 B 楼")
    dialog.issuer.setText("江北区总工会")
    dialog.notice_days.setValue(7)
    assert dialog.save()
    assert not dialog.isVisible()
    ev = get_event(ctx, demo_event_id)
    assert (ev.name, ev.venue, ev.issuer, ev.notice_days) == (
        "2023年江北区职业技能大赛",
        "江北区职业教育中心 B 楼",
        "江北区总工会",
        7,
    )
    assert view.title_label.text() == "2023年江北区职业技能大赛"
    assert view.details["notice"].text() == "7 个工作日"
    assert window.nav_event.text() == "2023年江北区职业技能大赛"
    assert "2023年江北区职业技能大赛" in window.windowTitle()
    with ctx.db.reading() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "event.update")).one()
    assert "江北区职业教育中心实训楼" in entry.old_value and "B 楼" in entry.new_value
    assert "organizer" not in entry.old_value  # only what changed


def test_a_refused_edit_stays_in_the_dialog_with_the_reason(qtbot, ctx, demo_event_id):
    view = EventView(EventSession(ctx, demo_event_id))
    qtbot.addWidget(view)
    dialog = view.edit_event()
    dialog.name.setText("  ")
    assert not dialog.save()
    assert dialog.isVisible() and "名称不能为空" in dialog.error.text()
    assert get_event(ctx, demo_event_id).name != ""


def test_an_unchanged_event_writes_nothing(ctx, demo_event_id):
    ev = get_event(ctx, demo_event_id)
    same = EventDetails(ev.name, ev.date, ev.organizer, ev.venue, ev.issuer, ev.notice_days)
    update_event(ctx, demo_event_id, same)
    with ctx.db.reading() as s:
        assert not s.scalars(select(AuditEntry).where(AuditEntry.action == "event.update")).all()
