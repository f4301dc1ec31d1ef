"""A score file imported again: what it gives at the value already stored is no change, and the
rows stay as they were (their text, who entered them and when, their version and seal); only
what differs is written, as the trail's entry lists it."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from competition_app.services.integrity.audit import audit_log
from competition_app.services.integrity.row_seals import seal_mismatches
from competition_app.services.scoring.score_file import import_scores
from competition_app.storage.models import ComponentScore, Contestant, CriterionMark, Judge
from tests.services.staff import supervisor

MARKS = "number,criterion,judge,mark\n2001,e1,J1,35\n2001,e1,J2,33\n2001,e2,J1,8.5\n"
SCORES = "number,theory,practical,time\n1001,85,90,180\n1002,92.5,88,175\n"


def _marks(ctx):
    """(criterion id, judge code) -> (stored text, version, entered_at, seal)."""
    with ctx.db.reading() as s:
        return {
            (crit, code): (str(mark), version, at, seal)
            for crit, code, mark, version, at, seal in s.execute(
                select(
                    CriterionMark.criterion_id,
                    Judge.code,
                    CriterionMark.mark,
                    CriterionMark.version,
                    CriterionMark.entered_at,
                    CriterionMark.seal,
                ).join(Judge, Judge.id == CriterionMark.judge_id)
            )
        }


def _scores_and_times(ctx):
    with ctx.db.reading() as s:
        scores = {
            (cid, comp): (str(score), version)
            for cid, comp, score, version in s.execute(
                select(
                    ComponentScore.contestant_id,
                    ComponentScore.component_id,
                    ComponentScore.score,
                    ComponentScore.version,
                )
            )
        }
        times = {
            number: (str(minutes), version)
            for number, minutes, version in s.execute(
                select(Contestant.number, Contestant.time_minutes, Contestant.version).where(
                    Contestant.time_minutes.is_not(None)
                )
            )
        }
    return scores, times


def _last_import(ctx, event_id):
    """The newest import's trail entry: what it replaced (old) and what it wrote (new)."""
    entry = next(a for a in audit_log(supervisor(ctx), event_id) if a.action == "scores.import")
    return json.loads(entry.old or "null") or {}, json.loads(entry.new)


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_marks_given_again_at_their_value_are_left_as_they_are(ctx, event_id, tmp_path):
    import_scores(ctx, event_id, "electrician", _write(tmp_path, "a.csv", MARKS))
    before = _marks(ctx)
    # the same marks as another sheet words them: 35.0 for 35, 8.50 for 8.5
    again = "number,criterion,judge,mark\n2001,e1,J1,35.0\n2001,e1,J2,33\n2001,e2,J1,8.50\n"
    import_scores(ctx, event_id, "electrician", _write(tmp_path, "b.csv", again))
    assert _marks(ctx) == before
    old, new = _last_import(ctx, event_id)
    assert old == {} and new["changes"] == {} and new["added"] == 0
    assert seal_mismatches(ctx) == []


def test_only_the_mark_that_differs_is_written(ctx, event_id, tmp_path):
    import_scores(ctx, event_id, "electrician", _write(tmp_path, "a.csv", MARKS))
    before = _marks(ctx)
    changed = "number,criterion,judge,mark\n2001,e1,J1,35\n2001,e1,J2,34\n2001,e2,J1,8.5\n"
    import_scores(ctx, event_id, "electrician", _write(tmp_path, "b.csv", changed))
    after = _marks(ctx)
    moved = {key for key in after if after[key] != before[key]}
    assert len(moved) == 1
    (key,) = moved
    assert after[key][0] == "34" and after[key][1] == before[key][1] + 1
    old, new = _last_import(ctx, event_id)
    assert list(new["changes"].values()) == ["34"] and list(old.values()) == ["33"]
    assert seal_mismatches(ctx) == []


@pytest.mark.parametrize(
    ("again", "moved_scores", "moved_times"),
    [
        ("number,theory,practical,time\n1001,85.0,90,180\n1002,92.50,88,175.0\n", 0, 0),
        ("number,theory,practical,time\n1001,85,91,180\n1002,92.5,88,176\n", 1, 1),
    ],
)
def test_scores_and_times_given_again_at_their_value_are_left_as_they_are(
    ctx, event_id, tmp_path, again, moved_scores, moved_times
):
    import_scores(ctx, event_id, "fitter", _write(tmp_path, "a.csv", SCORES))
    scores, times = _scores_and_times(ctx)
    import_scores(ctx, event_id, "fitter", _write(tmp_path, "b.csv", again))
    new_scores, new_times = _scores_and_times(ctx)
    assert sum(new_scores[k] != scores[k] for k in scores) == moved_scores
    assert sum(new_times[k] != times[k] for k in times) == moved_times
    assert len(_last_import(ctx, event_id)[1]["changes"]) == moved_scores + moved_times
    assert seal_mismatches(ctx) == []


def test_a_first_import_counts_every_mark_added_and_a_second_its_new_ones(ctx, event_id, tmp_path):
    import_scores(ctx, event_id, "electrician", _write(tmp_path, "a.csv", MARKS))
    old, new = _last_import(ctx, event_id)
    assert new["added"] == 3 and new["changes"] == {} and old == {}
    more = MARKS + "2002,e1,J1,30\n2002,e2,J1,7\n"
    import_scores(ctx, event_id, "electrician", _write(tmp_path, "b.csv", more))
    old, new = _last_import(ctx, event_id)
    assert new["added"] == 2 and new["changes"] == {} and old == {}
    with ctx.db.reading() as s:
        assert len(s.scalars(select(CriterionMark.id)).all()) == 5
