"""Certificates: issuing them (serials kept by trade id, contestant and kind), printing them,
and telling a genuine one from a void, altered or unknown one, online or offline."""

from __future__ import annotations

import hmac
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from competition_app.domain.certificate_codes import check_code, make_code, parse_code
from competition_app.domain.certificate_facts import (
    CertificateFacts,
    certificate_kinds,
    facts_for,
    kind_of,
)
from competition_app.domain.certificate_statement import (
    Statement,
    check,
    event_private_key,
    fingerprint,
    parse,
    public_key_bytes,
    public_key_file,
    read_public_key_file,
    sign,
)
from competition_app.domain.errors import UserError
from competition_app.domain.results import ResultRow
from competition_app.reports.calibration import fields_off_page, render_calibration
from competition_app.reports.certificate import CertificateData, render_certificates
from competition_app.reports.layouts import (
    Layout,
    builtin_layout,
    builtin_layout_names,
    load_layout,
)
from competition_app.services.contest_day.blind_results import ensure_identities_shown
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.printing.glyphs import ensure_drawable
from competition_app.services.printing.print_state import (
    event_date,
    load_event,
    trade_draft_reasons,
)
from competition_app.services.results.results import compute
from competition_app.storage.models import (
    Event,
    IssuedCertificate,
    Trade,
)

Progress = Callable[[int, int], bool | None]


@dataclass(frozen=True)
class CertificateJob:
    items: tuple[CertificateData, ...]
    issued: int  # serials newly issued by this job


def _serial(ev: Event, seq: int) -> str:
    return f"{event_date(ev).year}{ev.id:02d}-{seq:04d}"


def issue_certificates(
    ctx: Context,
    event_id: int,
    *,
    trade_code: str | None = None,
    awards: Sequence[str] | None = None,
    allow_missing_glyphs: bool = False,
    draft: bool = False,
    separate_titles: bool = False,
) -> CertificateJob:
    """The certificates to print: one per contestant with an award or a title.

    A contestant keeps their serial on reprint while the printed facts stay the same; if they
    changed (an appeal moved an award, the trade was renamed), a new serial is issued and the old
    one revoked. Certificates are kept by trade id and contestant, never by trade name.

    Only final results give certificates: a trade not locked, with a tie for the chief judge or
    marks waiting for verification is refused, unless `draft`, which gives watermarked drafts
    with no serial or code (nothing is issued for them, so nothing about them can verify).
    `separate_titles` (the layout's `titles = "separate"`) gives each title (技术能手) its own
    certificate beside the award's, each with its own serial.
    """
    with ctx.db.unit_of_work() as s:
        return _issue(
            s,
            ctx,
            event_id,
            trade_code=trade_code,
            awards=awards,
            allow_missing_glyphs=allow_missing_glyphs,
            draft=draft,
            separate_titles=separate_titles,
        )


def _issue(
    s: Session,
    ctx: Context,
    event_id: int,
    *,
    trade_code: str | None,
    awards: Sequence[str] | None,
    allow_missing_glyphs: bool,
    draft: bool,
    separate_titles: bool,
) -> CertificateJob:
    """issue_certificates within the caller's unit of work (nothing is committed here)."""
    require(ctx, "events")
    ev = load_event(s, event_id)
    trades = [t for t in ev.trades if trade_code in (None, t.code)]
    if trade_code and not trades:
        raise UserError(f"赛事 {event_id} 没有工种“{trade_code}”")
    for trade in trades:
        ensure_identities_shown(s, trade, "获奖证书")
    results = {t.id: compute(s, t).rows for t in trades}
    reasons = {t.id: trade_draft_reasons(s, t, results[t.id]) for t in trades}
    pending = [f"{t.name}：{'；'.join(reasons[t.id])}" for t in trades if reasons[t.id]]
    if pending and not draft:
        raise UserError(
            "成绩还不是最终结果，不能打印正式证书（需要样张可加 --draft，印“草稿”水印）：\n"
            + "\n".join(pending)
        )
    existing = {
        (c.trade_id, c.contestant_id, kind_of(c.award, c.title)): c
        for c in s.scalars(
            select(IssuedCertificate).where(
                IssuedCertificate.event_id == event_id, IssuedCertificate.revoked.is_(False)
            )
        )
    }
    seq = s.execute(
        select(func.count())
        .select_from(IssuedCertificate)
        .where(IssuedCertificate.event_id == event_id)
    ).scalar_one()
    secret = bytes.fromhex(ev.secret)
    key = event_fingerprint(secret)
    issuer = str(ev.settings.get("issuer") or ev.organizer)
    items: list[CertificateData] = []
    issued = 0
    for trade in trades:
        rows = {int(r.key): r for r in results[trade.id]}
        if not reasons[trade.id]:
            # A certificate whose facts no longer hold is revoked, reprinted now or not.
            for (tid, cid, kind), old in list(existing.items()):
                if tid != trade.id:
                    continue
                row = rows.get(cid or 0)
                now = (
                    None
                    if row is None
                    else facts_for(row, trade=trade.name, event=ev.name, kind=kind)
                )
                if not _stored_facts(old, ev).same_as(now):
                    old.revoked = True
                    del existing[(tid, cid, kind)]
        for cid, row in rows.items():
            if awards and row.award not in awards and not set(row.titles) & set(awards):
                continue
            for kind in certificate_kinds(row, separate_titles=separate_titles):
                facts = facts_for(row, trade=trade.name, event=ev.name, kind=kind)
                if facts is None:
                    continue
                if reasons[trade.id]:
                    items.append(
                        _data(facts, "草稿（未颁发）", "", ev, issuer, row, trade,
                              reasons[trade.id])
                    )  # fmt: skip
                    continue
                cert = existing.get((trade.id, cid, kind))
                if cert is None:
                    seq += 1
                    serial = _serial(ev, seq)
                    cert = IssuedCertificate(
                        event_id=event_id,
                        contestant_id=cid,
                        trade_id=trade.id,
                        serial=serial,
                        code=make_code(serial, facts.signed_text, secret),
                        name=facts.name,
                        unit=facts.unit,
                        trade=facts.trade,
                        award=facts.award,
                        title=facts.title,
                        issued_by=ctx.actor,
                        issued_at=datetime.now().replace(microsecond=0),
                    )
                    s.add(cert)
                    existing[(trade.id, cid, kind)] = cert
                    issued += 1
                qr = sign(_statement(cert, facts), secret)
                items.append(
                    _data(facts, cert.serial, cert.code, ev, issuer, row, trade, (), qr, key)
                )
    # Checked before the unit of work commits: a refused job issues no serials.
    ensure_drawable(
        (
            (f"第 {i} 张证书", (c.name, c.unit, c.trade, c.group, c.award, c.title))
            for i, c in enumerate(items, start=1)
        ),
        allow=allow_missing_glyphs,
    )
    ensure_drawable([("赛事", (ev.name, issuer))], allow=allow_missing_glyphs)
    if issued:
        audit.record(
            s,
            ctx,
            "certificates.issue",
            event_id=event_id,
            entity="certificate",
            key=trade_code or "*",
            new={"issued": issued, "printed": len(items)},
        )
    return CertificateJob(tuple(items), issued)


def event_fingerprint(secret: bytes) -> str:
    """The fingerprint of the event's public signing key (printed on its certificates)."""
    return fingerprint(public_key_bytes(event_private_key(secret).public_key()))


def _statement(cert: IssuedCertificate, facts: CertificateFacts) -> Statement:
    return Statement(
        cert.serial,
        facts.name,
        facts.unit,
        facts.trade,
        facts.honour,
        facts.event,
        cert.issued_at.date().isoformat(),
    )


def _english(ev: Event, trade: Trade, facts: CertificateFacts, group: str) -> dict[str, str]:
    """The English values a bilingual layout prints, from the event's `english` settings."""
    en = ev.settings.get("english") or {}
    honours = en.get("honours") or {}
    out = {
        "event": str(en.get("event") or ""),
        "issuer": str(en.get("issuer") or ""),
        "trade": str((en.get("trades") or {}).get(trade.code) or ""),
        "group": str((en.get("groups") or {}).get(group) or ""),
    }
    parts = [p for p in (facts.award, *facts.title.split("、")) if p]
    if parts and all(p in honours for p in parts):
        out["honour"] = ", ".join(str(honours[p]) for p in parts)
    return {k: v for k, v in out.items() if v}


def _data(
    facts: CertificateFacts,
    serial: str,
    code: str,
    ev: Event,
    issuer: str,
    row: ResultRow,
    trade: Trade,
    draft: tuple[str, ...],
    qr: str = "",
    key: str = "",
) -> CertificateData:
    rank = "" if row.rank is None else f"{'并列' if row.tied else ''}第 {row.rank} 名"
    return CertificateData(
        serial=serial,
        code=code,
        name=facts.name,
        unit=facts.unit,
        trade=facts.trade,
        award=facts.award,
        title=facts.title,
        event=facts.event,
        date=event_date(ev),
        issuer=issuer,
        group=row.group,
        draft=draft,
        qr=qr,
        fingerprint=key,
        rank=rank,
        promotion=row.promotion,
        english=_english(ev, trade, facts, row.group),
    )


def _stored_facts(cert: IssuedCertificate, ev: Event) -> CertificateFacts:
    """What an issued certificate printed, as recorded when it was issued."""
    return CertificateFacts(cert.name, cert.unit, cert.trade, cert.award, cert.title, ev.name)


def layout_by_name(name: str | None) -> Layout:
    if not name:
        return builtin_layout("classic-cn")
    if name in builtin_layout_names():
        return builtin_layout(name)
    if Path(name).exists():
        return load_layout(Path(name))
    raise UserError(
        f"没有名为“{name}”的证书版式（可选：{'、'.join(builtin_layout_names())}，或版式文件路径）"
    )


def certificates_pdf(
    ctx: Context,
    event_id: int,
    *,
    trade_code: str | None = None,
    awards: Sequence[str] | None = None,
    layout: str | None = None,
    preprinted: bool = False,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    progress: Progress | None = None,
    allow_missing_glyphs: bool = False,
    draft: bool = False,
    deliver: Callable[[bytes], object] | None = None,
) -> tuple[bytes, int]:
    """The certificates as one PDF and how many pages it has (drafts: see issue_certificates).

    `deliver(pdf)` (writing the file) runs inside the unit of work that issues the serials: a
    certificate counts as issued only once its PDF is completely written. A full disk, a
    cancelled render or any other failure rolls the serials back, so no code verifies for a
    certificate that was never printed. The write lock is held meanwhile (other stations wait
    for the render: seconds for a trade's certificates).
    """
    chosen = layout_by_name(layout)
    check_offset(chosen, offset_mm)
    with ctx.db.unit_of_work() as s:
        job = _issue(
            s,
            ctx,
            event_id,
            trade_code=trade_code,
            awards=awards,
            allow_missing_glyphs=allow_missing_glyphs,
            draft=draft,
            separate_titles=chosen.titles == "separate",
        )
        if not job.items:
            raise UserError("没有获奖或获得称号的选手，没有证书可打印")
        pdf = render_certificates(
            job.items,
            chosen,
            preprinted=preprinted,
            offset_mm=offset_mm,
            progress=progress,
        )
        if deliver is not None:
            deliver(pdf)
    return pdf, len(job.items)


def check_offset(layout: Layout, offset_mm: tuple[float, float]) -> None:
    """Refuse an offset (--dx/--dy) that pushes a field off the sheet."""
    off = fields_off_page(layout, offset_mm)
    if off:
        raise UserError(f"偏移量使字段超出纸张：{'、'.join(off)}；请减小 --dx/--dy")


def calibration_pdf(layout: str | None, offset_mm: tuple[float, float] = (0.0, 0.0)) -> bytes:
    """The calibration page of a layout for pre-printed stock, with the offset applied."""
    chosen = layout_by_name(layout)
    check_offset(chosen, offset_mm)
    return render_calibration(chosen, offset_mm)


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
        stored = _stored_facts(cert, ev)
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


def _current_facts(s: Session, cert: IssuedCertificate, ev: Event) -> CertificateFacts | None:
    """What the certificate would print from today's results (None: it would not be printed)."""
    trade = s.get(Trade, cert.trade_id) if cert.trade_id is not None else None
    if trade is None or cert.contestant_id is None:
        return None
    key = str(cert.contestant_id)
    row = next((r for r in compute(s, trade).rows if r.key == key), None)
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
            trade = s.get(Trade, cert.trade_id) if cert.trade_id is not None else None
            now: CertificateFacts | None = None
            if trade is not None and cert.contestant_id is not None:
                if trade.id not in rows_by_trade:
                    rows_by_trade[trade.id] = {r.key: r for r in compute(s, trade).rows}
                row = rows_by_trade[trade.id].get(str(cert.contestant_id))
                kind = kind_of(cert.award, cert.title)
                now = (
                    None
                    if row is None
                    else facts_for(row, trade=trade.name, event=ev.name, kind=kind)
                )
            stored = _stored_facts(cert, ev)
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


def certificate_layouts() -> list[str]:
    """The names of the certificate layouts shipped with the app, for a picker."""
    return builtin_layout_names()
