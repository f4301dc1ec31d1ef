"""Certificates as a stranger checks them: void the moment the result changes, and a code or
QR statement that verifies only when genuine."""

from __future__ import annotations

import pytest

from competition_app.services.printing.certificate_checks import (
    event_key_file,
    stale_certificates,
    verify_certificate,
    verify_offline,
)
from competition_app.services.printing.certificates import issue_certificates
from competition_app.services.results.locking import lock_trade, unlock_trade
from competition_app.services.scoring.score_file import import_scores
from competition_app.services.setup.trades import get_trade, update_trade


def appeal(ctx, event_id, tmp_path):
    """An upheld appeal: 李娜's marks struck, 张强's practical score found. Locked again."""
    fitter = get_trade(ctx, event_id, "fitter")
    unlock_trade(ctx, fitter.id, "申诉成立")
    marks = tmp_path / "appeal.csv"
    marks.write_text("number,theory,practical\n1002,0,0\n1003,70,80\n", encoding="utf-8")
    import_scores(ctx, event_id, "fitter", marks)
    lock_trade(ctx, fitter.id)


def test_a_changed_result_voids_the_certificate_at_once_and_a_reprint_replaces_it(
    ctx, locked, tmp_path
):
    old = issue_certificates(ctx, locked, trade_code="fitter").items[0].code
    appeal(ctx, locked, tmp_path)
    void = verify_certificate(ctx, old)
    assert not void.genuine and void.message == "已作废（成绩已变更），需重新打印"
    assert void.name == "李娜"  # what the paper says, for the person checking it
    assert [(s.name, s.honour, s.now) for s in stale_certificates(ctx, locked)] == [
        ("李娜", "三等奖", "")
    ]
    job = issue_certificates(ctx, locked, trade_code="fitter")
    assert [(c.name, c.award) for c in job.items] == [("王伟", "二等奖"), ("张强", "三等奖")]
    assert job.issued == 2 and old not in {c.code for c in job.items}
    assert verify_certificate(ctx, old).message == "已作废（成绩已变更），已重新颁发"
    assert stale_certificates(ctx, locked) == []
    assert all(verify_certificate(ctx, c.code).genuine for c in job.items)


def test_a_renamed_trade_voids_and_the_new_serial_names_the_new_trade(ctx, locked):
    old = issue_certificates(ctx, locked, trade_code="fitter").items[0].code
    fitter = get_trade(ctx, locked, "fitter")
    unlock_trade(ctx, fitter.id, "更正工种名称")
    update_trade(ctx, fitter.id, name="钳工（高级）")
    lock_trade(ctx, fitter.id)
    assert not verify_certificate(ctx, old).genuine
    (new,) = issue_certificates(ctx, locked, trade_code="fitter").items
    assert new.code != old
    check = verify_certificate(ctx, new.code)
    assert check.genuine and check.trade == "钳工（高级）"


@pytest.mark.parametrize(
    ("code", "says"),
    [
        pytest.param("abc", "验证码格式不对", id="not-a-code"),
        pytest.param("209999-0001-ABCDEFGH", "本数据库未颁发此证书", id="unknown-serial"),
    ],
)
def test_a_code_not_issued_here_does_not_verify(ctx, locked, code, says):
    check = verify_certificate(ctx, code)
    assert not check.genuine and says in check.message and "篡改" not in check.message


def test_a_known_serial_with_another_check_part_is_not_called_forged(ctx, locked):
    code = issue_certificates(ctx, locked, trade_code="fitter").items[0].code
    other = code[:-1] + ("A" if code[-1] != "A" else "B")
    check = verify_certificate(ctx, other)
    assert not check.genuine
    assert "本数据库未颁发此证书" in check.message and "校验码不同" in check.message


def test_the_qr_statement_verifies_offline_with_the_published_key(ctx, locked):
    (cert,) = issue_certificates(ctx, locked, trade_code="fitter").items
    key_file, fingerprint = event_key_file(ctx, locked)
    assert cert.fingerprint == fingerprint
    offline = verify_offline(cert.qr, key_file)
    assert offline.genuine and (offline.name, offline.award) == ("李娜", "三等奖")
    assert fingerprint in offline.message
    altered = verify_offline(cert.qr.replace("三等奖", "一等奖"), key_file)
    assert not altered.genuine and altered.message.startswith("签名不符")
