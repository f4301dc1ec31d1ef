"""What the engine is given about a trade (its rules, its entries), read as plain rows.

The SQL is written once, with `?` placeholders, and runs through any `RowReader`: a session's
driver connection (SQLite or PostgreSQL) for every page and service, a bare sqlite3 connection
for the one-shot `results` command. No Row objects and no type conversion on the way: ranking
a city contest reads 900,000 marks, and SQLAlchemy's per-row work cost more than SQLite's.
Decimals are stored as their text (`DecimalText`), so they are converted here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from competition_app.domain.entries import Entry, Status
from competition_app.domain.recusal import stand_aside
from competition_app.domain.rules import TradeRules
from competition_app.domain.rules_io import rules_from_mapping
from competition_app.storage.plain_sqlite import RowReader

# (code, name, weight, max) and (code, name, component, max, kind), as text
ComponentRow = tuple[str, str, str, str]
CriterionRow = tuple[str, str, str, str, str]


def rules_of(
    code: str,
    settings: Mapping[str, Any],
    components: Sequence[ComponentRow],
    criteria: Sequence[CriterionRow],
) -> TradeRules:
    """A trade's rules from what is stored: its settings' rules, its components and criteria in
    their order."""
    mapping: dict[str, Any] = dict(settings.get("rules", {}))
    mapping["components"] = [
        {"code": c, "name": name, "weight": weight, "max": most}
        for c, name, weight, most in components
    ]
    mapping["criteria"] = [
        {"code": c, "name": name, "component": component, "max": most, "kind": kind}
        for c, name, component, most, kind in criteria
    ]
    return rules_from_mapping(mapping, where=code)


# the same rows as read, with their ids first: (id, code, name, weight, max) and
# (id, code, name, component, max, kind), numbers as the driver gives them (their stored text)
ComponentIdRow = tuple[int, str, str, Any, Any]
CriterionIdRow = tuple[int, str, str, str, Any, str]
COMPONENT_COLUMNS = "id, code, name, weight, max_score"
CRITERION_COLUMNS = "id, code, name, component_code, max_mark, kind"


def rules_of_rows(
    code: str,
    settings: Mapping[str, Any],
    components: Sequence[ComponentIdRow],
    criteria: Sequence[CriterionIdRow],
) -> TradeRules:
    """`rules_of` for rows read with their ids first."""
    return rules_of(
        code,
        settings,
        [(c, name, str(weight), str(most)) for _id, c, name, weight, most in components],
        [(c, name, comp, str(most), kind) for _id, c, name, comp, most, kind in criteria],
    )


def read_rules(
    read: RowReader, trade_id: int, code: str, settings: Mapping[str, Any]
) -> tuple[TradeRules, dict[int, str]]:
    """The trade's rules, and its criteria's codes by id (what `read_entries` needs)."""
    components = read(
        f"SELECT {COMPONENT_COLUMNS} FROM component WHERE trade_id = ? ORDER BY position, id",
        (trade_id,),
    )
    criteria = read(
        f"SELECT {CRITERION_COLUMNS} FROM criterion WHERE trade_id = ? ORDER BY position, id",
        (trade_id,),
    )
    rules = rules_of_rows(code, settings, components, criteria)
    return rules, {row[0]: row[1] for row in criteria}


class DecimalsByText(dict[str, Decimal]):
    """Stored text -> its Decimal, made on first sight (a contest has few distinct marks)."""

    def __missing__(self, text: str) -> Decimal:
        value = self[text] = Decimal(text)
        return value


class _JudgeKeys(dict[int, str]):
    """Judge id -> the judge's key in an entry's marks."""

    def __missing__(self, judge: int) -> str:
        key = self[judge] = str(judge)
        return key


class _Panels(dict[int, dict[str, dict[str, Decimal]]]):
    """Contestant id -> criterion code -> judge key -> mark, a contestant's dict made when first
    marked."""

    def __missing__(self, contestant: int) -> dict[str, dict[str, Decimal]]:
        panels: dict[str, dict[str, Decimal]] = {}
        self[contestant] = panels
        return panels


_CONTESTANTS = (
    "SELECT id, number, name, unit, team, group_name, status, time_minutes, decided_order"
    " FROM contestant WHERE trade_id = ?"
    # in a fixed order on every backend: the groups come in the order of their first entry,
    # and PostgreSQL returns rows in no promised order (certificates and sheets would change
    # order between two prints)
    " ORDER BY id"
)
# Criterion by criterion off the covering index (ix_mark_criterion_marks), in its own order
# (free on SQLite), so that which of two equal marks a trimmed mean drops is the same on every
# backend and every read, and one panel's marks are consecutive rows.
_MARKS = (
    "SELECT contestant_id, judge_id, mark FROM criterion_mark WHERE criterion_id = ?"
    " ORDER BY contestant_id, judge_id"
)


_SCORES = (
    "SELECT s.contestant_id, c.code, s.score FROM component_score s"
    " JOIN component c ON c.id = s.component_id WHERE c.trade_id = ?"
)


# What can make a judge stand aside (domain.recusal): conflicts declared for the trade's
# contestants, the units of the event's judges, and the judges' criteria panels in the trade.
_DECLARED = (
    "SELECT jc.contestant_id, jc.judge_id, jc.reason FROM judge_conflict jc"
    " JOIN contestant c ON c.id = jc.contestant_id WHERE c.trade_id = ?"
)
_JUDGE_UNITS = (
    "SELECT j.id, j.unit FROM judge j JOIN trade t ON t.event_id = j.event_id WHERE t.id = ?"
)
_PANEL_ROWS = (
    "SELECT p.judge_id, p.criterion_id FROM judge_panel p"
    " JOIN criterion k ON k.id = p.criterion_id WHERE k.trade_id = ?"
)


def _stood_aside(
    read: RowReader, trade_id: int, blind: bool, contestants: list[tuple[Any, ...]]
) -> tuple[set[tuple[int, int]], dict[int, set[int]]]:
    """The (contestant, judge) pairs where the judge stands aside for every criterion (a
    declared conflict, the same unit unless marking is blind), and each judge's criteria panel
    in the trade (a judge stands aside for the criteria outside it). `domain.recusal` decides;
    the units only say which pairs to ask it about."""
    declared = {(cid, jid): reason for cid, jid, reason in read(_DECLARED, (trade_id,))}
    unit_of = {row[0]: row[3] for row in contestants}
    by_unit: dict[str, list[int]] = {}
    if not blind:
        for cid, unit in unit_of.items():
            if unit.strip():
                by_unit.setdefault(unit.strip(), []).append(cid)
    judge_units: dict[int, str] = {jid: unit for jid, unit in read(_JUDGE_UNITS, (trade_id,))}
    asked = set(declared)
    for jid, unit in judge_units.items():
        asked.update((cid, jid) for cid in by_unit.get(unit.strip(), ()))
    pairs = {
        (cid, jid)
        for cid, jid in asked
        if stand_aside(
            declared=declared.get((cid, jid)),
            judge_unit=judge_units.get(jid, ""),
            contestant_unit=unit_of.get(cid, ""),
            blind=blind,
        )
        is not None
    }
    panels: dict[int, set[int]] = {}
    for jid, criterion_id in read(_PANEL_ROWS, (trade_id,)):
        panels.setdefault(jid, set()).add(criterion_id)
    return pairs, panels


def _leave_out(marks: dict[int, dict[str, dict[str, Decimal]]], cid: int, judge: str) -> None:
    """The judge's marks of that contestant taken out of their panels (a panel left empty goes:
    its criterion is not entered)."""
    panels = marks.get(cid)
    if not panels:
        return
    for code in list(panels):
        panels[code].pop(judge, None)
        if not panels[code]:
            del panels[code]
    if not panels:
        del marks[cid]


def read_entries(
    read: RowReader,
    trade_id: int,
    criteria: Mapping[int, str],
    *,
    blind: bool,
    grouped: bool,
) -> list[Entry]:
    """Everything the engine needs for one trade's contestants: a fixed number of statements
    (one per criterion for the marks) whatever the size. `criteria` are the trade's criterion
    codes by id; `blind`, whether its marking is blind (a shared unit is then no ground to
    stand aside); `grouped`, whether it ranks its declared groups separately (if not, every
    entry is of the one field, group "", whatever the registration wrote).

    A mark by a judge who must stand aside for that contestant and criterion (回避: a conflict
    declared, a shared unit, a criterion outside the judge's panel) is left out, as the score
    grid greys it and leaves it uncounted: it can only have been entered before the conflict
    was declared, the unit changed or the panel set, and it stays stored (and in the trail).
    The judge has no mark in that panel; a criterion left with none is not entered."""
    contestants = read(_CONTESTANTS, (trade_id,))
    aside, panels = _stood_aside(read, trade_id, blind, contestants)
    marks: dict[int, dict[str, dict[str, Decimal]]] = _Panels()
    exact: dict[str, Decimal] = DecimalsByText()
    judges: dict[int, str] = _JudgeKeys()
    for criterion_id in sorted(criteria):
        code = criteria[criterion_id]
        panel: dict[str, Decimal] = {}
        last = None
        # the judges whose panel leaves this criterion out (none, mostly: the plain loop)
        outside = {
            jid
            for jid, own in panels.items()
            if stand_aside(
                declared=None,
                judge_unit="",
                contestant_unit="",
                blind=blind,
                panel=own,
                criterion=criterion_id,
            )
            is not None
        }
        for cid, judge, text in read(_MARKS, (criterion_id,)):
            if outside and judge in outside:
                continue
            if cid != last:
                panel = marks[cid][code] = {}
                last = cid
            panel[judges[judge]] = exact[text]
    for cid, jid in aside:
        _leave_out(marks, cid, judges[jid])
    scores: dict[int, dict[str, Decimal]] = {}
    for cid, code, score in read(_SCORES, (trade_id,)):
        scores.setdefault(cid, {})[code] = Decimal(score)
    status: Status
    out = []
    for cid, number, name, unit, team, group, status, minutes, decided in contestants:
        out.append(
            Entry(
                key=str(cid),
                number=number,
                name=name,
                unit=unit,
                team=team,
                group=group if grouped else "",
                status=status,
                marks=marks.get(cid, {}),
                scores=scores.get(cid, {}),
                time=None if minutes is None else Decimal(minutes),
                decided_order=decided,
            )
        )
    return out
