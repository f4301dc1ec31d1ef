"""Printing: gathers each document's data from the database and renders it with the reports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from competition_app.domain.certificate_codes import (
    certificate_facts,
    check_code,
    make_code,
    parse_code,
)
from competition_app.domain.errors import UserError
from competition_app.domain.notice import notice_period_text
from competition_app.domain.results import ResultRow
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
) -> CertificateJob:
    """The certificates to print: one per contestant with an award or a title.

    A contestant keeps their serial on reprint while the printed facts stay the same; if they
    changed (an appeal moved an award), a new serial is issued and the old one revoked.
    """
    require(ctx, "events")
    with ctx.db.unit_of_work() as s:
        ev = _event(s, event_id)
        trades = [t for t in ev.trades if trade_code in (None, t.code)]
        if trade_code and not trades:
            raise UserError(f"赛事 {event_id} 没有工种“{trade_code}”")
        existing = {
            c.contestant_id: c
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
        issuer = str(ev.settings.get("issuer") or ev.organizer)
        items: list[CertificateData] = []
        issued = 0
        for trade in trades:
            ensure_identities_shown(s, trade, "获奖证书")
        for trade in trades:
            rows = compute(s, trade).rows
            honours = {int(r.key): (r, "、".join(r.titles)) for r in rows if r.award or r.titles}
            # A certificate whose facts no longer hold (an appeal moved or removed an award) is
            # revoked, whether or not this job reprints it.
            for old in [c for c in existing.values() if c.trade == trade.name]:
                now = honours.get(old.contestant_id or 0)
                if now is None or not check_code(old.code, _facts(*now, trade, ev), secret):
                    old.revoked = True
                    existing.pop(old.contestant_id or 0, None)
            for cid, (row, title) in honours.items():
                if awards and row.award not in awards and not set(row.titles) & set(awards):
                    continue
                cert = existing.get(cid)
                if cert is None:
                    seq += 1
                    serial = _serial(ev, seq)
                    cert = IssuedCertificate(
                        event_id=event_id,
                        contestant_id=cid,
                        serial=serial,
                        code=make_code(serial, _facts(row, title, trade, ev), secret),
                        name=row.name,
                        unit=row.unit,
                        trade=trade.name,
                        award=row.award,
                        title=title,
                        issued_by=ctx.actor,
                    )
                    s.add(cert)
                    issued += 1
                items.append(
                    CertificateData(
                        serial=cert.serial,
                        code=cert.code,
                        name=row.name,
                        unit=row.unit,
                        trade=trade.name,
                        award=row.award,
                        title=title,
                        event=ev.name,
                        date=_event_date(ev),
                        issuer=issuer,
                        group=row.group,
                    )
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


def _facts(row: ResultRow, title: str, trade: Trade, ev: Event) -> str:
    honour = "、".join(x for x in (row.award, title) if x)
    return certificate_facts(
        name=row.name, unit=row.unit, trade=trade.name, award=honour, event=ev.name
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
) -> tuple[bytes, int]:
    """The certificates as one PDF and how many pages it has."""
    chosen = layout_by_name(layout)
    job = issue_certificates(
        ctx,
        event_id,
        trade_code=trade_code,
        awards=awards,
        allow_missing_glyphs=allow_missing_glyphs,
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


def verify_certificate(ctx: Context, code: str) -> Verification:
    """Tells a genuine certificate from a forged or altered one by its verification code."""
    try:
        serial, _mac = parse_code(code)
    except ValueError:
        return Verification(False, "", "验证码格式不对：应为“证书编号-校验码”")
    with ctx.db.reading() as s:
        cert = s.scalars(
            select(IssuedCertificate).where(IssuedCertificate.serial == serial)
        ).first()
        if cert is None:
            return Verification(False, serial, f"没有编号为 {serial} 的证书：证书是伪造的")
        ev = s.get(Event, cert.event_id)
        assert ev is not None
        honour = "、".join(x for x in (cert.award, cert.title) if x)
        facts = certificate_facts(
            name=cert.name, unit=cert.unit, trade=cert.trade, award=honour, event=ev.name
        )
        if not check_code(code, facts, bytes.fromhex(ev.secret)):
            return Verification(False, serial, "校验码与证书内容不符：证书被篡改或验证码抄错")
        if cert.revoked:
            return Verification(
                False,
                serial,
                "该证书已作废（成绩变更后已重新颁发）",
                cert.name,
                cert.unit,
                cert.trade,
                cert.award,
                cert.title,
                ev.name,
            )
        return Verification(
            True,
            serial,
            "证书真实有效",
            cert.name,
            cert.unit,
            cert.trade,
            cert.award,
            cert.title,
            ev.name,
            cert.issued_at.isoformat(sep=" "),
        )


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
) -> bytes:
    """The result sheet (成绩公示) of a trade: one section per group unless a group is given."""
    with ctx.db.reading() as s:
        ev = _event(s, event_id)
        trade = find_trade(s, event_id, trade_code)
        rules = load_rules(trade)
        ensure_identities_shown(s, trade, "成绩公示表")
        result = compute(s, trade)
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
            )
        )
        for g in (groups or [""])
    ]
    only = f"（{groups[0]}）" if len(groups) == 1 and groups[0] else ""
    return render_sections(
        sections,
        title=f"{ev.name} {trade.name}{only}成绩",
        footer_left=f"{trade.name}{only}",
        max_portrait_columns=10,
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
    session: int
    station: int
    order: int
    checkin_code: str
    workpiece_code: str


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
    for i, c in enumerate(people, start=1):
        p = places.get(c.id)
        b = codes.get(c.id)
        seats.append(
            _Seat(
                c,
                p.session if p else 1,
                p.station if p else i,
                p.draw_order if p else i,
                b.checkin_code if b else "",
                b.workpiece_code if b else "",
            )
        )
    seats.sort(key=lambda x: (x.session, x.station))
    return seats


def checkin_pdf(ctx: Context, event_id: int, trade_code: str) -> bytes:
    """检录表: one sheet per session, by workstation, with masked ID numbers and a signature column."""
    with ctx.db.reading() as s:
        ev = _event(s, event_id)
        trade = find_trade(s, event_id, trade_code)
        seats = [x for x in _seats(s, trade) if x.contestant.status != "disqualified"]
        sessions = sorted({x.session for x in seats}) or [1]
        pdfs = [
            CheckinSheetData(
                event_title=ev.name,
                trade=trade.name,
                session=f"第 {n} 场",
                entries=[
                    CheckinEntry(
                        seat=str(x.station),
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
                    session=f"第 {x.session} 场",
                    seat=str(x.station),
                    order=str(x.order),
                )
                for x in seats
            ],
            date=ev.date,
            note=note,
        )
    return render_lot_result(data)


def score_forms_pdf(ctx: Context, event_id: int, trade_code: str) -> bytes:
    """Blank judge score forms, one per criterion, listing contestants by code only (never names)."""
    with ctx.db.reading() as s:
        ev = _event(s, event_id)
        trade = find_trade(s, event_id, trade_code)
        rules = load_rules(trade)
        seats = [x for x in _seats(s, trade) if x.contestant.status in ("ok", "out_of_competition")]
        # The most anonymous code there is: work-piece code, else check-in code, else workstation.
        codes = sorted(
            x.workpiece_code or x.checkin_code or f"{x.session}-{x.station:02d}" for x in seats
        )
        if not rules.criteria:
            raise UserError(f"工种“{trade.name}”没有评分细则，无需评分表")
        forms = [
            ScoreFormData(
                event_title=ev.name,
                trade=trade.name,
                criterion_code=c.code,
                criterion_name=c.name,
                max_mark=rules.mark_limit(c),
                codes=codes,
            )
            for c in rules.criteria
        ]
    return render_score_forms(forms)


def desk_cards_pdf(ctx: Context, event_id: int, trade_code: str) -> bytes:
    with ctx.db.reading() as s:
        ev = _event(s, event_id)
        trade = find_trade(s, event_id, trade_code)
        cards = [
            DeskCard(
                number=x.contestant.number,
                trade=trade.name,
                workstation=str(x.station),
                event_title=ev.name,
                session=f"第 {x.session} 场",
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
