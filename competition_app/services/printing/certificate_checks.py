"""Checking certificates: telling a genuine one from a void, altered or unknown one, online by
its code or offline by its signed QR statement, and listing those the results no longer bear out.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from competition_app.domain.certificate_codes import check_code, parse_code
from competition_app.domain.certificate_facts import CertificateFacts, facts_for, kind_of
from competition_app.domain.certificate_statement import (
    check,
    event_private_key,
    fingerprint,
    parse,
    public_key_bytes,
    public_key_file,
    read_public_key_file,
)
from competition_app.domain.results import ResultRow
from competition_app.services.context import Context
from competition_app.services.printing.print_state import load_event
from competition_app.services.results.results import compute
from competition_app.storage.models import Event, IssuedCertificate, Trade


def stored_facts(cert: IssuedCertificate, ev: Event) -> CertificateFacts:
    """What an issued certificate printed, as recorded when it was issued."""
    return CertificateFacts(cert.name, cert.unit, cert.trade, cert.award, cert.title, ev.name)


@dataclass(frozen=True)
class Verification:
    genuine: bool
    serial: str
    message: str
    name: str = ""
    unit: str = ""
    trade: str = ""
    award: str = ""
    title: str = ""
    event: str = ""
    issued_at: str = ""


VOID = "已作废（成绩已变更）"


def verify_certificate(ctx: Context, code: str) -> Verification:
    """Tells a genuine certificate from a void, altered or unknown one by its verification code.

    A serial alone does not say which database issued it: it is the year and the event's id, so
    event 1 on two laptops gives the same serials. What this database issued is the whole code
    (serial and check part), kept with the certificate. So a code whose serial is known here but
    whose check part is not the one issued is 本数据库未颁发此证书 (another database's, mistyped,
    or made up: the code alone cannot tell which), never "篡改". 篡改 is said only where it is
    known: the code is exactly one this database issued, but the facts recorded with it no
    longer give that check part under the event's secret (the record was changed after issue).
    What the paper prints is compared by the person checking, against the facts shown here.

    A certificate is void as soon as the results no longer say what it prints (a re-import, an
    upheld appeal, a change after an unlock, a renamed trade), not only once it is reprinted.
    """
    try:
        serial, mac = parse_code(code)
    except ValueError:
        return Verification(False, "", "验证码格式不对：应为“证书编号-校验码”")
    with ctx.db.reading() as s:
        cert = s.scalars(
            select(IssuedCertificate).where(IssuedCertificate.serial == serial)
        ).first()
        if cert is None or not _same_check_part(cert.code, mac):
            return Verification(
                False,
                serial,
                f"本数据库未颁发此证书（验证码 {serial}-{mac}）"
                + (
                    ""
                    if cert is None
                    else "：本库同编号证书的校验码不同，编号在不同赛事数据库间会重复"
                )
                + "；请核对验证码是否抄错，或到颁发它的赛事数据库核验、用二维码离线核验",
            )
        ev = s.get(Event, cert.event_id)
        assert ev is not None
        stored = stored_facts(cert, ev)
        if not check_code(cert.code, stored.signed_text, bytes.fromhex(ev.secret)):
            return Verification(
                False, serial, "校验码与本数据库记录的证书内容不符：证书记录在颁发后被篡改"
            )
        facts = (cert.name, cert.unit, cert.trade, cert.award, cert.title, ev.name)
        if cert.revoked:
            return Verification(False, serial, f"{VOID}，已重新颁发", *facts)
        if not stored.same_as(_current_facts(s, cert, ev)):
            return Verification(False, serial, f"{VOID}，需重新打印", *facts)
        return Verification(True, serial, "证书真实有效", *facts, cert.issued_at.isoformat(sep=" "))


def _same_check_part(issued_code: str, mac: str) -> bool:
    """Whether `mac` (as parsed from a typed code) is the check part of the code issued."""
    try:
        _serial, issued = parse_code(issued_code)
    except ValueError:
        return False
    return hmac.compare_digest(issued, mac)


def _current_facts(
    s: Session,
    cert: IssuedCertificate,
    ev: Event,
    results: dict[int, dict[str, ResultRow]] | None = None,
) -> CertificateFacts | None:
    """What the certificate would print from today's results (None: it would not be printed).

    `results` keeps each trade's rows by contestant key between calls (a list of many
    certificates computes each trade once)."""
    trade = s.get(Trade, cert.trade_id) if cert.trade_id is not None else None
    if trade is None or cert.contestant_id is None:
        return None
    results = {} if results is None else results
    if trade.id not in results:
        results[trade.id] = {r.key: r for r in compute(s, trade).rows}
    row = results[trade.id].get(str(cert.contestant_id))
    kind = kind_of(cert.award, cert.title)
    return None if row is None else facts_for(row, trade=trade.name, event=ev.name, kind=kind)


def verify_offline(qr_text: str, key_file_text: str) -> Verification:
    """Check a scanned QR statement against a published key file: no database involved.

    Says only what the signature proves (the event's key signed these facts); whether the
    certificate was later voided can only be asked of the organizer's database (`verify CODE`).
    """
    try:
        key = read_public_key_file(key_file_text)
        statement, _body, _sig = parse(qr_text)
    except ValueError as e:
        return Verification(False, "", str(e))
    checked = check(qr_text, key)
    if checked is None:
        return Verification(
            False,
            statement.serial,
            f"签名不符：二维码内容被改动，或不是公钥指纹为 {fingerprint(key)} 的赛事颁发的",
        )
    award, _, title = checked.honour.partition("、")
    return Verification(
        True,
        checked.serial,
        f"签名有效：由公钥指纹为 {fingerprint(key)} 的赛事签发（离线核验，不含作废信息）",
        checked.name,
        checked.unit,
        checked.trade,
        award,
        title,
        checked.event,
        checked.issued,
    )


def event_key_file(ctx: Context, event_id: int) -> tuple[str, str]:
    """(key file text, fingerprint) of the event's public signing key, to publish."""
    with ctx.db.reading() as s:
        ev = load_event(s, event_id)
        public = public_key_bytes(event_private_key(bytes.fromhex(ev.secret)).public_key())
        return public_key_file(public, ev.name), fingerprint(public)


@dataclass(frozen=True)
class StaleCertificate:
    serial: str
    name: str
    trade: str
    honour: str
    now: str  # what the results say today ("" when no certificate is due any more)


def stale_certificates(ctx: Context, event_id: int) -> list[StaleCertificate]:
    """Issued certificates the results no longer bear out: to reprint (or withdraw)."""
    with ctx.db.reading() as s:
        ev = load_event(s, event_id)
        out = []
        rows_by_trade: dict[int, dict[str, ResultRow]] = {}
        for cert in s.scalars(
            select(IssuedCertificate)
            .where(IssuedCertificate.event_id == event_id, IssuedCertificate.revoked.is_(False))
            .order_by(IssuedCertificate.serial)
        ):
            now = _current_facts(s, cert, ev, rows_by_trade)
            stored = stored_facts(cert, ev)
            if not stored.same_as(now):
                out.append(
                    StaleCertificate(
                        cert.serial,
                        cert.name,
                        cert.trade,
                        stored.honour,
                        "" if now is None else f"{now.trade} {now.honour}",
                    )
                )
        return out
