"""Certificates: issuing them (serials kept by trade id, contestant and kind) and printing them.
Checking them (online, offline, which are void) is `certificate_checks`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from competition_app.domain.certificate_codes import make_code
from competition_app.domain.certificate_facts import (
    CertificateFacts,
    certificate_kinds,
    facts_for,
    kind_of,
)
from competition_app.domain.certificate_statement import (
    Statement,
    event_private_key,
    fingerprint,
    public_key_bytes,
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

# Re-exported for the CLI, which still imports the checks from here (it is being split apart).
from competition_app.services.printing.certificate_checks import event_key_file as event_key_file
from competition_app.services.printing.certificate_checks import stored_facts
from competition_app.services.printing.certificate_checks import (
    verify_certificate as verify_certificate,
)
from competition_app.services.printing.certificate_checks import verify_offline as verify_offline
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
            "成绩还不是最终结果，不能打印正式证书（需要样张可打印带“草稿”水印的样张：打印页勾选"
            "“证书打印草稿样张”，命令行加 --draft）：\n" + "\n".join(pending)
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
                if not stored_facts(old, ev).same_as(now):
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
    preview: bool = False,
) -> tuple[bytes, int]:
    """The certificates as one PDF and how many pages it has (drafts: see issue_certificates).

    `deliver(pdf)` (writing the file) runs inside the unit of work that issues the serials: a
    certificate counts as issued only once its PDF is completely written. A full disk, a
    cancelled render or any other failure rolls the serials back, so no code verifies for a
    certificate that was never printed. The write lock is held meanwhile (other stations wait
    for the render: seconds for a trade's certificates).

    `preview` renders what printing now would give, serials and codes included, and issues
    nothing (the register, the revocations and the trail stay as they were): a preview is
    looked at, and only what is then saved or printed is issued, by a call without it.
    """
    if preview and deliver is not None:
        raise ValueError("a preview is not delivered: it issues nothing")
    chosen = layout_by_name(layout)
    check_offset(chosen, offset_mm)
    with ctx.db.rehearsal() if preview else ctx.db.unit_of_work() as s:
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


def certificate_layouts() -> list[str]:
    """The names of the certificate layouts shipped with the app, for a picker."""
    return builtin_layout_names()
