"""Printing: gathers each document's data from the database and renders it with the reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from competition_app.domain.blind_codes import printed
from competition_app.domain.distribution import trade_distributions
from competition_app.domain.errors import UserError
from competition_app.domain.notice import notice_period_text
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
from competition_app.reports.result_sheet import ResultSheetData, result_sheet_section
from competition_app.reports.table_document import render_sections
from competition_app.services.contest_day.blind_results import ensure_identities_shown
from competition_app.services.context import Context
from competition_app.services.printing.glyphs import ensure_drawable, missing_glyph_lines
from competition_app.services.printing.print_state import load_event, trade_draft_reasons
from competition_app.services.results.results import (
    compute,
    event_standings,
    withheld_from_standings,
)
from competition_app.services.setup.trades import find_trade, load_rules
from competition_app.storage.models import (
    BlindCode,
    Contestant,
    Event,
    LotPlace,
    Trade,
)

DOCUMENTS = ("certificates", "results", "checkin", "scoreform", "desk", "lots", "teams")


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
        ev = load_event(s, event_id)
        trade = find_trade(s, event_id, trade_code)
        rules = load_rules(trade)
        ensure_identities_shown(s, trade, "成绩公示表")
        result = compute(s, trade)
        draft = trade_draft_reasons(s, trade, result.rows)
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
    charts = dict(zip(groups or [""], trade_distributions(rules, result.rows, groups), strict=True))
    sections = [
        result_sheet_section(
            ResultSheetData(
                event_title=ev.name,
                trade=trade.name,
                components=[(c.code, c.name) for c in rules.components],
                rows=[r for r in result.rows if r.group == g],
                sizing_rows=result.rows,  # every group of the trade: the same columns
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
                distribution=charts[g] if internal else None,
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
        ev = load_event(s, event_id)
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
        ev = load_event(s, event_id)
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
        ev = load_event(s, event_id)
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
            # the day of the draw, not the event's: lots are often drawn days before
            date=draw.drawn_at.date() if draw else "",
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
        ev = load_event(s, event_id)
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
        ev = load_event(s, event_id)
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
        ev = load_event(s, event_id)
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


def missing_glyphs_report(ctx: Context, event_id: int, trade_code: str | None = None) -> list[str]:
    """For the window, before it prints: every name, unit, team, group or trade (of one trade,
    or of the whole event) with a character no bundled font draws, by entry number."""
    with ctx.db.reading() as s:
        ev = load_event(s, event_id)
        trades = [t for t in ev.trades if trade_code in (None, t.code)]
        rows: list[tuple[str, tuple[str, ...]]] = [("赛事", (ev.name, ev.organizer, ev.venue))]
        for trade in trades:
            rows.append((f"工种 {trade.code}", (trade.name,)))
            people = s.scalars(select(Contestant).where(Contestant.trade_id == trade.id))
            rows += [
                (f"参赛证号 {c.number}", (c.name, c.unit, c.team, c.group_name)) for c in people
            ]
    return missing_glyph_lines(rows)


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
