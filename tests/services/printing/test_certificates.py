"""Certificates as the organizer issues them: only for final results, one serial per winner kept
on reprint, a code that verifies (checking them: test_certificate_checks)."""

from __future__ import annotations

import re

import pytest

from competition_app.domain.errors import UserError
from competition_app.services.integrity.audit import audit_log
from competition_app.services.printing.certificate_checks import (
    stale_certificates,
    verify_certificate,
)
from competition_app.services.printing.certificates import (
    calibration_pdf,
    certificates_pdf,
    issue_certificates,
    layout_by_name,
)
from competition_app.services.results.locking import lock_trade
from competition_app.services.setup.trade_options import set_trade_options
from competition_app.services.setup.trades import get_trade
from tests.services.staff import supervisor

CODE = re.compile(r"\d{6}-\d{4}-[0-9A-Z]{8}")


def test_an_unlocked_trade_is_refused_with_the_reason_and_issues_nothing(ctx, scored):
    with pytest.raises(UserError, match="不能打印正式证书") as refused:
        issue_certificates(ctx, scored, trade_code="fitter")
    assert "钳工：成绩未经裁判长锁定" in str(refused.value)
    assert stale_certificates(ctx, scored) == []
    assert not any(a.action == "certificates.issue" for a in audit_log(supervisor(ctx), scored))


def test_drafts_carry_the_reason_and_no_serial_or_code(ctx, scored):
    job = issue_certificates(ctx, scored, trade_code="fitter", draft=True)
    assert job.issued == 0
    assert [(c.name, c.serial, c.code, c.draft) for c in job.items] == [
        ("李娜", "草稿（未颁发）", "", ("成绩未经裁判长锁定",))
    ]


def test_a_locked_trade_gives_one_certificate_per_winner_with_a_code_that_verifies(ctx, locked):
    job = issue_certificates(ctx, locked, trade_code="fitter")
    assert job.issued == 1
    (cert,) = job.items
    assert (cert.name, cert.trade, cert.award, cert.rank) == ("李娜", "钳工", "三等奖", "第 1 名")
    assert cert.serial == f"2022{locked:02d}-0001" and cert.code.startswith(cert.serial + "-")
    check = verify_certificate(ctx, cert.code)
    assert check.genuine and check.message == "证书真实有效"
    assert (check.name, check.unit, check.trade, check.award) == (
        "李娜",
        "重庆机床集团有限责任公司",
        "钳工",
        "三等奖",
    )
    entry = next(a for a in audit_log(supervisor(ctx), locked) if a.action == "certificates.issue")
    assert '"issued": 1' in entry.new


def test_a_reprint_keeps_the_serial_and_issues_nothing_new(ctx, locked):
    first = issue_certificates(ctx, locked, trade_code="fitter")
    again = issue_certificates(ctx, locked, trade_code="fitter")
    assert again.issued == 0
    assert [c.code for c in again.items] == [c.code for c in first.items]


def test_the_pdf_has_a_page_per_certificate_with_the_code_printed(ctx, locked, pdf):
    data, count = certificates_pdf(ctx, locked, trade_code="fitter")
    assert count == 1 == pdf.pages(data)
    flat = pdf.flat_text(data)
    assert "李娜" in flat and "三等奖" in flat and "荣誉证书" in flat
    (code,) = CODE.findall(pdf.text(data))
    assert verify_certificate(ctx, code).genuine
    pdf.assert_fonts_embedded(data)


def test_a_failed_write_issues_no_serial(ctx, locked):
    def full_disk(_pdf: bytes) -> None:
        raise OSError("No space left on device")

    with pytest.raises(OSError):
        certificates_pdf(ctx, locked, trade_code="fitter", deliver=full_disk)
    assert not any(a.action == "certificates.issue" for a in audit_log(supervisor(ctx), locked))
    # nothing was kept: the next job issues the certificate, with the first serial
    job = issue_certificates(ctx, locked, trade_code="fitter")
    assert job.issued == 1 and job.items[0].serial == f"2022{locked:02d}-0001"


def test_a_preview_shows_the_serial_a_print_would_issue_and_issues_nothing(ctx, locked, pdf):
    data, count = certificates_pdf(ctx, locked, trade_code="fitter", preview=True)
    assert count == 1
    (shown,) = CODE.findall(pdf.text(data))
    assert not verify_certificate(ctx, shown).genuine  # not issued: nothing verifies it
    assert not any(a.action == "certificates.issue" for a in audit_log(supervisor(ctx), locked))
    with pytest.raises(ValueError):
        certificates_pdf(ctx, locked, trade_code="fitter", preview=True, deliver=lambda _: None)
    # printing it then issues exactly what the preview showed
    data, _ = certificates_pdf(ctx, locked, trade_code="fitter")
    assert CODE.findall(pdf.text(data)) == [shown] and verify_certificate(ctx, shown).genuine


def test_pre_printed_stock_prints_no_heading(ctx, locked, pdf):
    data, _ = certificates_pdf(ctx, locked, trade_code="fitter", preprinted=True)
    flat = pdf.flat_text(data)
    assert "荣誉证书" not in flat and "李娜" in flat


def test_a_trade_with_no_winner_has_nothing_to_print(ctx, scored):
    lock_trade(ctx, get_trade(ctx, scored, "electrician").id)  # no theory scores: no totals
    with pytest.raises(UserError, match="没有获奖或获得称号的选手，没有证书可打印"):
        certificates_pdf(ctx, scored, trade_code="electrician")


def test_a_blind_trade_gives_no_certificates_before_decryption(ctx, scored):
    fitter = get_trade(ctx, scored, "fitter")
    set_trade_options(ctx, fitter.id, blind=True)
    lock_trade(ctx, fitter.id)
    with pytest.raises(UserError, match="获奖证书"):
        issue_certificates(ctx, scored, trade_code="fitter")


def test_unknown_trade_and_layout_are_refused_with_the_choices(ctx, scored):
    with pytest.raises(UserError, match=f"赛事 {scored} 没有工种“welder”"):
        issue_certificates(ctx, scored, trade_code="welder")
    with pytest.raises(
        UserError, match="没有名为“nope”的证书版式（可选：classic-cn、plain-bilingual"
    ):
        layout_by_name("nope")


def test_an_offset_pushing_fields_off_the_sheet_is_refused(pdf):
    with pytest.raises(UserError, match="偏移量使字段超出纸张：name"):
        calibration_pdf(None, (500.0, 0.0))
    assert pdf.pages(calibration_pdf(None, (2.0, -1.5))) == 1
