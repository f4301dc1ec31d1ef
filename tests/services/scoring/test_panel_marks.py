"""A contestant's criterion holds one mark without a judge or judges' marks, never both: an
unnamed mark beside two judges' would be taken for a third judge and move the panel's mean."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from competition_app.domain.errors import UserError, ValidationError
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.results.results import results_for
from competition_app.services.scoring.score_file import import_scores
from competition_app.services.scoring.scoring import record_mark
from competition_app.storage.models import Judge

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def _judges(ctx) -> dict[str, int]:
    with ctx.db.reading() as s:
        return {code: jid for jid, code in s.execute(select(Judge.id, Judge.code)).tuples()}


def _e1(ctx, event_id) -> tuple[Decimal | None, ...]:
    row = next(r for r in results_for(ctx, event_id, "electrician").rows if r.number == "2001")
    return row.components["practical"], row.total


@pytest.fixture
def judged(ctx, event_id) -> int:
    """The example electricians' marks, every one by judge J1 or J2."""
    import_scores(ctx, event_id, "electrician", EXAMPLES / "electrician-marks.csv")
    return event_id


def test_an_unnamed_mark_beside_judges_marks_is_refused_when_typed(ctx, judged):
    who = next(c.id for c in list_contestants(ctx, judged) if c.number == "2001")
    before = _e1(ctx, judged)
    with pytest.raises(UserError, match="已有裁判 J1、J2 的评分"):
        record_mark(ctx, who, "e1", Decimal("10"))
    assert _e1(ctx, judged) == before


def test_an_unnamed_mark_beside_judges_marks_is_refused_when_imported(ctx, judged, tmp_path):
    before = _e1(ctx, judged)
    wide = tmp_path / "wide.csv"
    wide.write_text("number,e1\n2001,10\n", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        import_scores(ctx, judged, "electrician", wide)
    assert [str(p) for p in refused.value.problems] == [
        "row 2: 2001 的评分项 e1 已有裁判 J1、J2 的评分：不注明裁判的分数会被当作又一位裁判计入，"
        "请注明是哪位裁判评的"
    ]
    long = tmp_path / "long.csv"
    long.write_text("number,criterion,judge,mark\n2001,e1,,10\n2002,e1,J1,30\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="row 2: 2001"):
        import_scores(ctx, judged, "electrician", long)
    assert _e1(ctx, judged) == before  # nothing of either file was written


def test_a_file_mixing_both_for_one_criterion_is_refused(ctx, event_id, tmp_path):
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("number,criterion,judge,mark\n2001,e1,J1,30\n2001,e1,,10\n", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        import_scores(ctx, event_id, "electrician", mixed)
    assert [p.location for p in refused.value.problems] == ["row 2", "row 3"]
    assert "已有一个不注明裁判的分数" in refused.value.problems[0].reason


def test_a_judges_mark_beside_an_unnamed_one_is_refused_until_it_is_cleared(ctx, event_id):
    who = next(c.id for c in list_contestants(ctx, event_id) if c.number == "2001")
    j1 = _judges(ctx)["J1"]
    record_mark(ctx, who, "e1", Decimal("30"))  # one mark, no judge: the panel is that mark
    with pytest.raises(UserError, match="已有一个不注明裁判的分数"):
        record_mark(ctx, who, "e1", Decimal("31"), judge_id=j1)
    record_mark(ctx, who, "e1", None)
    assert record_mark(ctx, who, "e1", Decimal("31"), judge_id=j1).value == Decimal("31")
