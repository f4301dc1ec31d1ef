"""Marks, scores, times, statuses and names edited behind the app's back are named by
`audit verify` (each row's keyed seal), whichever way the app wrote them."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from competition_app.services.integrity.row_seals import seal_mismatches
from competition_app.services.integrity.state_check import state_mismatches
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.scoring.score_file import import_scores
from competition_app.services.scoring.scoring import record_mark, record_score

EXAMPLES_SCORES = "number,theory,practical,time\n1001,85,90,180\n1002,92.5,88,175\n"
MARKS = "number,criterion,judge,mark\n2001,e1,J1,35\n2001,e1,J2,33\n"


def _ids(ctx, event_id):
    return {c.number: c.id for c in list_contestants(ctx, event_id)}


def _written_every_way(ctx, event_id, tmp_path):
    """Contestants imported in bulk (the fixture), scores and times imported, marks imported
    and typed, a score typed."""
    scores = tmp_path / "scores.csv"
    scores.write_text(EXAMPLES_SCORES, encoding="utf-8")
    import_scores(ctx, event_id, "fitter", scores)
    marks = tmp_path / "marks.csv"
    marks.write_text(MARKS, encoding="utf-8")
    import_scores(ctx, event_id, "electrician", marks)
    ids = _ids(ctx, event_id)
    record_mark(ctx, ids["2001"], "e2", Decimal("50"))
    record_score(ctx, ids["1003"], "theory", Decimal("70"))
    record_score(ctx, ids["1001"], "theory", Decimal("86"))  # an update of an imported score


def test_every_write_path_seals_what_it_writes(ctx, event_id, tmp_path):
    _written_every_way(ctx, event_id, tmp_path)
    assert seal_mismatches(ctx) == []
    assert state_mismatches(ctx) == []


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("sql", "named"),
    [
        ("UPDATE criterion_mark SET mark = '39' WHERE mark = '35'", "评分项 e1"),
        ("UPDATE component_score SET score = '99' WHERE score = '92.5'", "选手 1002 的 theory"),
        ("UPDATE contestant SET time_minutes = '120' WHERE number = '1001'", "选手 1001"),
        ("UPDATE contestant SET status = 'ok' WHERE status != 'ok'", "的报名信息、状态或用时"),
        ("UPDATE contestant SET name = '王五' WHERE number = '1002'", "选手 1002（王五）"),
        ("UPDATE criterion_mark SET seal = '' WHERE mark = '50'", "评分项 e2"),
    ],
    ids=["mark", "score", "time", "status", "name", "seal-cleared"],
)
def test_a_direct_edit_is_named(ctx, event_id, tmp_path, sql, named):
    from competition_app.storage.models import Contestant

    _written_every_way(ctx, event_id, tmp_path)
    if "status" in sql:  # someone's status must differ from "ok" first, through the app
        with ctx.db.unit_of_work() as s:
            c = s.get(Contestant, _ids(ctx, event_id)["1003"])
            assert c is not None
            c.status = "absent"
        assert seal_mismatches(ctx) == []
    con = sqlite3.connect(ctx.db.path)
    assert con.execute(sql).rowcount >= 1
    con.commit()
    con.close()
    found = state_mismatches(ctx)
    assert len(found) == 1 and named in found[0] and "被直接改动" in found[0], found


def test_one_mark_worded_two_ways_in_a_file_is_stored_as_typed_and_sealed(ctx, event_id, tmp_path):
    # An Excel sheet says 35 in one cell and 35.0 in the next: equal numbers, but each is
    # stored as typed, and the seal (made of what was typed) must hold for both rows.
    marks = tmp_path / "marks.csv"
    marks.write_text(
        "number,criterion,judge,mark\n2001,e1,J1,35\n2001,e1,J2,35.0\n2001,e2,J1,8.50\n"
        "2001,e2,J2,8.5\n",
        encoding="utf-8",
    )
    import_scores(ctx, event_id, "electrician", marks)
    from sqlalchemy import select

    from competition_app.storage.models import CriterionMark, Judge

    with ctx.db.reading() as s:
        stored = {
            (crit, code): str(mark)
            for crit, code, mark in s.execute(
                select(CriterionMark.criterion_id, Judge.code, CriterionMark.mark).join(
                    Judge, Judge.id == CriterionMark.judge_id
                )
            )
        }
    assert sorted(stored.values()) == ["35", "35.0", "8.5", "8.50"]
    assert seal_mismatches(ctx) == []


@pytest.mark.backends("sqlite")
def test_audit_verify_names_the_edited_row_on_the_command_line(ctx, event_id, tmp_path, capsys):
    from competition_app.cli import main

    _written_every_way(ctx, event_id, tmp_path)
    path = ctx.db.path
    con = sqlite3.connect(path)
    con.execute("UPDATE component_score SET score = '100' WHERE score = '90'")
    con.commit()
    con.close()
    capsys.readouterr()
    code = main(["--db", str(path), "audit", "verify"])
    err = capsys.readouterr().err
    assert code != 0 and "选手 1001 的 practical 成绩 100" in err, err


def test_the_demo_and_an_imported_archive_are_sealed(ctx, tmp_path):
    from competition_app.services.backup.archive import (
        export_event_archive,
        import_event_archive,
    )
    from competition_app.services.setup.demo import build_demo_event

    demo = build_demo_event(ctx, per_trade=6)
    assert seal_mismatches(ctx) == []
    archive = tmp_path / "demo.cpa"
    export_event_archive(ctx, demo, archive)
    import_event_archive(ctx, archive, files_dir=tmp_path / "files")
    assert seal_mismatches(ctx) == []


@given(
    row_id=st.integers(1, 10**9),
    ids=st.tuples(st.integers(1, 10**6), st.integers(1, 10**6), st.integers(0, 10**6)),
    mark=st.decimals(min_value=0, max_value=1000, places=3, allow_nan=False),
    padded=st.booleans(),
)
def test_an_imports_mark_seal_is_the_row_seal(row_id, ids, mark, padded):
    from competition_app.services.integrity.row_seals import mark_sealer, row_seal
    from competition_app.storage.types import stored_text

    if padded:  # 8.50 is 8.5 as a number but not as text: sealed as stored, as its text
        mark = mark.quantize(Decimal("0.0001"))
    key = b"k" * 32
    assert mark_sealer(key)(row_id, *ids, stored_text(mark)) == row_seal(
        key, "criterion_mark", row_id, (*ids, mark)
    )
