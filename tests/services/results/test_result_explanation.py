"""Explaining a result from what is stored: judges by name, and who stood aside."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.errors import UserError
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.registration.judges import import_judges
from competition_app.services.results.result_explanation import explain_result
from competition_app.services.scoring.scoring import record_mark, record_score
from competition_app.services.setup.trades import get_trade
from tests.services.staff import fast_passwords, hire_staff  # noqa: F401


def test_the_working_names_the_judges_and_who_stood_aside(ctx, event_id, tmp_path):
    people = {c.number: c for c in list_contestants(ctx, event_id)}
    unit = people["2001"].unit
    path = tmp_path / "judges.csv"
    path.write_text(f"code,name,unit,role,trades\nJ9,周正,{unit},judge,electrician\n", "utf-8")
    import_judges(ctx, event_id, path)
    judges = {c.judge_code: c.judge_id for c in _mark_columns(ctx, event_id)}
    record_score(ctx, people["2001"].id, "theory", Decimal(80))
    for crit, marks in (("e1", ("30", "33")), ("e2", ("50", "51"))):
        for code, mark in zip(("J1", "J2"), marks, strict=True):
            record_mark(ctx, people["2001"].id, crit, Decimal(mark), judge_id=judges[code])
    text = explain_result(ctx, event_id, "electrician", "2001").text()
    assert "评分：J1 张建国 30；J2 李红梅 33" in text
    assert f"J9 周正：回避（与选手同属“{unit}”）" in text
    # e1 = 63/2, e2 = 101/2: practical 82; 0.4 × 80 + 0.6 × 82 = 81.2
    assert "按四舍五入保留 2 位：81.20" in text
    english = explain_result(ctx, event_id, "electrician", "2001", lang="en").text()
    assert f"J9 周正: stood aside (same unit as the contestant, {unit})" in english


def test_an_unknown_number_is_refused(ctx, event_id):
    with pytest.raises(UserError, match="没有参赛证号为“9999”的选手"):
        explain_result(ctx, event_id, "electrician", "9999")


def _mark_columns(ctx, event_id):
    from competition_app.services.scoring.score_grid import load_grid

    grid = load_grid(ctx, get_trade(ctx, event_id, "electrician").id)
    return [c for c in grid.columns if c.judge_id]


def test_a_blind_trade_is_explained_by_work_piece_code_until_decrypted(ctx, event_id):
    from competition_app.domain.blind_codes import printed
    from competition_app.services.contest_day.blind_codes import (
        code_tables,
        decrypt_results,
        generate_codes,
    )
    from competition_app.services.results.locking import lock_trade
    from competition_app.services.setup.trade_options import set_trade_options

    staff = hire_staff(ctx)
    trade = get_trade(ctx, event_id, "electrician")
    set_trade_options(staff.organizer, trade.id, blind=True)
    generate_codes(staff.encryption, event_id, "electrician")
    tables = code_tables(staff.encryption, event_id, "electrician")
    checkin = {r.number: r.checkin_code for r in tables.first}
    piece = {r.checkin_code: r.workpiece_code for r in tables.second}[checkin["2001"]]
    # by entry number nothing is found: that would tie the number to the result
    with pytest.raises(UserError, match="没有参赛证号为“2001”的选手"):
        explain_result(staff.chief, event_id, "electrician", "2001")
    text = explain_result(staff.chief, event_id, "electrician", piece.lower()).text()
    assert text.startswith(f"选手 {printed(piece)}\n")
    assert "刘洋" not in text and "国网" not in text
    lock_trade(staff.chief, trade.id)
    decrypt_results(staff.encryption, event_id, "electrician")
    assert "刘洋" in explain_result(staff.chief, event_id, "electrician", "2001").text()
