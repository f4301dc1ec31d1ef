"""Printing: gathers each document's data from the database and renders it with the reports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from competition_app.domain.blind_codes import printed
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
from competition_app.domain.final_state import draft_reasons
from competition_app.domain.notice import notice_period_text
from competition_app.domain.results import ResultRow
from competition_app.reports.calibration import fields_off_page, render_calibration
from competition_app.reports.certificate import CertificateData, render_certificates
from competition_app.reports.forms import (
    CheckinEntry,
    CheckinSheetData,
    DeskCard,
    LotEntry,
    LotResultData,
    ScoreFormData,
    TeamStandingsData,
    render_checkin_sheet,
    render_desk_cards,
    render_lot_result,
    render_score_forms,
    render_team_standings,
)
from competition_app.reports.layouts import (
    Layout,
    builtin_layout,
    builtin_layout_names,
    load_layout,
)
from competition_app.reports.result_sheet import ResultSheetData, result_sheet_section
from competition_app.reports.table_document import render_sections
from competition_app.services import audit
from competition_app.services.blind_results import ensure_identities_shown
from competition_app.services.context import Context
from competition_app.services.glyphs import ensure_drawable
from competition_app.services.permissions import require
from competition_app.services.results import compute, event_standings, withheld_from_standings
from competition_app.services.trades import find_trade, load_rules
from competition_app.services.verification import status_in_session
from competition_app.storage.models import (
    BlindCode,
    Contestant,
    Event,
    IssuedCertificate,
    LotPlace,
    Trade,
)

Progress = Callable[[int, int], bool | None]
DOCUMENTS = ("certificates", "results", "checkin", "scoreform", "desk", "lots", "teams")


def _event(s: Session, event_id: int) -> Event:
    ev = s.get(Event, event_id)
    if ev is None:
        raise UserError(f"没有编号为 {event_id} 的赛事")
    return ev


def _draft_reasons(s: Session, trade: Trade, rows: Sequence[ResultRow]) -> tuple[str, ...]:
    """Why the trade's papers would be a draft today (domain.final_state), () when final."""
    return draft_reasons(
        locked=trade.locked, rows=rows, unverified=status_in_session(s, trade).provisional
    )


def draft_state(
    ctx: Context, event_id: int, trade_code: str | None = None
) -> dict[str, tuple[str, ...]]:
    """For the window, before it prints: each trade's name and why it would print as a draft
    (only the trades that would)."""
    with ctx.db.reading() as s:
        ev = _event(s, event_id)
        out = {}
        for trade in ev.trades:
            if trade_code not in (None, trade.code):
                continue
            reasons = _draft_reasons(s, trade, compute(s, trade).rows)
            if reasons:
                out[trade.name] = reasons
        return out


def _objection_lines(ev: Event) -> tuple[str, ...]:
    """Where and how to object, from the event's settings (objection_office, objection_phone,
    objection_deadline); nothing when none is set."""
    st = ev.settings
    deadline = str(st.get("objection_deadline") or "")
    office = str(st.get("objection_office") or "")
    phone = str(st.get("objection_phone") or "")
    lines = []
    if deadline or office:
        lines.append(
            "对公示结果有异议的，请"
            + (f"于{deadline}" if deadline else "")
            + "以书面形式向"
            + (office or "监督仲裁组")
            + "提出。"
        )
    if phone:
        lines.append(f"受理电话：{phone}")
    return tuple(lines)


def _signatures(ev: Event) -> tuple[str, ...]:
    """The signature lines the organizer set (event setting `signatures`, e.g. ["裁判员",
    "裁判长", "监督员"]), each as "…签字"; judges and chief judge when none is set."""
    labels = ev.settings.get("signatures") or ["裁判员", "裁判长"]
    return tuple(f"{x}签字" if not str(x).endswith("签字") else str(x) for x in labels)


def _event_date(ev: Event) -> date:
    try:
        return date.fromisoformat(ev.date)
    except ValueError:
        return date.today()


# -- certificates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateJob:
    items: tuple[CertificateData, ...]
    issued: int  # serials newly issued by this job


def _serial(ev: Event, seq: int) -> str:
    return f"{_event_date(ev).year}{ev.id:02d}-{seq:04d}"


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
    require(ctx, "events")
    with ctx.db.unit_of_work() as s:
        ev = _event(s, event_id)
        trades = [t for t in ev.trades if trade_code in (None, t.code)]
        if trade_code and not trades:
            raise UserError(f"赛事 {event_id} 没有工种“{trade_code}”")
        for trade in trades:
            ensure_identities_shown(s, trade, "获奖证书")
        results = {t.id: compute(s, t).rows for t in trades}
        reasons = {t.id: _draft_reasons(s, t, results[t.id]) for t in trades}
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
        date=_event_date(ev),
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
) -> tuple[bytes, int]:
    """The certificates as one PDF and how many pages it has (drafts: see issue_certificates)."""
    chosen = layout_by_name(layout)
    check_offset(chosen, offset_mm)
    job = issue_certificates(
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
    """Tells a genuine certificate from a forged, altered or void one by its verification code.

    A certificate is void as soon as the results no longer say what it prints (a re-import, an
    upheld appeal, a change after an unlock, a renamed trade), not only once it is reprinted.
    """
    try:
        serial, _mac = parse_code(code)
    except ValueError:
        return Verification(False, "", "验证码格式不对：应为“证书编号-校验码”")
    with ctx.db.reading() as s:
        cert = s.scalars(
            select(IssuedCertificate).where(IssuedCertificate.serial == serial)
        ).first()
        if cert is None:
            return Verification(
                False,
                serial,
                f"本数据库未颁发此证书（编号 {serial}）：请到颁发它的赛事数据库核验",
            )
        ev = s.get(Event, cert.event_id)
        assert ev is not None
        stored = _stored_facts(cert, ev)
        if not check_code(code, stored.signed_text, bytes.fromhex(ev.secret)):
            return Verification(False, serial, "校验码与证书内容不符：证书被篡改或验证码抄错")
        facts = (cert.name, cert.unit, cert.trade, cert.award, cert.title, ev.name)
        if cert.revoked:
            return Verification(False, serial, f"{VOID}，已重新颁发", *facts)
        if not stored.same_as(_current_facts(s, cert, ev)):
            return Verification(False, serial, f"{VOID}，需重新打印", *facts)
        return Verification(True, serial, "证书真实有效", *facts, cert.issued_at.isoformat(sep=" "))


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
        ev = _event(s, event_id)
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
        ev = _event(s, event_id)
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


# -- result sheets ----------------------------------------------------------------------------


def result_sheet_pdf(
    ctx: Context,
    event_id: int,
    trade_code: str,
    *,
    group: str | None = None,
    show_id_numbers: bool = False,
    posted: date | None = None,
    allow_missing_glyphs: bool = False,
    internal: bool = False,
) -> bytes:
    """The result sheet (成绩公示) of a trade: one section per group unless a group is given.

    `internal=True` gives the chief judge's sheet with the flags (评分差异超限 …) instead of the
    public notice. Before the lock, with a tie to decide or marks waiting for verification,
    either prints as a draft: watermarked, the reasons in the footer.
    """
    with ctx.db.reading() as s:
        ev = _event(s, event_id)
        trade = find_trade(s, event_id, trade_code)
        rules = load_rules(trade)
        ensure_identities_shown(s, trade, "成绩公示表")
        result = compute(s, trade)
        draft = _draft_reasons(s, trade, result.rows)
        ids: dict[str, str] | None = None
        if show_id_numbers:
            ids = {
                str(cid): idn
                for cid, idn in s.execute(
                    select(Contestant.id, Contestant.id_number).where(
                        Contestant.trade_id == trade.id
                    )
                )
            }
    groups: list[str] = []
    for r in result.rows:
        if r.group not in groups:
            groups.append(r.group)
    if group is not None:
        if group not in groups:
            raise UserError(f"工种“{trade.name}”没有组别“{group}”")
        groups = [group]
    ensure_drawable(
        [("表头", (ev.name, trade.name, *groups))]
        + [
            (f"第 {i} 行（{r.number}）", (r.name, r.unit))
            for i, r in enumerate((r for r in result.rows if r.group in groups), start=1)
        ],
        allow=allow_missing_glyphs,
    )
    posted = posted or date.today()
    notice = notice_period_text(posted, int(ev.settings.get("notice_days", 5)))
    kind = "成绩审核表（内部，不得公示）" if internal else "成绩公示" if notice else "成绩表"
    sections = [
        result_sheet_section(
            ResultSheetData(
                event_title=ev.name,
                trade=trade.name,
                components=[(c.code, c.name) for c in rules.components],
                rows=[r for r in result.rows if r.group == g],
                group=g,
                decimals=rules.rounding.decimals,
                id_numbers=ids,
                notice_period=notice,
                date=posted,
                organizer=str(ev.settings.get("issuer") or ev.organizer),
                show_ws_scale=rules.show_ws_scale,
                internal=internal,
                draft=draft,
                objection=_objection_lines(ev),
                signatures=_signatures(ev),
            ),
            footer=f"{ev.name} · {trade.name}{f'（{g}）' if g else ''}{kind}",
        )
        for g in (groups or [""])
    ]
    only = f"（{groups[0]}）" if len(groups) == 1 and groups[0] else ""
    return render_sections(
        sections,
        title=f"{ev.name} {trade.name}{only}成绩",
        footer_left=f"{ev.name} · {trade.name}{only}{kind}",
        max_portrait_columns=10,
        draft=draft,
        same_widths=True,
    )


def team_standings_pdf(
    ctx: Context,
    event_id: int,
    trade_code: str | None = None,
    *,
    allow_missing_glyphs: bool = False,
) -> bytes:
    standings = event_standings(ctx, event_id, trade_code)
    with ctx.db.reading() as s:
        ev = _event(s, event_id)
        scope = find_trade(s, event_id, trade_code).name if trade_code else "全部工种"
    ensure_drawable(
        [("表头", (ev.name, scope))]
        + [(f"第 {i} 行", (t.team,)) for i, t in enumerate(standings, start=1)],
        allow=allow_missing_glyphs,
    )
    basis = (
        f"各队成绩最好的 {ev.team_best_n} 名选手总成绩之和"
        if ev.team_best_n
        else "各队全部选手总成绩之和"
    )
    withheld = [] if trade_code else withheld_from_standings(ctx, event_id)
    if withheld:
        basis += f"（未含盲评未解密的工种：{'、'.join(withheld)}）"
    return render_team_standings(
        TeamStandingsData(
            event_title=ev.name,
            standings=standings,
            scope=scope,
            basis=basis,
            decimals=2,
            date=date.today(),
            organizer=str(ev.settings.get("issuer") or ev.organizer),
        )
    )


# -- contest-day forms ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Seat:
    contestant: Contestant
    session: int | None  # None before the lots are drawn: no session or station is invented
    station: int | None
    order: int | None
    checkin_code: str
    workpiece_code: str

    @property
    def session_label(self) -> str:
        return NOT_DRAWN if self.session is None else f"第 {self.session} 场"

    @property
    def station_label(self) -> str:
        return "" if self.station is None else str(self.station)


NOT_DRAWN = "尚未抽签"


def _seats(s: Session, trade: Trade) -> list[_Seat]:
    """Contestants of a trade with their drawn place and codes (number order before a draw)."""
    places = {
        p.contestant_id: p for p in s.scalars(select(LotPlace).where(LotPlace.trade_id == trade.id))
    }
    codes = {
        b.contestant_id: b
        for b in s.scalars(select(BlindCode).where(BlindCode.trade_id == trade.id))
    }
    people = list(s.scalars(select(Contestant).where(Contestant.trade_id == trade.id)))
    from competition_app.domain.tabulation import number_key

    people.sort(key=lambda c: number_key(c.number))
    if places:
        # After a draw only those drawn have a seat; people absent at the draw are not seated.
        people = [c for c in people if c.id in places]
    seats = []
    for c in people:
        p = places.get(c.id)
        b = codes.get(c.id)
        seats.append(
            _Seat(
                c,
                p.session if p else None,
                p.station if p else None,
                p.draw_order if p else None,
                b.checkin_code if b else "",
                b.workpiece_code if b else "",
            )
        )
    if places:
        seats.sort(key=lambda x: (x.session or 0, x.station or 0))
    return seats


def checkin_pdf(ctx: Context, event_id: int, trade_code: str) -> bytes:
    """检录表: one sheet per session, by workstation, with masked ID numbers and a signature column."""
    with ctx.db.reading() as s:
        ev = _event(s, event_id)
        trade = find_trade(s, event_id, trade_code)
        seats = [x for x in _seats(s, trade) if x.contestant.status != "disqualified"]
        drawn = sorted({x.session for x in seats if x.session is not None})
        sessions: list[int | None] = list(drawn) or [None]
        pdfs = [
            CheckinSheetData(
                event_title=ev.name,
                trade=trade.name,
                session=f"第 {n} 场"
                if n is not None
                else f"{NOT_DRAWN}（按参赛证号排列，工位待定）",
                entries=[
                    CheckinEntry(
                        seat=x.station_label,
                        number=x.contestant.number,
                        name=x.contestant.name,
                        unit=x.contestant.unit,
                        id_number=x.contestant.id_number,
                    )
                    for x in seats
                    if x.session == n
                ],
                venue=ev.venue,
                date=ev.date,
            )
            for n in sessions
        ]
    if len(pdfs) == 1:
        return render_checkin_sheet(pdfs[0])
    from competition_app.reports.forms import checkin_sheet_section

    return render_sections(
        [checkin_sheet_section(d) for d in pdfs], title=f"{ev.name} {trade.name}检录表"
    )


def lot_result_pdf(ctx: Context, event_id: int, trade_code: str) -> bytes:
    with ctx.db.reading() as s:
        ev = _event(s, event_id)
        trade = find_trade(s, event_id, trade_code)
        drawn = s.execute(
            select(func.count()).select_from(LotPlace).where(LotPlace.trade_id == trade.id)
        ).scalar_one()
        if not drawn:
            raise UserError(f"工种“{trade.name}”还没有抽签")
        seats = _seats(s, trade)
        from competition_app.storage.models import LotDraw

        draw = s.scalars(select(LotDraw).where(LotDraw.trade_id == trade.id)).first()
        note = f"抽签种子：{draw.seed}（可用 competition-app lots verify 复核）" if draw else ""
        data = LotResultData(
            event_title=ev.name,
            trade=trade.name,
            entries=[
                LotEntry(
                    number=x.contestant.number,
                    name=x.contestant.name,
                    unit=x.contestant.unit,
                    session=x.session_label,
                    seat=x.station_label,
                    order="" if x.order is None else str(x.order),
                )
                for x in seats
            ],
            date=ev.date,
            note=note,
        )
    return render_lot_result(data)


def score_forms_pdf(ctx: Context, event_id: int, trade_code: str) -> bytes:
    """Blank judge score forms, one per criterion, listing contestants by code only (never names).

    Codes print as on the work-piece labels (JFS-693): the work-piece code, else the check-in
    code. Before any code exists the form has no code column at all, only numbered blank rows:
    workstation numbers in entry order would tell a judge whose work is whose. A trade scored
    without criteria gets one form per component.
    """
    with ctx.db.reading() as s:
        ev = _event(s, event_id)
        trade = find_trade(s, event_id, trade_code)
        rules = load_rules(trade)
        seats = [x for x in _seats(s, trade) if x.contestant.status in ("ok", "out_of_competition")]
        codes = sorted(printed(x.workpiece_code or x.checkin_code) for x in seats)
        if not all(codes):
            codes = []  # some or none coded: print no codes rather than a partial list
        items = [(c.code, c.name, rules.mark_limit(c)) for c in rules.criteria] or [
            (c.code, c.name, c.max_score) for c in rules.components
        ]
        forms = [
            ScoreFormData(
                event_title=ev.name,
                trade=trade.name,
                criterion_code=code,
                criterion_name=name,
                max_mark=limit,
                codes=codes,
                blank_rows=0 if codes else len(seats),
            )
            for code, name, limit in items
        ]
    if not forms:
        raise UserError(f"工种“{trade.name}”没有评分项目")
    return render_score_forms(forms)


def desk_cards_pdf(ctx: Context, event_id: int, trade_code: str) -> bytes:
    with ctx.db.reading() as s:
        ev = _event(s, event_id)
        trade = find_trade(s, event_id, trade_code)
        cards = [
            DeskCard(
                number=x.contestant.number,
                trade=trade.name,
                workstation=x.station_label,
                event_title=ev.name,
                session=x.session_label if x.session is not None else f"{NOT_DRAWN}，工位待定",
                group=x.contestant.group_name,
            )
            for x in _seats(s, trade)
            if x.contestant.status in ("ok", "out_of_competition")
        ]
    if not cards:
        raise UserError(f"工种“{trade.name}”没有选手")
    return render_desk_cards(cards)


def _check_form_glyphs(ctx: Context, event_id: int, trade_code: str, kind: str) -> None:
    """Names, units and the trade as a form prints them (score forms print no names)."""
    with ctx.db.reading() as s:
        ev = _event(s, event_id)
        trade = find_trade(s, event_id, trade_code)
        rows: list[tuple[str, tuple[str, ...]]] = [("表头", (ev.name, trade.name, ev.venue))]
        if kind in ("checkin", "lots"):
            rows += [
                (f"第 {i} 行（{x.contestant.number}）", (x.contestant.name, x.contestant.unit))
                for i, x in enumerate(_seats(s, trade), start=1)
            ]
        elif kind == "desk":
            rows += [
                (f"第 {i} 张（{x.contestant.number}）", (x.contestant.group_name,))
                for i, x in enumerate(_seats(s, trade), start=1)
            ]
    ensure_drawable(rows)


def form_pdf(
    ctx: Context,
    event_id: int,
    trade_code: str,
    kind: str,
    *,
    allow_missing_glyphs: bool = False,
) -> bytes:
    makers = {
        "checkin": checkin_pdf,
        "scoreform": score_forms_pdf,
        "desk": desk_cards_pdf,
        "lots": lot_result_pdf,
    }
    if kind not in makers:
        raise UserError(f"未知的表格“{kind}”（可选：{'、'.join(makers)}）")
    if not allow_missing_glyphs:
        _check_form_glyphs(ctx, event_id, trade_code, kind)
    return makers[kind](ctx, event_id, trade_code)
