"""Judge analysis from the stored marks: named judges, recusal no offset, and who may see it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.errors import PermissionDenied
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.registration.judges import import_judges, list_judges
from competition_app.services.results.judge_analysis import judge_analysis
from competition_app.services.scoring.scoring import record_mark
from tests.blind_trades import blind_from_the_start
from tests.services.staff import fast_passwords, hire_staff  # noqa: F401


@pytest.fixture
def with_j9(ctx, scored, tmp_path):
    """The example electricians' marks, and a third judge J9 from 2001's unit (so standing
    aside for 2001) who marked 2002: e1 39, e2 49."""
    people = {c.number: c for c in list_contestants(ctx, scored)}
    path = tmp_path / "judges.csv"
    path.write_text(
        f"code,name,unit,role,trades\nJ9,周正,{people['2001'].unit},judge,electrician\n", "utf-8"
    )
    import_judges(ctx, scored, path)
    j9 = next(j.id for j in list_judges(ctx, scored) if j.code == "J9")
    record_mark(ctx, people["2002"].id, "e1", Decimal(39), judge_id=j9)
    record_mark(ctx, people["2002"].id, "e2", Decimal(49), judge_id=j9)
    return scored


def test_each_judge_beside_their_panels(ctx, with_j9):
    # 2001 e1 35 33 (J1 +1, J2 −1), e2 50 52 (J1 −1, J2 +1); J9 stood aside: no offset.
    # 2002 e1 38 37 39, mean 38 (J1 0, J2 −1, J9 +1); e2 55 54 49, mean 158/3
    #   (J1 +7/3, J2 +4/3, J9 −11/3), 55 − 49 = 6 > 5: flagged.
    # J1 (1 − 1 + 0 + 7/3) / 4 = 7/12; J2 (−1 + 1 − 1 + 4/3) / 4 = 1/12; J9 (1 − 11/3) / 2 = −4/3
    analysis = judge_analysis(ctx, with_j9, "electrician")
    assert [line.cells() for line in analysis.lines] == [
        ["J1", "张建国", "4", "0.58", "0.25", "0", "0"],
        ["J2", "李红梅", "4", "0.08", "0.25", "0", "0"],
        ["J9", "周正", "2", "-1.33", "0.50", "0", "0"],
    ]
    assert analysis.panels == 4 and not analysis.trims and analysis.agreement == ()


def test_a_trade_without_panels_lists_nobody(ctx, scored):
    analysis = judge_analysis(ctx, scored, "fitter")
    assert analysis.lines == () and analysis.panels == 0


def test_only_the_roles_that_read_the_audit_trail_may_see_it(ctx, scored):
    staff = hire_staff(ctx)
    for allowed in (staff.chief, staff.organizer, staff.viewer):
        assert len(judge_analysis(allowed, scored, "electrician").lines) == 2
    for refused in (staff.judge, staff.encryption):
        with pytest.raises(PermissionDenied, match="无权查看审计日志"):
            judge_analysis(refused, scored, "electrician")


def test_a_blind_trade_names_its_judges_and_shows_the_same_numbers(ctx, scored):
    from competition_app.services.contest_day.blind_codes import generate_codes
    from competition_app.services.setup.trades import get_trade

    before = [line.cells() for line in judge_analysis(ctx, scored, "electrician").lines]
    blind_from_the_start(ctx, get_trade(ctx, scored, "electrician").id)
    generate_codes(ctx, scored, "electrician")
    after = [line.cells() for line in judge_analysis(ctx, scored, "electrician").lines]
    assert after == before and [row[:2] for row in after] == [["J1", "张建国"], ["J2", "李红梅"]]
