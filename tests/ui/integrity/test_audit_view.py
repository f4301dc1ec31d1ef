"""The audit page: filters by action, person and text, and verify_audit naming the first bad
entry after the database was edited behind the app's back (as with the sqlite3 shell)."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from competition_app.domain.wording.english import CJK
from competition_app.services.registration.contestants import list_contestants, set_status
from competition_app.services.results.locking import lock_trade, unlock_trade
from competition_app.services.setup.trades import get_trade
from competition_app.ui.integrity.audit_view import AuditView
from competition_app.ui.window.session import EventSession

from ..helpers import column_values, wait_task


@pytest.fixture
def view(qtbot: Any, staff: Any, demo_event_id: int) -> AuditView:
    chief, org = staff["chief_judge"], staff["organizer"]
    trade = get_trade(chief, demo_event_id, "welder")
    lock_trade(chief, trade.id)
    unlock_trade(chief, trade.id, "仲裁委员会裁定复核")
    people = {c.number: c.id for c in list_contestants(org, demo_event_id)}
    set_status(org, people["1100"], "absent", reason="检录未到")
    v = AuditView(EventSession(staff["viewer"], demo_event_id))
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    v.activate()
    return v


def test_filters_by_action_person_and_text(qtbot, view):
    total = view.model.rowCount()
    view.set_filter(action="锁定成绩")
    assert view.proxy.rowCount() == 1
    assert f"共 {total} 条，显示 1 条" in view.count_label.text()
    view.set_filter(user="李裁判长")
    assert {view.proxy.index(r, 3).data() for r in range(view.proxy.rowCount())} == {
        "锁定成绩",
        "解锁成绩",
    }
    view.set_filter(action="新增用户", user="张老师")
    assert view.proxy.rowCount() == 6  # every account: the first one is added as themself
    view.set_filter()
    view.search.setText("检录未到")
    assert column_values(view.proxy, 3) == ["选手状态"]
    view.search.clear()
    assert view.proxy.rowCount() == total


def db_file(view: AuditView) -> str:
    path = view.session.ctx.db.path
    assert path is not None
    return str(path)


def test_verify_names_the_first_entry_edited_behind_the_apps_back(qtbot, view):
    view.verify()
    wait_task(qtbot, view)
    assert view.check is not None and view.check.ok
    assert "审计链完整" in view.messages.text()
    con = sqlite3.connect(db_file(view))
    with con:
        con.execute("UPDATE audit_entry SET new_value = 'locked?' WHERE id = 3")
    con.close()
    view.verify()
    wait_task(qtbot, view)
    assert view.messages.level == "error"
    assert "第 3 条记录与哈希链不符" in view.messages.text()
    assert "第一条有问题的记录是第 3 条" in view.messages.text()
    selected = view.table.selectionModel().selectedRows()
    assert [view.proxy.index(i.row(), 0).data() for i in selected] == ["3"]


def test_verify_names_a_deleted_entry(qtbot, view):
    con = sqlite3.connect(db_file(view))
    with con:
        con.execute("DELETE FROM audit_entry WHERE id = 4")
    con.close()
    view.reload()
    view.verify()
    wait_task(qtbot, view)
    assert "第 4 条记录缺失" in view.messages.text()


def test_verify_names_a_lock_changed_behind_the_apps_back(qtbot, view):
    con = sqlite3.connect(db_file(view))
    with con:
        con.execute("UPDATE trade SET locked = 1 WHERE id = (SELECT min(id) FROM trade)")
    con.close()
    view.verify()
    wait_task(qtbot, view)
    assert view.check is not None and view.check.ok  # the trail itself is untouched
    assert view.messages.level == "error"
    assert "数据与审计日志不符" in view.messages.text() and "现为已锁定" in view.messages.text()


def test_the_log_shown_follows_every_kind_of_change_certificates_too(qtbot, view, staff):
    before = view.model.rowCount()
    org = staff["organizer"]
    people = {c.number: c.id for c in list_contestants(org, view.session.event_id)}
    set_status(org, people["1101"], "absent", reason="检录未到")
    view.session.changed.emit("certificates")  # as when certificates were issued meanwhile
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1)


def _recorded_actions() -> set[str]:
    """Every action the lower layers write into the audit trail by name: the literal actions
    of their audit.record calls and the save paths' `action=`, and the chain's first entry."""
    import ast
    import re
    from pathlib import Path

    from competition_app.services.integrity.audit import GENESIS

    root = Path(__file__).resolve().parents[3] / "competition_app"
    found = {GENESIS}
    for path in root.rglob("*.py"):
        if "ui" in path.relative_to(root).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name not in ("record", "write_mark", "write_score"):
                continue
            for arg in [*node.args, *(k.value for k in node.keywords if k.arg == "action")]:
                literal = arg.value if isinstance(arg, ast.Constant) else None
                if isinstance(literal, str) and re.fullmatch(r"[a-z_]+(\.[a-z_]+)*", literal):
                    found.add(literal)
    return found


def test_every_action_the_trail_records_has_a_label_in_either_language(qt_app):
    from competition_app.ui.integrity.audit_view import action_labels
    from competition_app.ui.window.translation import install_translators

    actions = _recorded_actions()
    assert {"audit.genesis", "trade.add", "mark.recheck", "scores.import"} <= actions
    assert actions - action_labels().keys() == set()
    assert install_translators("en")
    english = action_labels()
    assert {a: english[a] for a in actions if CJK.search(english[a])} == {}
    assert english["audit.genesis"] == "Audit chain begun"


def _values_of(view: AuditView, action: str) -> tuple[str, str]:
    view.set_filter(action=action)
    assert view.proxy.rowCount() >= 1
    return view.proxy.index(0, 5).data(), view.proxy.index(0, 6).data()


def test_recorded_fields_read_as_words_not_json(qtbot, view):
    _, created = _values_of(view, "创建赛事")
    assert created.startswith("名称：") and "；工种：" in created
    assert "{" not in created and '"' not in created
    _, added = _values_of(view, "新增用户")
    assert added.startswith("密码：") and added.endswith("；角色：只读用户")
    view.set_filter()
    view.search.setText("welder")  # what a field holds is still found
    assert view.proxy.rowCount() >= 1


def test_recorded_fields_are_named_in_english(qtbot, english, view):
    view.reload()  # the rows made again in the window's language
    texts = [view.model.index(r, 6).data() for r in range(view.model.rowCount())]
    created = next(t for t in texts if t.startswith("name: "))
    assert "; trades: " in created and "、" not in created


def test_the_entry_number_heading_is_not_under_the_sort_arrow(view):
    """The page opens sorted by 序号: its heading is centred, clear of the arrow at the right."""
    from PySide6.QtCore import Qt

    align = view.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
    assert view.table.horizontalHeader().sortIndicatorSection() == 0
    assert int(align) & int(Qt.AlignmentFlag.AlignHCenter)
