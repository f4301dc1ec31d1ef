"""In English the window words the services' and importers' refusals in English too."""

from __future__ import annotations

from typing import Any

import pytest

from competition_app.ui.registration.contestants_view import ContestantsView
from competition_app.ui.scoring.scoring_view import ScoringView
from competition_app.ui.window.translation import install_translators, service_text

from ..helpers import wait_task
from ..scoring.test_scoring_view import type_mark


def test_a_mark_out_of_range_is_refused_in_english(qtbot, session, english):
    view = ScoringView(session)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.activate()
    view.select_trade("electrician")
    column = view.entry_column("theory")
    type_mark(qtbot, view, view.cell("1052", column), "120")
    # the cell named (its criterion is the demo's own, in Chinese), then the reason in English
    assert view.messages.text() == "Not saved. 1052 · 理论知识: Mark 120 is out of range 0–100"
    assert view.table.model().index(view.cell("1052", column).row(), column).data() != "120"


def _import_preview(qtbot: Any, session: Any, tmp_path: Any, rows: str) -> Any:
    """The preview the contestants' page shows for a registration form of these rows."""
    view = ContestantsView(session)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    wait_task(qtbot, view)
    path = tmp_path / "报名表.csv"
    path.write_text("参赛证号,姓名,工种,组别,性别\n" + rows, encoding="utf-8")
    view.import_file(path)
    wait_task(qtbot, view, "import_task")
    dialog = view.preview_dialog
    qtbot.addWidget(dialog)
    return dialog


def test_an_import_with_bad_rows_gives_english_reasons(qtbot, session, english, tmp_path):
    rows = "3001,,钳工,职工组,男\n3002,李四,木工,,男\n1001,张三,钳工,职工组,X\n"
    dialog = _import_preview(qtbot, session, tmp_path, rows)
    reasons = {(r[0], r[2]) for r in dialog.problem_rows()}
    assert reasons == {
        ("2", "Name is empty"),
        ("3", 'Unknown trade "木工"'),
        ("4", 'Gender "X" must be 男 (male) or 女 (female)'),
        ("4", 'Entry number "1001" already exists in this event'),
    }


def test_in_chinese_the_messages_stay_as_the_services_word_them(qt_app):
    assert install_translators("zh_CN")
    assert service_text("分数 120 超出范围 0–100") == "分数 120 超出范围 0–100"


def test_in_english_the_audit_trail_and_the_scan_box_read_whole(qtbot, session, english):
    from competition_app.services.registration.contestants import list_contestants, set_status
    from competition_app.ui.contest_day.checkin_view import CheckinView
    from competition_app.ui.integrity.audit_view import AuditView, action_labels

    people = {c.number: c.id for c in list_contestants(session.ctx, session.event_id)}
    set_status(session.ctx, people["1100"], "absent", reason="检录未到")  # single-user mode
    audit = AuditView(session)
    qtbot.addWidget(audit)
    audit.resize(1366, 700)
    audit.show()
    audit.activate()
    metrics = audit.table.fontMetrics()
    users = {audit.proxy.index(r, 2).data() for r in range(audit.proxy.rowCount())}
    assert users == {"single user"}
    for text, column in [("single user", 2), *((a, 3) for a in action_labels().values())]:
        assert metrics.horizontalAdvance(text) + 12 <= audit.table.columnWidth(column), text
    checkin = CheckinView(session)
    qtbot.addWidget(checkin)
    checkin.show()
    box = checkin.scan_edit
    hint = box.fontMetrics().horizontalAdvance(box.placeholderText())
    assert box.placeholderText() == "Scan or type, Enter" and hint + 20 <= box.width()


def test_the_event_page_says_who_locked_a_trade_in_english(qtbot, ctx, session, english):
    from competition_app.services.results.locking import lock_trade
    from competition_app.services.setup.trades import list_trades
    from competition_app.ui.setup.event_view import EventView

    trade = next(t for t in list_trades(ctx, session.event_id) if not t.locked)
    lock_trade(ctx, trade.id)  # single-user mode: locked by the placeholder
    view = EventView(session)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    wait_task(qtbot, view)
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == trade.code)
    assert model.index(row, 5).data() == "Locked"
    assert model.index(row, 6).data() == "single user"  # as every page says it, not "（单机）"


@pytest.mark.parametrize(("lines", "headline"), [
    ("3001,,钳工,职工组,男\n", "Found 1 problem in “报名表.csv”"),
    ("3001,,钳工,职工组,男\n3002,,钳工,学生组,男\n", "Found 2 problems in “报名表.csv”"),
])  # fmt: skip
def test_an_import_says_its_count_of_problems_in_english(
    qtbot, session, english, tmp_path, lines, headline
):
    dialog = _import_preview(qtbot, session, tmp_path, lines)
    assert dialog.headline.text().startswith(headline + "; nothing was imported.")


def test_a_long_list_of_problems_ends_with_their_count_in_either_language(qt_app):
    from competition_app.domain.errors import Problem, ValidationError
    from competition_app.ui.window.crash_reporting import user_error_text

    problems = [Problem(f"a.csv:{i}:name", "姓名为空") for i in range(2, 27)]
    assert install_translators("en")
    english = user_error_text(ValidationError(problems)).splitlines()
    assert len(english) == 21 and english[-1] == "… 25 problems in all"
    assert install_translators("zh_CN")
    assert user_error_text(ValidationError(problems)).splitlines()[-1] == "……共 25 处问题"


def test_the_restore_dialog_counts_one_event_as_one(qtbot, english, ctx):
    from competition_app.services.backup.backups import preview_backup
    from competition_app.ui.backup.restore_dialog import RestoreDialog

    current = preview_backup(ctx.db.path)
    assert len(current.events) == 1
    d = RestoreDialog([], preview_backup, current=current)
    qtbot.addWidget(d)
    assert d.now_label.text().startswith(f"Current database: 1 event, {current.contestants}")


@pytest.mark.parametrize(
    ("lang", "counts", "line"),
    [
        ("en", (1, 1), "2026-07-20 · 1 trade · 1 contestant"),
        ("en", (5, 240), "2026-07-20 · 5 trades · 240 contestants"),
        ("zh_CN", (1, 1), "2026-07-20 · 1 个工种 · 1 名选手"),
    ],
)
def test_the_welcome_screen_counts_an_events_trades_and_contestants(qtbot, lang, counts, line):
    from competition_app.services.setup.summaries import EventInfo
    from competition_app.ui.window.welcome_view import WelcomeView

    assert install_translators(lang)
    view = WelcomeView()
    qtbot.addWidget(view)
    trades, contestants = counts
    event = EventInfo(1, "北岸匠星", "2026-07-20", "", "", None, trades, contestants)
    view.set_state("contest.db", [event], [])
    assert view.events.item(0).text() == f"北岸匠星\n{line}"
