"""Deciding a tie on the Results page: the chief judge orders the tied contestants in the
dialog, gives the grounds, and the ranking shows the order; the decision can be withdrawn."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel

from competition_app.domain.results import FLAG_TIE_DECISION
from competition_app.io.event_file import read_event_definition
from competition_app.services.integrity.audit import audit_log
from competition_app.services.registration.contestants import import_contestants
from competition_app.services.results.locking import lock_trade
from competition_app.services.scoring.score_file import import_scores
from competition_app.services.setup.events import create_event
from competition_app.services.setup.trades import get_trade
from competition_app.ui.results.results_view import ResultsView
from competition_app.ui.window.session import EventSession
from tests.services.results.test_tie_decisions import EVENT, PEOPLE, SCORES

from ..helpers import wait_task


@pytest.fixture
def tie_event(ctx: Any, tmp_path: Path) -> int:
    for name, text in (("event.toml", EVENT), ("people.csv", PEOPLE), ("scores.csv", SCORES)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    eid = create_event(ctx, read_event_definition(tmp_path / "event.toml"))
    import_contestants(ctx, eid, tmp_path / "people.csv")
    import_scores(ctx, eid, "fitter", tmp_path / "scores.csv")
    return eid


@pytest.fixture
def view(qtbot: Any, ctx: Any, tie_event: int, qt_app: Any) -> Iterator[ResultsView]:
    session = EventSession(ctx, tie_event)
    v = ResultsView(session)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    v.activate()
    wait_task(qtbot, v)
    yield v
    session.deleteLater()


def _ranks(v: ResultsView) -> dict[str, tuple[int | None, bool]]:
    rows = (v.model.result_row(r) for r in range(v.model.rowCount()))
    return {r.number: (r.rank, FLAG_TIE_DECISION in r.flags) for r in rows}


def _select(v: ResultsView, number: str) -> None:
    row = next(r for r in range(v.model.rowCount()) if v.model.result_row(r).number == number)
    v.table.selectionModel().select(
        v.proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def _open(qtbot: Any, v: ResultsView, number: str) -> Any:
    v.tie_dialog = None
    _select(v, number)
    v.tie_button.click()
    qtbot.waitUntil(lambda: v.tie_dialog is not None and v.tie_dialog.isVisible())
    return v.tie_dialog


def test_the_chief_judge_orders_a_tie_and_the_ranking_follows(qtbot, view, ctx, tie_event):
    assert _ranks(view)["101"] == _ranks(view)["102"] == (1, True)
    dialog = _open(qtbot, view, "102")
    assert dialog.order() == ["101", "102"]  # in entry-number order until decided
    assert "陈𠮷" in dialog.list.item(0).text() and "90.00" in dialog.list.item(0).text()
    assert not dialog.ok_button.isEnabled()  # no grounds yet
    assert not dialog.up.isEnabled()  # the first row cannot go higher
    dialog.list.setCurrentRow(1)
    dialog.up.click()
    assert dialog.order() == ["102", "101"]
    dialog.grounds.setPlainText("当众抽签，102 号抽中 1")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: _ranks(view).get("101") == (2, False), timeout=10_000)
    assert _ranks(view)["102"] == (1, False)
    entry = next(a for a in audit_log(ctx, tie_event) if a.action == "tie.decide")
    assert entry.reason == "当众抽签，102 号抽中 1"


def test_a_decision_is_withdrawn_from_the_same_dialog(qtbot, view):
    dialog = _open(qtbot, view, "101")
    dialog.list.setCurrentRow(1)
    dialog.up.click()
    dialog.grounds.setPlainText("抽签")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: _ranks(view).get("101") == (2, False), timeout=10_000)
    wait_task(qtbot, view)
    dialog = _open(qtbot, view, "101")
    assert dialog.order() == ["102", "101"]  # as decided
    assert dialog.withdraw_button is not None and not dialog.withdraw_button.isEnabled()
    dialog.grounds.setPlainText("抽签有误")
    dialog.withdraw_button.click()
    qtbot.waitUntil(lambda: _ranks(view).get("101") == (1, True), timeout=10_000)


def test_a_contestant_tied_with_nobody_is_told_so(qtbot, view, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(view, "show_error", lambda exc: shown.append(str(exc)))
    _select(view, "103")
    view.tie_button.click()
    qtbot.waitUntil(lambda: bool(shown))
    assert "没有与他人并列" in shown[0] and view.tie_dialog is None


def test_the_button_is_greyed_once_the_trade_is_locked(qtbot, view, ctx, tie_event):
    assert view.tie_button.isEnabled()
    lock_trade(ctx, get_trade(ctx, tie_event, "fitter").id)
    view.reload()
    wait_task(qtbot, view)
    assert not view.tie_button.isEnabled()
    assert "解锁" in view.tie_button.toolTip()
