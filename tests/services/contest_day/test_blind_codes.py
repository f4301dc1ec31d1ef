"""Blind codes through the services: generation, tables, marks by code, the code-only grid,
and decryption only after the lock, only by the encryption judge or organizer."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text

from competition_app.domain.errors import LockedError, PermissionDenied, UserError
from competition_app.services.contest_day.blind_codes import (
    DecryptionRefused,
    blind_grid_rows,
    code_tables,
    code_tables_pdf,
    decrypt_results,
    generate_codes,
    record_mark_by_code,
)
from competition_app.services.integrity.audit import audit_log
from competition_app.services.printing.certificates import issue_certificates
from competition_app.services.printing.printing import result_sheet_pdf
from competition_app.services.registration.contestants import (
    ContestantInfo,
    add_contestant,
    list_contestants,
)
from competition_app.services.results.locking import lock_trade
from competition_app.services.results.results import results_for
from competition_app.services.scoring.scoring import record_score, record_time
from competition_app.services.setup.trade_options import set_trade_options
from competition_app.services.setup.trades import get_trade
from tests.reports.pdf_tools import PdfTools
from tests.services.staff import fast_passwords, hire_staff, supervisor  # noqa: F401


def _codes(ctx, event_id, trade="electrician"):
    t = code_tables(ctx, event_id, trade)
    to_checkin = {r.number: r.checkin_code for r in t.first}
    to_piece = {r.checkin_code: r.workpiece_code for r in t.second}
    return {n: to_piece[c] for n, c in to_checkin.items()}


def test_codes_for_everybody_two_layers_and_tables_that_reveal_no_order(ctx, event_id):
    assert generate_codes(ctx, event_id, "electrician") == 2
    assert generate_codes(ctx, event_id, "electrician") == 0  # nobody new
    t = code_tables(ctx, event_id, "electrician")
    assert [r.number for r in t.first] == ["2001", "2002"]
    assert [r.checkin_code for r in t.second] == sorted(r.checkin_code for r in t.second)
    codes = {r.checkin_code for r in t.first} | {r.workpiece_code for r in t.second}
    assert len(codes) == 4 and all(len(c) == 7 and c[3] == "-" for c in codes)
    # the audit trail holds a fingerprint of the table, never the codes
    for entry in audit_log(supervisor(ctx), event_id):
        assert not any(c in entry.new or c.replace("-", "") in entry.new for c in codes)
    assert any(a.action == "codes.tables" for a in audit_log(supervisor(ctx), event_id))


def test_a_contestant_added_later_gets_codes_on_the_next_run(ctx, event_id):
    generate_codes(ctx, event_id, "electrician")
    add_contestant(ctx, event_id, ContestantInfo(0, "2003", "周明", "electrician", "电工"))
    assert generate_codes(ctx, event_id, "electrician") == 1
    assert len(code_tables(ctx, event_id, "electrician").first) == 3


def test_marks_by_work_piece_code_land_on_the_right_contestant(ctx, event_id):
    generate_codes(ctx, event_id, "electrician")
    piece = _codes(ctx, event_id)["2002"]
    saved = record_mark_by_code(ctx, event_id, "electrician", piece.lower(), "e1", Decimal("33"))
    assert saved.value == Decimal(33)
    grid = blind_grid_rows(ctx, get_trade(ctx, event_id, "electrician").id)
    row = next(r for r in grid.rows if r.workpiece_code == piece)
    e1 = next(i for i, c in enumerate(grid.columns) if c.code == "e1" and c.judge_id == 0)
    assert row.values[e1] == Decimal(33)


def test_the_judges_grid_shows_codes_only(ctx, event_id):
    generate_codes(ctx, event_id, "electrician")
    grid = blind_grid_rows(ctx, get_trade(ctx, event_id, "electrician").id)
    assert grid.without_code == 0 and len(grid.rows) == 2
    shown = repr(grid.rows)
    for secret in ("2001", "2002", "刘洋", "陈静", "国网", "川仪"):
        assert secret not in shown
    assert not hasattr(grid.rows[0], "contestant_id")
    assert all(c.kind != "time" for c in grid.columns)


def test_a_wrong_or_check_in_code_is_refused_not_misfiled(ctx, event_id):
    generate_codes(ctx, event_id, "electrician")
    checkin_code = code_tables(ctx, event_id, "electrician").first[0].checkin_code
    with pytest.raises(UserError, match="检录号"):
        record_mark_by_code(ctx, event_id, "electrician", checkin_code, "e1", Decimal("30"))
    with pytest.raises(UserError, match="没有工件号"):
        record_mark_by_code(ctx, event_id, "electrician", "ZZZ999", "e1", Decimal("30"))
    with pytest.raises(UserError, match="不是工件号"):
        record_mark_by_code(ctx, event_id, "electrician", "2001", "e1", Decimal("30"))


def test_decryption_before_the_lock_is_refused(ctx, event_id):
    generate_codes(ctx, event_id, "electrician")
    with pytest.raises(DecryptionRefused, match="锁定"):
        decrypt_results(ctx, event_id, "electrician")
    assert not any(a.action == "codes.decrypt" for a in audit_log(supervisor(ctx), event_id))


def test_decryption_after_the_lock_links_codes_back_and_is_audited(ctx, event_id):
    staff = hire_staff(ctx)
    generate_codes(staff.encryption, event_id, "electrician")
    codes = _codes(staff.encryption, event_id)
    lock_trade(staff.chief, get_trade(ctx, event_id, "electrician").id)
    for who in (staff.judge, staff.chief, staff.viewer):
        with pytest.raises(PermissionDenied):
            decrypt_results(who, event_id, "electrician")
    d = decrypt_results(staff.encryption, event_id, "electrician")
    assert d.table_intact
    assert {r.number: r.workpiece_code for r in d.rows} == codes
    entry = next(a for a in audit_log(supervisor(ctx), event_id) if a.action == "codes.decrypt")
    assert entry.user == "加密裁判"
    assert decrypt_results(staff.organizer, event_id, "electrician").rows == d.rows


def test_a_code_swapped_in_the_database_shows_at_decryption(ctx, event_id):
    generate_codes(ctx, event_id, "electrician")
    with ctx.db.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE blind_code SET workpiece_code = 'ZZZ999' WHERE contestant_id = "
                "(SELECT MIN(contestant_id) FROM blind_code)"
            )
        )
    lock_trade(ctx, get_trade(ctx, event_id, "electrician").id)
    assert not decrypt_results(ctx, event_id, "electrician").table_intact


def test_regeneration_only_before_marks_and_never_when_locked(ctx, event_id):
    generate_codes(ctx, event_id, "electrician")
    before = _codes(ctx, event_id)
    assert generate_codes(ctx, event_id, "electrician", regenerate=True) == 2
    assert _codes(ctx, event_id) != before
    assert any(a.action == "codes.regenerate" for a in audit_log(supervisor(ctx), event_id))
    record_mark_by_code(
        ctx, event_id, "electrician", _codes(ctx, event_id)["2001"], "e1", Decimal("30")
    )
    with pytest.raises(UserError, match="已有"):
        generate_codes(ctx, event_id, "electrician", regenerate=True)
    lock_trade(ctx, get_trade(ctx, event_id, "electrician").id)
    with pytest.raises(LockedError):
        generate_codes(ctx, event_id, "electrician", regenerate=True)


def test_codes_and_tables_belong_to_the_encryption_judge_and_organizer(ctx, event_id):
    staff = hire_staff(ctx)
    for who in (staff.judge, staff.chief, staff.viewer):
        with pytest.raises(PermissionDenied):
            generate_codes(who, event_id, "electrician")
    generate_codes(staff.organizer, event_id, "electrician")
    for who in (staff.judge, staff.chief):
        with pytest.raises(PermissionDenied):
            code_tables(who, event_id, "electrician")
    assert code_tables(staff.encryption, event_id, "electrician").first


def test_the_encryption_judge_does_not_mark(ctx, event_id):
    staff = hire_staff(ctx)
    generate_codes(staff.encryption, event_id, "electrician")
    piece = _codes(staff.encryption, event_id)["2001"]
    with pytest.raises(PermissionDenied):
        record_mark_by_code(staff.encryption, event_id, "electrician", piece, "e1", Decimal("30"))
    record_mark_by_code(staff.judge, event_id, "electrician", piece, "e1", Decimal("30"))


def test_blind_flag_and_audit_keys_by_code(ctx, event_id):
    trade = get_trade(ctx, event_id, "electrician")
    set_trade_options(ctx, trade.id, blind=True)
    generate_codes(ctx, event_id, "electrician")
    piece = _codes(ctx, event_id)["2001"]
    record_mark_by_code(ctx, event_id, "electrician", piece, "e1", Decimal("30"))
    mark = next(a for a in audit_log(supervisor(ctx), event_id) if a.action == "mark")
    assert mark.key.startswith(piece.replace("-", "")) and "2001" not in mark.key
    # the theory score and the time, entered by number from the exam list, are filed by code too
    people = {c.number: c.id for c in list_contestants(ctx, event_id, "electrician")}
    record_score(ctx, people["2001"], "theory", Decimal("88"))
    record_time(ctx, people["2001"], Decimal("95"))
    for action in ("score", "time"):
        entry = next(a for a in audit_log(supervisor(ctx), event_id) if a.action == action)
        assert entry.key.startswith(piece.replace("-", "")) and "2001" not in entry.key, action
    assert results_for(ctx, event_id, "electrician").trade.id == trade.id


def test_code_tables_print_as_sealed_lists_each_layer_alone(ctx, event_id, tmp_path):
    staff = hire_staff(ctx)
    generate_codes(staff.encryption, event_id, "electrician")
    t = code_tables(staff.encryption, event_id, "electrician")
    pdf = PdfTools(tmp_path)
    both = code_tables_pdf(staff.encryption, event_id, "electrician")
    text = pdf.text(both)
    assert "2001" in text and "刘洋" in text
    assert all(r.checkin_code in text and r.workpiece_code in text for r in t.second)
    assert f"表指纹：{t.digest[:16]}" in pdf.flat_text(both)
    second = pdf.text(code_tables_pdf(staff.encryption, event_id, "electrician", (2,)))
    assert "2001" not in second and "刘洋" not in second  # the second keeper learns no names
    assert all(r.workpiece_code in second for r in t.second)
    printed = [a for a in audit_log(supervisor(ctx), event_id) if a.action == "codes.tables"]
    assert len(printed) == 3 and {a.user for a in printed} == {staff.encryption.user}
    with pytest.raises(PermissionDenied):
        code_tables_pdf(staff.judge, event_id, "electrician")
    with pytest.raises(UserError, match="两层"):
        code_tables_pdf(staff.encryption, event_id, "electrician", (3,))


def test_blind_results_show_codes_only_until_the_locked_trade_is_decrypted(ctx, event_id):
    staff = hire_staff(ctx)
    trade = get_trade(ctx, event_id, "electrician")
    set_trade_options(staff.organizer, trade.id, blind=True)
    generate_codes(staff.encryption, event_id, "electrician")
    codes = _codes(staff.encryption, event_id)
    record_mark_by_code(staff.judge, event_id, "electrician", codes["2001"], "e1", Decimal("30"))

    def shown(who):
        res = results_for(who, event_id, "electrician")
        return res.identities_hidden, {(r.number, r.name, r.unit) for r in res.rows}

    hidden_rows = {(code, "", "") for code in codes.values()}
    # before the lock nobody, whatever the role, sees whose result is whose
    for who in (staff.organizer, staff.chief, staff.judge, staff.encryption, staff.viewer):
        assert shown(who) == (True, hidden_rows)
    with pytest.raises(UserError, match="解密前不能打印获奖证书"):
        issue_certificates(staff.organizer, event_id, trade_code="electrician")
    with pytest.raises(UserError, match=r"解密前不能打印成绩公示表.*锁定"):
        result_sheet_pdf(staff.organizer, event_id, "electrician")
    lock_trade(staff.chief, trade.id)
    assert shown(staff.organizer) == (True, hidden_rows)  # locked is not yet decrypted
    with pytest.raises(UserError, match="请加密裁判在“加密”页解密"):
        result_sheet_pdf(staff.organizer, event_id, "electrician")
    decrypt_results(staff.encryption, event_id, "electrician")
    hidden, rows = shown(staff.viewer)
    assert not hidden and ("2001", "刘洋") in {(n, name) for n, name, _u in rows}
    assert result_sheet_pdf(staff.organizer, event_id, "electrician").startswith(b"%PDF")


def test_a_trade_without_blind_marking_shows_names_as_ever(ctx, event_id):
    generate_codes(ctx, event_id, "electrician")  # codes alone do not make a trade blind
    res = results_for(ctx, event_id, "electrician")
    assert not res.identities_hidden and "刘洋" in {r.name for r in res.rows}
