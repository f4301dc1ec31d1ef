"""Score files: the wide form (one column per component or criterion, plus time) and the long form."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from sys import intern
from typing import NamedTuple

from competition_app.domain.errors import Problem, ProblemList, UserError, ValidationError
from competition_app.domain.marks import parse_mark, parse_minutes
from competition_app.domain.rules import TradeRules
from competition_app.io.tabular import Sheet, SheetStream, open_sheet

_NUMBER = {"number", "参赛证号", "参赛号", "编号", "准考证号", "选手编号"}
_TIME = {"time", "用时", "完成时间", "用时（分钟）", "用时(分钟)"}
_LONG = {
    "criterion": {"criterion", "评分项", "评分项代码"},
    "judge": {"judge", "裁判", "裁判代码"},
    "mark": {"mark", "分数", "得分"},
}


class MarkLine(NamedTuple):
    """One mark read from a file: a named tuple (cheap to make) since a city contest has ~10^6."""

    row: int
    number: str
    criterion: str
    judge: str  # judge code; "" for a criterion scored without a panel
    mark: Decimal


@dataclass(frozen=True)
class ScoreLine:
    row: int
    number: str
    component: str
    score: Decimal


@dataclass(frozen=True)
class TimeLine:
    row: int
    number: str
    minutes: Decimal


@dataclass(frozen=True)
class ScoreFile:
    marks: tuple[MarkLine, ...] = ()
    scores: tuple[ScoreLine, ...] = ()
    times: tuple[TimeLine, ...] = ()
    rows: int = 0
    form: str = "wide"
    problems: tuple[Problem, ...] = field(default=())


def _columns(rules: TradeRules) -> dict[str, str]:
    cols: dict[str, str] = {}
    for c in rules.components:
        cols[c.code.lower()] = c.code
        cols[c.name.lower()] = c.code
    for crit in rules.criteria:
        cols[crit.code.lower()] = crit.code
    for alias in _NUMBER:
        cols[alias] = "number"
    for alias in _TIME:
        cols[alias] = "time"
    for canonical, aliases in _LONG.items():
        for alias in aliases:
            cols[alias] = canonical
    return cols


def read_scores(
    path: Path,
    rules: TradeRules,
    *,
    numbers: Collection[str],
    judges: Mapping[str, str],
) -> ScoreFile:
    """Parse and check a score file for one trade; refuse it whole, listing every bad cell.

    `numbers` are the entry numbers of the trade; `judges` maps judge codes and names to codes.
    """
    cols = _columns(rules)
    stream = open_sheet(path, lambda h: cols.get(h.strip().lower()), required=("number",))
    if {"criterion", "mark"} & set(stream.header):
        # a long form is a row per mark (900,000 in one file of a city trade): read as it goes
        return _long_form(stream, rules, numbers, judges)
    return _wide_form(stream.whole(), rules, numbers)


def _check_number(
    sheet: Sheet | SheetStream,
    row: int,
    number: str,
    numbers: Collection[str],
    problems: list[Problem],
) -> bool:
    if not number:
        problems.append(Problem(f"{sheet.source}:{row}:number", "参赛证号为空"))
        return False
    if number not in numbers:
        problems.append(Problem(f"{sheet.source}:{row}:number", f"本工种没有参赛证号“{number}”"))
        return False
    return True


def _wide_form(sheet: Sheet, rules: TradeRules, numbers: Collection[str]) -> ScoreFile:
    problems: list[Problem] = ProblemList()
    for col in sheet.header:
        if col in ("judge", "criterion", "mark"):
            problems.append(
                Problem(f"{sheet.source}:1:{col}", "长表需要 number、criterion、mark 三列")
            )
        elif (
            col not in ("number", "time")
            and col in {c.code for c in rules.components}
            and not rules.is_direct(col)
        ):
            problems.append(
                Problem(
                    f"{sheet.source}:1:{col}",
                    f"“{col}”由评分项累加得出，请按评分项列出分数（或使用长表）",
                )
            )
    if problems:
        raise ValidationError(problems)
    marks: list[MarkLine] = []
    scores: list[ScoreLine] = []
    times: list[TimeLine] = []
    seen: dict[str, int] = {}
    decimals = rules.mark_decimals
    for row, values in sheet.rows:
        number = values.get("number", "")
        if not _check_number(sheet, row, number, numbers, problems):
            continue
        if number in seen:
            problems.append(
                Problem(
                    f"{sheet.source}:{row}:number", f"参赛证号“{number}”与第 {seen[number]} 行重复"
                )
            )
            continue
        seen[number] = row
        for col, text in values.items():
            if col == "number" or not text:
                continue  # an empty cell is "not entered", never zero
            where = f"{sheet.source}:{row}:{col}"
            try:
                if col == "time":
                    times.append(TimeLine(row, number, parse_minutes(text)))
                elif col in {c.code for c in rules.criteria}:
                    crit = rules.criterion(col)
                    mark = parse_mark(
                        text, rules.mark_limit(crit), decimals=rules.mark_places(crit)
                    )
                    marks.append(MarkLine(row, number, col, "", mark))
                else:
                    comp = rules.component(col)
                    scores.append(
                        ScoreLine(
                            row, number, col, parse_mark(text, comp.max_score, decimals=decimals)
                        )
                    )
            except UserError as e:
                problems.append(Problem(where, str(e)))
    if problems:
        raise ValidationError(problems)
    return ScoreFile(tuple(marks), tuple(scores), tuple(times), rows=len(sheet), form="wide")


# The most bits the duplicate check's bitmap may take (32 MB); past it, hashes are kept instead.
_BITMAP_BITS = 1 << 28


class _SeenMarks:
    """Which (number, criterion, judge) the marks read so far hold, for the duplicate check of
    a file of 10^6 marks. One bit per possible key, every entry number, criterion and judge
    numbered (a city trade's 30,000 contestants, 10 criteria and 223 judge codes: 8 MB); where
    that would take more, their hashes (~60 MB for 10^6 marks). Once a key comes again (a
    duplicate, or two keys sharing a hash) the keys themselves are looked at and from then on
    kept, so a file full of duplicates is not looked through over and over."""

    def __init__(
        self,
        marks: list[MarkLine],
        numbers: Collection[str],
        criteria: Collection[str],
        judges: Collection[str],
    ) -> None:
        self._marks = marks  # the marks kept so far: each key once
        self._keys: dict[tuple[str, str, str], int] | None = None
        self._hashes: set[int] | None = None
        self._bits: bytearray | None = None
        size = len(numbers) * len(criteria) * len(judges)
        if size <= _BITMAP_BITS:
            # a key's bit is the sum of its parts' offsets
            per_number = len(criteria) * len(judges)
            self._number = {n: i * per_number for i, n in enumerate(numbers)}
            self._criterion = {c: i * len(judges) for i, c in enumerate(criteria)}
            self._judge = {j: i for i, j in enumerate(judges)}
            self._bits = bytearray(size // 8 + 1)
        else:
            self._hashes = set()

    def first_row(self, key: tuple[str, str, str], row: int) -> int | None:
        """The row of an earlier mark with this key; None when there is none (the mark of
        `row` then holds it). The key's number, criterion and judge are ones it was given."""
        if self._keys is None:
            bits = self._bits
            if bits is not None:
                number, criterion, judge = key
                at = self._number[number] + self._criterion[criterion] + self._judge[judge]
                byte, bit = at >> 3, 1 << (at & 7)
                if not bits[byte] & bit:
                    bits[byte] |= bit
                    return None
            else:
                assert self._hashes is not None
                h = hash(key)
                if h not in self._hashes:
                    self._hashes.add(h)
                    return None
            self._keys = {(m.number, m.criterion, m.judge): m.row for m in self._marks}
            self._bits = self._hashes = None
        found = self._keys.get(key)
        if found is None:
            self._keys[key] = row
        return found


_LONG_COLUMNS = ("number", "criterion", "judge", "mark")


def _long_form(
    sheet: SheetStream, rules: TradeRules, numbers: Collection[str], judges: Mapping[str, str]
) -> ScoreFile:
    problems: list[Problem] = ProblemList()
    for col in ("criterion", "mark"):
        if col not in sheet.header:
            problems.append(Problem(f"{sheet.source}:1", f"长表缺少列“{col}”"))
    extra = set(sheet.header) - set(_LONG_COLUMNS)
    for col in sorted(extra):
        problems.append(
            Problem(f"{sheet.source}:1:{col}", "长表只能有 number、criterion、judge、mark 列")
        )
    if problems:
        for _ in sheet.rows:  # the cells' own problems come first, as for any table
            pass
        sheet.finish()
        raise ValidationError(problems)
    criteria = {c.code: c for c in rules.criteria}
    criteria.update({c.name: c for c in rules.criteria})
    marks: list[MarkLine] = []
    # every code a kept mark can name: the trade's entry numbers, criteria, judges (or none)
    seen = _SeenMarks(
        marks, numbers, [c.code for c in rules.criteria], sorted({"", *judges.values()})
    )
    # A file of a million marks holds a few hundred distinct (criterion, text) pairs: each is
    # parsed once, its mark or its error kept.
    parsed: dict[tuple[str, str], Decimal | str] = {}
    for row, (number, crit_text, judge_text, text) in sheet.tuples(_LONG_COLUMNS):
        # one string per entry number, not one per row of a file of a million marks
        number = intern(number)
        ok = number in numbers or _check_number(sheet, row, number, numbers, problems)
        crit = criteria.get(crit_text)
        if crit is None:
            problems.append(
                Problem(
                    f"{sheet.source}:{row}:criterion",
                    f"未知的评分项“{crit_text}”" if crit_text else "评分项为空",
                )
            )
            ok = False
        judge = judges.get(judge_text, None) if judge_text else ""
        if judge is None:
            problems.append(Problem(f"{sheet.source}:{row}:judge", f"未知的裁判“{judge_text}”"))
            ok = False
        if not text:
            problems.append(Problem(f"{sheet.source}:{row}:mark", "分数为空"))
            continue
        if crit is None:
            continue
        outcome = parsed.get((crit.code, text))
        if outcome is None:
            try:
                outcome = parse_mark(text, rules.mark_limit(crit), decimals=rules.mark_places(crit))
            except UserError as e:
                outcome = str(e)
            parsed[(crit.code, text)] = outcome
        if isinstance(outcome, str):
            problems.append(Problem(f"{sheet.source}:{row}:mark", outcome))
            continue
        mark = outcome
        if not ok or judge is None:
            continue
        first = seen.first_row((number, crit.code, judge), row)
        if first is not None:
            problems.append(
                Problem(f"{sheet.source}:{row}", f"与第 {first} 行重复（同一选手、评分项和裁判）")
            )
            continue
        marks.append(MarkLine(row, number, crit.code, judge, mark))
    sheet.finish()  # the cells' own problems first, as for any table
    if problems:
        raise ValidationError(problems)
    return ScoreFile(marks=tuple(marks), rows=sheet.count, form="long")
