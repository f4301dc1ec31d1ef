"""Every table model of the window passes Qt's model tester and never returns None from data()."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt

from competition_app.services.integrity.audit import audit_log
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.registration.judges import list_judges
from competition_app.services.results.results import event_standings, results_for
from competition_app.services.scoring.score_grid import entry_progress
from competition_app.services.setup.trades import list_trades
from competition_app.ui.common.rows_model import Column, RowsModel
from competition_app.ui.common.table_support import FilterProxy
from competition_app.ui.integrity.audit_view import AuditTableModel
from competition_app.ui.registration.contestant_model import ContestantTableModel
from competition_app.ui.registration.judge_model import JudgeTableModel
from competition_app.ui.results.result_model import ResultTableModel, StandingsTableModel
from competition_app.ui.scoring.score_grid_model import ScoreGridModel
from competition_app.ui.scoring.score_table import ScoreRowsProxy
from competition_app.ui.setup.event_view import ProgressTableModel

ROLES = [
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.StatusTipRole,
        Qt.ItemDataRole.WhatsThisRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.UserRole,
    )
]


def never_none(model: QAbstractItemModel) -> None:
    for r in range(min(model.rowCount(), 60)):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            for role in ROLES:
                assert model.data(index, role) is not None, (r, c, role)


PAINTED = [
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    )
]


def painted_as_data_says(model: QAbstractItemModel) -> None:
    """The delegate's one call per cell (cell_style) gives what data() gives, role by role."""
    from PySide6.QtCore import QSortFilterProxyModel

    from competition_app.ui.common.table_support import TupleTableModel

    source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
    if not isinstance(source, TupleTableModel):
        return
    for r in range(min(model.rowCount(), 60)):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            at = model.mapToSource(index) if source is not model else index  # type: ignore[attr-defined]
            assert list(source.cell_style(at.row(), at.column())) == [
                model.data(index, role) for role in PAINTED
            ], (r, c)


def check(qtmodeltester: Any, model: QAbstractItemModel) -> None:
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)
    never_none(model)
    painted_as_data_says(model)


def test_contestant_model(qtmodeltester, ctx, demo_event_id):
    model = ContestantTableModel()
    model.set_contestants(list_contestants(ctx, demo_event_id))
    assert model.rowCount() == 240
    check(qtmodeltester, model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "1240"
    model.sort(1, Qt.SortOrder.AscendingOrder)


def test_the_contestants_gender_is_worded_in_the_windows_language(ctx, demo_event_id):
    from competition_app.ui.window.translation import install_translators

    people = list_contestants(ctx, demo_event_id)
    model = ContestantTableModel()
    model.set_contestants(people)
    column = [c.key for c in model.columns].index("gender")
    chinese = {model.index(r, column).data() for r in range(model.rowCount())}
    assert chinese == {p.gender for p in people} and chinese <= {"男", "女", ""}
    assert install_translators("en")
    model.set_contestants(people)
    english = [model.index(r, column).data() for r in range(model.rowCount())]
    assert set(english) <= {"Male", "Female", ""}
    assert english.count("Female") == sum(1 for p in people if p.gender == "女")


def test_filter_proxy(qtmodeltester, ctx, demo_event_id):
    model = ContestantTableModel()
    model.set_contestants(list_contestants(ctx, demo_event_id))
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("钳工")
    check(qtmodeltester, proxy)
    assert proxy.rowCount() == 48
    proxy.set_column_filter(8, "缺考")
    assert proxy.rowCount() == 2
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(2)] == ["1032", "1008"]


def test_search_after_removing_and_sorting_rows_and_filters_set_again(qtbot):
    from competition_app.ui.common.table_support import TableColumn, TupleTableModel

    model = TupleTableModel([TableColumn("number", "号"), TableColumn("name", "姓名")])
    model.set_rows([("3", "王芳"), ("1", "李雷"), ("2", "王强")], ["c", "a", "b"])
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    model.remove_row(1)  # before any search
    model.sort(0)
    proxy.set_filters("王", {1: None})
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["2", "3"]
    proxy.set_filters("王", {1: None})  # the same again: the same rows
    assert proxy.rowCount() == 2
    proxy.set_filters("王", {1: "王芳"})
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["3"]
    proxy.set_filters("", {1: None})
    assert proxy.rowCount() == 2


def test_a_filter_set_keeps_its_rows_through_sorting_removing_and_new_rows(qtbot):
    """The proxy filters on the model's answer, worked out once per set of rows: sorting and
    removing rows carry the answers along, new rows are asked again."""
    from competition_app.ui.common.table_support import TableColumn, TupleTableModel

    model = TupleTableModel([TableColumn("number", "号"), TableColumn("unit", "单位")])
    rows = [("4", "甲厂"), ("1", "乙厂"), ("3", "甲厂"), ("2", "甲厂")]
    model.set_rows(rows, rows)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.set_column_filter(1, "甲厂")
    numbers = lambda: [proxy.index(r, 0).data() for r in range(proxy.rowCount())]  # noqa: E731
    assert sorted(numbers()) == ["2", "3", "4"]
    proxy.sort(0)
    assert numbers() == ["2", "3", "4"]
    model.remove_row(0)  # "1" (乙厂), first once sorted
    assert numbers() == ["2", "3", "4"]
    model.remove_row(1)  # "3"
    assert numbers() == ["2", "4"]
    model.set_rows([("9", "乙厂"), ("8", "甲厂")], ["x", "y"])
    assert numbers() == ["8"]
    proxy.set_column_filter(1, None)
    assert sorted(numbers()) == ["8", "9"]


def test_the_filters_ask_about_rows_only_while_one_is_set_and_follow_a_new_source(qtbot):
    """Filling a list with no filter set asks nothing of each row (30,000 Python calls were
    half of filling the contestants' list); a filter set asks once per row."""
    from competition_app.ui.common.table_support import (
        KEPT_ROLE,
        TableColumn,
        TupleTableModel,
    )

    asked: list[int] = []

    class Counting(TupleTableModel):
        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == KEPT_ROLE:
                asked.append(index.row())
            return super().data(index, role)

    columns = [TableColumn("number", "号"), TableColumn("trades", "工种")]
    rows = [(str(n), "钳工、电工" if n % 2 else "电工") for n in range(1, 201)]
    model = Counting(columns)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(rows, rows)
    assert proxy.rowCount() == 200 and asked == []
    proxy.set_column_filter(1, "钳工", token=True)  # one of the values listed in the cell
    assert proxy.rowCount() == 100 and len(asked) == 200
    proxy.set_text("9")
    assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} == {
        str(n) for n in range(1, 201, 2) if "9" in str(n)
    }
    asked.clear()
    proxy.set_column_filter(1, None, token=True)
    assert proxy.rowCount() == sum(1 for n in range(1, 201) if "9" in str(n))
    assert len(asked) == 200  # one pass
    asked.clear()
    proxy.set_text("  ")
    assert proxy.rowCount() == 200 and asked == []  # the last filter off: none asked
    asked.clear()
    model.set_rows(rows, rows)
    assert proxy.rowCount() == 200 and asked == []
    # a filter set, then another list under the proxy: that list is filtered the same way
    proxy.set_column_filter(1, "电工")
    other = TupleTableModel(columns)
    other.set_rows([("1", "钳工"), ("2", "电工")], ["a", "b"])
    proxy.setSourceModel(other)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["2"]
    model.set_rows(rows, rows)  # the old list is no longer filtered by it
    assert model.row_filter is None


def shown(model: QAbstractItemModel, row: int) -> list[Any]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_judge_model(qtmodeltester, ctx, demo_event_id):
    model = JudgeTableModel()
    judges = list_judges(ctx, demo_event_id)
    model.set_judges(judges, {t.code: t.name for t in list_trades(ctx, demo_event_id)})
    assert model.rowCount() == len(judges) > 0
    check(qtmodeltester, model)
    first = judges[0]
    assert first.role == "judge" and first.trades == ("electrician",)
    assert shown(model, 0) == [first.code, first.name, first.unit, "裁判员", "电工"]


@pytest.mark.parametrize("code", ["fitter", "welder", "electronics"])
def test_result_model(qtmodeltester, ctx, demo_event_id, code):
    res = results_for(ctx, demo_event_id, code)
    model = ResultTableModel()
    model.set_result(res.rules, res.rows, with_group=True)
    assert model.rowCount() == 48
    check(qtmodeltester, model)


def test_standings_model(qtmodeltester, ctx, demo_event_id):
    standings = StandingsTableModel()
    teams = event_standings(ctx, demo_event_id)
    standings.set_standings(teams)
    assert standings.rowCount() == len(teams) > 0
    check(qtmodeltester, standings)
    top = teams[0]
    assert shown(standings, 0) == ["1", top.team, f"{top.total:.2f}", str(top.counted)]


def test_a_shared_team_place_is_marked_as_in_the_results(qtmodeltester):
    from decimal import Decimal

    from competition_app.domain.results import TeamStanding

    standings = StandingsTableModel()
    standings.set_standings(
        [
            TeamStanding(1, "甲厂", Decimal("180.50"), 2),
            TeamStanding(2, "乙校", Decimal("170.00"), 2),
            TeamStanding(2, "丙校", Decimal("170.00"), 2),
            TeamStanding(4, "丁厂", Decimal("90.00"), 1),
        ]
    )
    check(qtmodeltester, standings)
    ranks = [shown(standings, r)[0] for r in range(4)]
    assert ranks == ["1", "2（并列）", "2（并列）", "4"]


def test_progress_model(qtmodeltester, ctx, demo_event_id):
    progress = ProgressTableModel()
    trades = entry_progress(ctx, demo_event_id)
    progress.set_progress(trades)
    assert progress.rowCount() == len(trades) == 5
    check(qtmodeltester, progress)
    fitter = trades[0]
    assert shown(progress, 0)[:4] == [
        "钳工",
        "fitter",
        "48",
        f"{fitter.entered} / {fitter.expected}",
    ]
    assert 0 < fitter.entered < fitter.expected  # the demo leaves marks to enter


def test_audit_model(qtmodeltester, ctx, demo_event_id):
    audit = AuditTableModel()
    lines = audit_log(ctx, demo_event_id)
    audit.set_lines(lines)
    assert audit.rowCount() == len(lines) > 0
    check(qtmodeltester, audit)
    newest = shown(audit, 0)
    assert lines[0].action == "demo.build"
    assert newest[3] == "建立演示数据"  # the action in words, not its code
    assert newest[6] == "选手数：240"  # the recorded fields in words, not JSON


def test_rows_model_edits(qtmodeltester):
    model = RowsModel([Column("code", "代码"), Column("kind", "类型", (("a", "甲"), ("b", "乙")))])
    model.add_row({"code": "x", "kind": "a"})
    model.add_row({"code": "y", "kind": "b"})
    check(qtmodeltester, model)
    assert model.index(1, 1).data() == "乙"
    assert model.setData(model.index(0, 0), " z ")
    assert model.rows()[0]["code"] == "z"
    assert model.move_row(0, 1) == 1
    assert [r["code"] for r in model.rows()] == ["y", "z"]
    model.remove_row(0)
    assert model.rowCount() == 1


@pytest.mark.parametrize("code", ["fitter", "cnc_lathe", "electronics"])
def test_score_grid_model(qtmodeltester, ctx, demo_event_id, code):
    trade = next(t for t in list_trades(ctx, demo_event_id) if t.code == code)
    model = ScoreGridModel(ctx)
    model.load(trade.id)
    assert model.rowCount() == 48
    check(qtmodeltester, model)
    first = list_contestants(ctx, demo_event_id, code)[0]
    assert model.headerData(0, Qt.Orientation.Vertical) == first.number
    assert model.index(0, 0).data() == first.name


def test_score_rows_proxy(qtmodeltester, ctx, demo_event_id):
    trade = next(t for t in list_trades(ctx, demo_event_id) if t.code == "fitter")
    model = ScoreGridModel(ctx)
    model.load(trade.id)
    proxy = ScoreRowsProxy()
    proxy.setSourceModel(model)
    check(qtmodeltester, proxy)
    proxy.set_filters(group=None, only_missing=True)
    # 1045-1047 still wait for their practical marks; absent contestants are not "missing"
    assert [proxy.headerData(r, Qt.Orientation.Vertical) for r in range(proxy.rowCount())] == [
        "1045",
        "1046",
        "1047",
    ]
    proxy.set_filters(group="学生组", only_missing=False)
    assert proxy.rowCount() == 24


def test_contestant_model_shows_plain_fields_as_it_shows_infos(qtmodeltester, ctx, demo_event_id):
    # the contestants' page gives the model the driver's plain tuples (contestant_fields)
    from competition_app.services.registration.contestant_table import contestant_fields
    from competition_app.services.registration.contestants import ContestantInfo

    infos = ContestantTableModel()
    infos.set_contestants(list_contestants(ctx, demo_event_id))
    plain = ContestantTableModel()
    plain.set_contestants(contestant_fields(ctx, demo_event_id))
    check(qtmodeltester, plain)
    assert plain.rowCount() == infos.rowCount() == 240
    plain.sort(0)
    infos.sort(0)
    for r in range(plain.rowCount()):
        assert plain.info(r) == infos.info(r) and isinstance(plain.info(r), ContestantInfo)
        for c in range(plain.columnCount()):
            for role in PAINTED:
                assert plain.index(r, c).data(role) == infos.index(r, c).data(role), (r, c, role)
