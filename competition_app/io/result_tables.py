"""Results and standings as tables: the CSV contract for scripts, the workbook organisers open
(the screen's headers, numbers as numbers, a sheet per group), and an aligned terminal table."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Literal

from competition_app.domain.results import ResultRow, TeamStanding
from competition_app.domain.rounding import round_mark
from competition_app.domain.rules import TIE_TIME, TradeRules
from competition_app.domain.tabulation import needs_ws_scale
from competition_app.io.table_files import CellValue, Column, Table, display_width

Lang = Literal["zh", "en"]
# The workbook's headers: the results page's words in Chinese, and `--lang en`.
LABELS: dict[str, tuple[str, str]] = {
    "rank": ("名次", "Rank"),
    "number": ("参赛证号", "Entry no."),
    "workpiece": ("工件号", "Work piece"),
    "name": ("姓名", "Name"),
    "unit": ("单位", "Unit"),
    "group": ("组别", "Group"),
    "total": ("总成绩", "Total"),
    "time": ("用时", "Time (min)"),
    "ws_scale": ("标准分", "WS scale"),
    "award": ("奖项", "Award"),
    "title": ("称号", "Title"),
    "promotion": ("晋升", "Promotion"),
    "note": ("备注", "Note"),
    "team": ("代表队", "Team"),
    "team_total": ("总分", "Total"),
    "counted": ("计入人数", "Counted"),
    "standings": ("团体总分", "Team standings"),
}


def label(key: str, lang: Lang = "zh") -> str:
    zh, en = LABELS[key]
    return en if lang == "en" else zh


def format_mark(value: Decimal | None, rules: TradeRules) -> str:
    """A mark shown with exactly the trade's decimals; "" when not entered."""
    mark = exact_mark(value, rules)
    return "" if mark is None else format(mark, "f")


def exact_mark(value: Decimal | None, rules: TradeRules) -> Decimal | None:
    """A mark rounded to the trade's decimals (90 -> 90.00), None when not entered."""
    if value is None:
        return None
    return round_mark(value, rules.rounding.decimals, rules.rounding.mode)


# -- the CSV contract (README "Results CSV"): column codes, every value text --------------------


def result_table(
    rows: Sequence[ResultRow], rules: TradeRules, *, with_group: bool
) -> tuple[list[str], list[list[str]]]:
    header = ["rank", "number", "name", "unit"]
    if with_group:
        header.append("group")
    header += [c.code for c in rules.components]
    header += ["total", "award", "title", "note"]
    if rules.show_ws_scale:
        header.insert(header.index("award"), "ws_scale")
    body = []
    for r in rows:
        line = ["" if r.rank is None else str(r.rank), r.number, r.name, r.unit]
        if with_group:
            line.append(r.group)
        line += [format_mark(r.components.get(c.code), rules) for c in rules.components]
        line.append(format_mark(r.total, rules))
        if rules.show_ws_scale:
            line.append("" if r.ws_scale is None else str(r.ws_scale))
        line += [r.award, "、".join(r.titles), r.note]
        body.append(line)
    return header, body


def standings_table(standings: Sequence[TeamStanding]) -> tuple[list[str], list[list[str]]]:
    return ["rank", "team", "total", "counted"], [
        [str(t.rank), t.team, format(t.total, "f"), str(t.counted)] for t in standings
    ]


# -- the workbook --------------------------------------------------------------------------------


def result_sheets(
    rows: Sequence[ResultRow],
    rules: TradeRules,
    *,
    event: str,
    trade: str,
    groups: Sequence[str] = (),
    blind: bool = False,
    lang: Lang = "zh",
) -> list[Table]:
    """A sheet per group (ranks are per group), or one sheet for a trade without groups; each
    with the event and trade in its title row and the columns the results page shows."""
    named = [g for g in dict.fromkeys([*groups, *(r.group for r in rows)]) if g]
    if not named:
        return [_result_sheet(trade, f"{event} · {trade}", rows, rules, blind, lang)]
    sheets = []
    for g in named:
        mine = [r for r in rows if r.group == g]
        if mine or g in groups:
            sheets.append(_result_sheet(g, f"{event} · {trade} · {g}", mine, rules, blind, lang))
    rest = [r for r in rows if not r.group]
    if rest:
        sheets.append(_result_sheet(trade, f"{event} · {trade}", rest, rules, blind, lang))
    return sheets


def _result_sheet(
    name: str,
    title: str,
    rows: Sequence[ResultRow],
    rules: TradeRules,
    blind: bool,
    lang: Lang,
) -> Table:
    decimals = rules.rounding.decimals
    cols: list[tuple[Column, object]] = [(Column(label("rank", lang), number=True), "rank")]
    if blind:
        cols.append((Column(label("workpiece", lang)), "number"))
    else:
        cols += [(Column(label(k, lang)), k) for k in ("number", "name", "unit")]
    for c in rules.components:
        cols.append((Column(c.name, number=True, decimals=decimals), c.code))
    cols.append((Column(label("total", lang), number=True, decimals=decimals), "total"))
    if TIE_TIME in rules.tie_break:
        cols.append((Column(label("time", lang), number=True, decimals=_places(rows)), "time"))
    if needs_ws_scale(rules):
        cols.append((Column(label("ws_scale", lang), number=True), "ws_scale"))
    cols.append((Column(label("award", lang)), "award"))
    if rules.titles:
        cols.append((Column(label("title", lang)), "title"))
    if rules.promotions:
        cols.append((Column(label("promotion", lang)), "promotion"))
    cols.append((Column(label("note", lang)), "note"))
    components = {c.code for c in rules.components}
    body = []
    for r in rows:
        values: dict[object, CellValue] = {
            "rank": r.rank,
            "number": r.number,
            "name": r.name,
            "unit": r.unit,
            "total": exact_mark(r.total, rules),
            "time": r.time,
            "ws_scale": r.ws_scale,
            "award": r.award,
            "title": "、".join(r.titles),
            "promotion": r.promotion,
            "note": r.note,
        }
        for code in components:
            values[code] = exact_mark(r.components.get(code), rules)
        body.append([values[key] for _, key in cols])
    return Table(name, tuple(c for c, _ in cols), body, title)


def _places(rows: Sequence[ResultRow]) -> int:
    """Decimals enough for every time entered (12.5 minutes keeps its half)."""
    exponents = [r.time.normalize().as_tuple().exponent for r in rows if r.time is not None]
    return max([0] + [-e for e in exponents if isinstance(e, int) and e < 0])


def standings_sheet(
    standings: Sequence[TeamStanding], *, event: str, scope: str = "", lang: Lang = "zh"
) -> Table:
    """Team standings as a sheet: the event and what is ranked (a trade, or all) above them."""
    places = max(
        [0] + [-e for t in standings if isinstance(e := t.total.as_tuple().exponent, int) and e < 0]
    )
    what = scope or label("standings", lang)
    return Table(
        what,
        (
            Column(label("rank", lang), number=True),
            Column(label("team", lang)),
            Column(label("team_total", lang), number=True, decimals=places),
            Column(label("counted", lang), number=True),
        ),
        [[t.rank, t.team, t.total, t.counted] for t in standings],
        f"{event} · {what}",
    )


# -- the terminal ----------------------------------------------------------------------------


def text_table(header: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    """Columns aligned for a terminal, counting a Chinese character as two cells."""
    widths = [
        max([display_width(h)] + [display_width(r[i]) for r in body]) for i, h in enumerate(header)
    ]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c + " " * (w - display_width(c)) for c, w in zip(cells, widths, strict=True)
        ).rstrip()

    sep = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), sep, *(line(r) for r in body)])
