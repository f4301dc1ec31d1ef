"""A whole score file for a trade, imported all or nothing (wide or long form)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import cast

from sqlalchemy import Table, bindparam, literal_column, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from competition_app.domain.errors import Problem, UserError, ValidationError
from competition_app.domain.panel_marks import mixed_reason
from competition_app.domain.recusal import stand_aside
from competition_app.io.score_sheets import MarkLine, ScoreFile, ScoreLine, TimeLine, read_scores
from competition_app.services.collector import collector_paused
from competition_app.services.context import Context
from competition_app.services.integrity import audit, audit_key
from competition_app.services.integrity.permissions import require
from competition_app.services.integrity.row_seals import mark_sealer, seal_rows, seal_where
from competition_app.services.scoring.recusal import (
    criteria_panels,
    declared_conflicts,
    is_blind,
    recusal_reason,
)
from competition_app.services.scoring.scoring import (
    double_entry,
)
from competition_app.services.setup.trades import ensure_unlocked, find_trade, load_rules
from competition_app.storage.bulk_cache import bulk_cache
from competition_app.storage.models import (
    Component,
    ComponentScore,
    Contestant,
    CriterionMark,
    Judge,
    Trade,
)
from competition_app.storage.plain_rows import (
    driver_value,
    next_sqlite_ids,
    plain_executemany,
    plain_rows,
)
from competition_app.storage.trade_reads import DecimalsByText
from competition_app.storage.types import stored_text


@dataclass(frozen=True)
class ScoreImportReport:
    rows: int
    marks: int
    scores: int
    times: int
    form: str


def _upsert(
    s: Session, table: type, values: list[dict[str, object]], keys: list[str], set_cols: list[str]
) -> None:
    """Insert or replace rows in bulk, on SQLite and PostgreSQL alike.

    One statement run for all rows through the driver's executemany: a statement with thousands
    of VALUES per chunk cost more to build and compile than writing the rows did.
    """
    if not values:
        return
    dialect = s.get_bind().dialect.name
    mod = postgresql if dialect == "postgresql" else sqlite
    columns = table.__table__.c  # type: ignore[attr-defined]
    stmt = mod.insert(table.__table__)  # type: ignore[attr-defined]
    stmt = stmt.on_conflict_do_update(
        index_elements=keys,
        set_={c: getattr(stmt.excluded, c) for c in set_cols} | {"version": columns.version + 1},
    )
    s.execute(stmt, values)


_MARK_COLUMNS = (
    "id", "contestant_id", "criterion_id", "judge_id", "mark", "entered_by", "entered_at", "seal",
)  # fmt: skip


Stored = dict[tuple[int, int, int], tuple[int, str]]  # (contestant, criterion, judge) -> id, mark


@dataclass(frozen=True)
class IdMarks:
    """The file's marks keyed by the ids they are stored under, (contestant, criterion,
    judge), made as they are walked: a second copy of 10^6 marks keyed by ids would double
    what an import holds. The file names each key once (a repeat is refused as it is read)."""

    lines: Sequence[MarkLine]
    contestants: dict[str, int]
    criteria: dict[str, int]
    judges: dict[str, int]

    def __len__(self) -> int:
        return len(self.lines)

    def __iter__(self) -> Iterator[tuple[tuple[int, int, int], Decimal]]:
        contestants, criteria, judges = self.contestants, self.criteria, self.judges
        for m in self.lines:
            yield (contestants[m.number], criteria[m.criterion], judges.get(m.judge, 0)), m.mark


def _to_write(
    marks: Iterable[tuple[tuple[int, int, int], Decimal]], stored: Stored
) -> Iterator[tuple[tuple[int, int, int], Decimal, tuple[int, str] | None]]:
    """The marks an import writes, with the stored row each replaces (None for a new one): new
    ones, and those whose value differs from the stored one. A mark given again at its value
    (35 again, or 35.0 where 35 is stored) is no change: its row keeps its text, who entered it
    and when, its version and its seal, as the trail (which lists no change for it) says."""
    values = DecimalsByText()
    get = stored.get
    for key, mark in marks:
        found = get(key)
        if found is None or values[found[1]] != mark:
            yield key, mark, found


def _write_marks(
    s: Session,
    marks: IdMarks,
    stored: Stored,
    who: str,
    now: datetime,
) -> None:
    """Insert or replace the marks (keyed by contestant, criterion and judge ids), sealed, as
    plain rows through the driver's executemany; `stored` holds the rows there are already.

    On SQLite the unit of work holds the one write lock (BEGIN IMMEDIATE), so the id each new
    row will get is known before it is written: the ones after the largest, in order, as SQLite
    itself gives them. Each row then goes in with its seal, and a replaced row keeps its id and
    takes its new seal in the update. On PostgreSQL ids come from a sequence: the rows are
    written first and sealed after.

    Every value goes as the driver takes it, a mark as its stored text (made once, for the row
    and its seal), so the driver's executemany runs no Python per row but this generator's.
    """
    if not marks:
        return
    table = cast(Table, CriterionMark.__table__)
    c = table.c
    at = driver_value(s, c.entered_at, now)
    new_ids = next_sqlite_ids(s, table)
    if new_ids is None:
        columns: tuple[str, ...] = _MARK_COLUMNS[1:]  # the id from the sequence
        rows: Iterable[tuple[object, ...]] = (
            (*key, stored_text(mark), who, at, "") for key, mark, _ in _to_write(marks, stored)
        )
    else:
        columns = _MARK_COLUMNS
        seal = mark_sealer(audit_key.audit_key())

        def sealed() -> Iterator[tuple[object, ...]]:
            for key, mark, found in _to_write(marks, stored):
                new_id = None  # a stored row keeps its id (the insert turns into the update)
                if found is None:
                    row_id = new_id = next(new_ids)
                else:
                    row_id = found[0]
                text = stored_text(mark)
                yield (new_id, *key, text, who, at, seal(row_id, *key, text))

        rows = sealed()
    mod = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    stmt = mod.insert(table).values(
        {name: bindparam(f"new_{name}") for name in columns} | {"version": literal_column("1")}
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=["contestant_id", "criterion_id", "judge_id"],
        set_={
            "mark": stmt.excluded.mark,
            "entered_by": stmt.excluded.entered_by,
            "entered_at": stmt.excluded.entered_at,
            "seal": stmt.excluded.seal,
            "version": c.version + literal_column("1"),
        },
    )
    # ids, texts and the timestamp given as the driver takes them: nothing to convert
    plain_executemany(s, stmt, [(f"new_{name}", None) for name in columns], rows)
    if new_ids is None:
        _seal_marks(s, lambda: ((key, mark) for key, mark, _ in _to_write(marks, stored)))


def _stored_marks(s: Session, criteria: Iterable[int]) -> Stored:
    """Every stored mark of these criteria: its id and its text, by its key."""
    return {
        (cid, crit, judge): (row_id, mark)
        for row_id, cid, crit, judge, mark in plain_rows(
            s,
            select(
                CriterionMark.id,
                CriterionMark.contestant_id,
                CriterionMark.criterion_id,
                CriterionMark.judge_id,
                CriterionMark.mark,  # its text: plain_rows does not convert
            ).where(CriterionMark.criterion_id.in_(sorted(set(criteria)))),
        )
    }


def _seal_marks(
    s: Session, written: Callable[[], Iterable[tuple[tuple[int, int, int], Decimal]]]
) -> None:
    """Seal exactly the marks the import wrote, from the values it wrote: only their ids are
    read back (a bulk statement bypasses the ORM's hook). `written` walks them anew each time
    (not held as a second copy of a big file's marks)."""
    stored = _stored_marks(s, {criterion for (_, criterion, _), _ in written()})
    seal_rows(
        s,
        CriterionMark,
        ((stored[key][0], (*key, mark)) for key, mark in written()),
    )


def _seal_imported(
    s: Session,
    trade_id: int,
    written_scores: Sequence[ScoreLine],
    written_times: Sequence[TimeLine],
    contestants: dict[str, int],
    comp_ids: dict[str, int],
) -> None:
    """Seal exactly the scores and times the import wrote (bulk statements bypass the ORM's
    hook)."""
    people = select(Contestant.id).where(Contestant.trade_id == trade_id)
    scores = {(contestants[x.number], comp_ids[x.component]) for x in written_scores}
    timed = {contestants[t.number] for t in written_times}
    if scores:
        seal_where(s, ComponentScore, ComponentScore.contestant_id.in_(people),
                   keep=lambda r: (r.contestant_id, r.component_id) in scores)  # fmt: skip
    if timed:
        seal_where(s, Contestant, Contestant.trade_id == trade_id, keep=lambda r: r.id in timed)


def import_scores(ctx: Context, event_id: int, trade_code: str, path: Path) -> ScoreImportReport:
    """Import a whole score file for a trade, or nothing if any cell is bad (or any mark comes
    from a judge who must stand aside for the contestant)."""
    require(ctx, "marks")
    # the file's marks are all kept until every one is checked: no full collections over them
    with collector_paused(), ctx.db.unit_of_work() as s:
        trade = find_trade(s, event_id, trade_code)
        ensure_unlocked(trade)
        # what was read and written is let go before the audit entry is made of the changes
        with bulk_cache(s):
            report, changes = _write_file(s, ctx, trade, Path(path))
        audit.record(
            s,
            ctx,
            "scores.import",
            event_id=event_id,
            entity="trade",
            key=trade_code,
            old=changes.old or None,
            new={
                "file": Path(path).name,
                "sha256": _file_digest(Path(path)),
                **report.__dict__,
                "added": changes.added,
                "changes": changes.new,
            },
        )
        return report


def _file_digest(path: Path) -> str:
    """The SHA-256 of the file imported: the values it added are counted in the trail, not
    listed, and this names exactly the file they came from."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_file(
    s: Session, ctx: Context, trade: Trade, path: Path
) -> tuple[ScoreImportReport, Changes]:
    """Read, check and write one score file; the report and what it changed (old, new)."""
    rules = load_rules(trade)
    contestants: dict[str, int] = {
        number: cid
        for number, cid in s.execute(
            select(Contestant.number, Contestant.id).where(Contestant.trade_id == trade.id)
        )
    }
    judges: dict[str, str] = {}
    judge_ids: dict[str, int] = {}
    judge_units: dict[int, str] = {}  # for the recusal check: a unit a judge shares
    for j in s.scalars(select(Judge).where(Judge.event_id == trade.event_id)):
        judges[j.code] = j.code
        judges.setdefault(j.name, j.code)
        judge_ids[j.code] = j.id
        judge_units[j.id] = j.unit.strip()
    parsed = read_scores(path, rules, numbers=contestants.keys(), judges=judges)
    if parsed.marks and double_entry(trade):
        raise UserError(f"工种“{trade.name}”启用了复核，评分项分数须由两人各录一遍，不能导入")
    crit_ids = {c.code: c.id for c in trade.criteria}
    _refuse_conflicted_marks(s, trade, parsed.marks, contestants, crit_ids, judge_ids, judge_units)
    comp_ids = {c.code: c.id for c in trade.components}
    who = ctx.actor
    now = datetime.now().replace(microsecond=0)
    written = IdMarks(parsed.marks, contestants, crit_ids, judge_ids)
    stored = _stored_marks(s, crit_ids.values())
    names = _Names(
        {cid: number for number, cid in contestants.items()},
        {cid: code for code, cid in crit_ids.items()},
        {jid: code for code, jid in judge_ids.items()},
    )
    _refuse_mixed_panels(written, stored, names)
    changes = _import_changes(s, trade, parsed, written, stored, names)
    _write_marks(s, written, stored, who, now)
    del stored  # a re-import's stored marks let go before the scores and the audit entry
    scores = [x for x in parsed.scores if f"{x.number}/{x.component}" not in changes.same]
    times = [t for t in parsed.times if f"{t.number}/time" not in changes.same]
    _upsert(
        s,
        ComponentScore,
        [
            {
                "contestant_id": contestants[x.number],
                "component_id": comp_ids[x.component],
                "score": x.score,
                "entered_by": who,
                "entered_at": now,
            }
            for x in scores
        ],
        ["contestant_id", "component_id"],
        ["score", "entered_by", "entered_at"],
    )
    for t in times:
        s.execute(
            update(Contestant)
            .where(Contestant.id == contestants[t.number])
            .values(time_minutes=t.minutes, version=Contestant.version + 1)
        )
    _seal_imported(s, trade.id, scores, times, contestants, comp_ids)
    report = ScoreImportReport(
        parsed.rows, len(parsed.marks), len(parsed.scores), len(parsed.times), parsed.form
    )
    return report, changes


def _refuse_mixed_panels(written: IdMarks, stored: Stored, names: _Names) -> None:
    """Refuse the file when a contestant's criterion would hold both a mark without a judge and
    judges' marks, from the file or stored already (domain.panel_marks): the unnamed mark would
    count as one more judge. Looked into only when both kinds are there at all."""
    unnamed = any(not m.judge for m in written.lines) or any(k[2] == 0 for k in stored)
    named = any(m.judge for m in written.lines) or any(k[2] != 0 for k in stored)
    if not (unnamed and named):
        return
    judges: dict[tuple[int, int], set[int]] = {}
    for cid, crit, judge in stored:
        judges.setdefault((cid, crit), set()).add(judge)
    for (cid, crit, judge), _mark in written:
        judges.setdefault((cid, crit), set()).add(judge)
    problems: list[Problem] = []
    for line, ((cid, crit, judge), _mark) in zip(written.lines, written, strict=True):
        held = judges[(cid, crit)]
        if 0 not in held or len(held) == 1:
            continue
        codes = sorted(names.judges.get(j, "?") for j in held if j)
        reason = mixed_reason(line.number, line.criterion, unnamed=not judge, judges=codes)
        problems.append(Problem(f"row {line.row}", reason))
    if problems:
        listed = problems[:_LISTED]
        if len(problems) > _LISTED:
            listed.append(Problem("…", f"另有 {len(problems) - _LISTED} 个分数同样不能导入"))
        raise ValidationError(listed)


# How many rows a refusal lists one by one; the rest are counted in one line.
_LISTED = 200


_UNSEEN = "\x00unseen"  # not a reason and not None (no reason)


def _refuse_conflicted_marks(
    s: Session,
    trade: Trade,
    marks: Sequence[MarkLine],
    contestants: dict[str, int],
    crit_ids: dict[str, int],
    judge_ids: dict[str, int],
    judge_units: dict[int, str],
) -> None:
    """Refuse the file when any mark comes from a judge who must stand aside (recusal_reason).

    A city contest imports a million marks: what could make a judge stand aside (a declared
    conflict, the same unit, a criteria panel) is read first (`judge_units`: every judge of
    the event, as the import loaded them); the marks are looked at only when one of them is
    there, and recusal_reason, which words the refusal, runs only for the marks it could refuse.
    """
    declared = declared_conflicts(s, trade)
    panels = criteria_panels(s, trade)
    blind = is_blind(trade)
    units: dict[int, str] = {}
    if not blind and any(judge_units.values()):
        units = {
            cid: unit.strip()
            for cid, unit in s.execute(
                select(Contestant.id, Contestant.unit).where(Contestant.trade_id == trade.id)
            )
        }
    if not declared and not panels and not units:
        return  # no conflict declared, no panel, no unit to share: stand_aside finds no ground
    problems: list[Problem] = []
    # the answer for a judge and a contestant holds for every criterion unless the judge marks
    # only a panel's: then it is worked out per criterion (a million marks, ~10^5 pairs)
    seen: dict[tuple[int, int, int], str | None] = {}
    for m in marks:
        jid = judge_ids.get(m.judge, 0)
        if not jid:
            continue
        cid = contestants[m.number]
        panel = panels.get(jid, ())
        criterion = crit_ids[m.criterion]
        key = (jid, cid, criterion if panel else 0)
        reason = seen.get(key, _UNSEEN)
        if reason is _UNSEEN:
            ground = stand_aside(
                declared=declared.get((jid, cid)),
                judge_unit=judge_units.get(jid, ""),
                contestant_unit=units.get(cid, ""),
                blind=blind,
                panel=panel,
                criterion=criterion,
            )
            reason = None
            if ground is not None:
                # the same rule again, with the names it needs to say so
                person = s.get(Contestant, cid)
                assert person is not None
                reason = recusal_reason(s, trade, person, jid, criterion)
            seen[key] = reason
        if reason:
            problems.append(Problem(f"row {m.row}: {m.number}/{m.criterion}/{m.judge}", reason))
    if problems:
        raise ValidationError(problems)


@dataclass(frozen=True)
class _Names:
    """How the trail names what an import changed: entry number, criterion and judge codes."""

    numbers: dict[int, str]
    criteria: dict[int, str]
    judges: dict[int, str]


@dataclass(frozen=True)
class Changes:
    """What an import changes: each value it replaces, before and after, keyed
    "number/criterion/judge", "number/component" and "number/time"; and how many it adds
    where there was none (counted, not listed: a first import of a city's 10^6 marks would
    otherwise copy them all into one audit entry)."""

    old: dict[str, str]
    new: dict[str, str]
    added: int
    # the scores and times ("number/component", "number/time") given again at their value:
    # left as they are, as the marks are (`_to_write`)
    same: frozenset[str] = frozenset()


def _import_changes(
    s: Session,
    trade: Trade,
    parsed: ScoreFile,
    written: IdMarks,
    stored: Stored,
    names: _Names,
) -> Changes:
    old: dict[str, str] = {}
    new: dict[str, str] = {}
    added = 0 if stored else len(written)
    values = DecimalsByText()
    # a first import (nothing stored) replaces nothing: each mark is one added
    for key, mark in written if stored else ():
        found = stored.get(key)
        if found is None:
            added += 1
            continue
        prior = values[found[1]]
        if prior != mark:
            cid, crit, judge = key
            judge_code = names.judges.get(judge, "-") if judge else "-"
            where = f"{names.numbers[cid]}/{names.criteria[crit]}/{judge_code}"
            old[where], new[where] = format(prior, "f"), format(mark, "f")
    before: dict[str, Decimal] = {}
    for number, comp, score in s.execute(
        select(Contestant.number, Component.code, ComponentScore.score)
        .join(Component, ComponentScore.component_id == Component.id)
        .join(Contestant, ComponentScore.contestant_id == Contestant.id)
        .where(Component.trade_id == trade.id)
    ).tuples():
        before[f"{number}/{comp}"] = score
    for number, minutes in s.execute(
        select(Contestant.number, Contestant.time_minutes).where(
            Contestant.trade_id == trade.id, Contestant.time_minutes.is_not(None)
        )
    ).tuples():
        if minutes is not None:
            before[f"{number}/time"] = minutes
    incoming: dict[str, Decimal] = {}
    for x in parsed.scores:
        incoming[f"{x.number}/{x.component}"] = x.score
    for t in parsed.times:
        incoming[f"{t.number}/time"] = t.minutes
    same: set[str] = set()
    for where_, value in incoming.items():
        was = before.get(where_)
        if was is None:
            added += 1
        elif was != value:
            old[where_], new[where_] = format(was, "f"), format(value, "f")
        else:
            same.add(where_)
    return Changes(old, new, added, frozenset(same))
