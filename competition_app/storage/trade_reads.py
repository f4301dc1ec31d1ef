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


def read_entries(read: RowReader, trade_id: int, criteria: Mapping[int, str]) -> list[Entry]:
    """Everything the engine needs for one trade's contestants: a fixed number of statements
    (one per criterion for the marks) whatever the size. `criteria` are the trade's criterion
    codes by id."""
    contestants = read(_CONTESTANTS, (trade_id,))
    marks: dict[int, dict[str, dict[str, Decimal]]] = _Panels()
    exact: dict[str, Decimal] = DecimalsByText()
    judges: dict[int, str] = _JudgeKeys()
    for criterion_id in sorted(criteria):
        code = criteria[criterion_id]
        panel: dict[str, Decimal] = {}
        last = None
        for cid, judge, text in read(_MARKS, (criterion_id,)):
            if cid != last:
                panel = marks[cid][code] = {}
                last = cid
            panel[judges[judge]] = exact[text]
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
                group=group,
                status=status,
                marks=marks.get(cid, {}),
                scores=scores.get(cid, {}),
                time=None if minutes is None else Decimal(minutes),
                decided_order=decided,
            )
        )
    return out
