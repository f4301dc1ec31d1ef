"""Copying one event, and every row that hangs off it, from one database to another with new ids.

Driven by the ORM metadata rather than a list of tables, so a table added by a later migration
is carried as soon as it points (by foreign key) at the event or at something of the event.
References that are plain integers rather than foreign keys are named in SOFT_REFERENCES; a test
(tests/services/test_archive.py) fails when a new `*_id` column is neither.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Table, insert, select
from sqlalchemy.orm import Session

from competition_app.services.integrity.row_seals import seal_event
from competition_app.storage.models import Base

# (table, column) -> table it points at, for integer references that carry no foreign key.
# 0 (or NULL) stays as it is: criterion_mark.judge_id 0 means "no panel".
SOFT_REFERENCES: dict[tuple[str, str], str] = {
    ("criterion_mark", "judge_id"): "judge",
    ("mark_entry", "judge_id"): "judge",
}
# Never copied row by row: Alembic's bookkeeping, and the hash-chained audit trail (which is
# carried as a summary, see services.archive).
NOT_COPIED = frozenset({"alembic_version", "audit_entry"})
ROOT = "event"
_CHUNK = 500
Rewrite = Callable[[Any], Any]


@dataclass
class CopyResult:
    event_id: int
    counts: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # rows pointing outside the event


def _references(table: Table) -> list[tuple[Column[Any], str]]:
    refs: list[tuple[Column[Any], str]] = []
    for col in table.columns:
        for fk in col.foreign_keys:
            refs.append((col, fk.column.table.name))
        soft = SOFT_REFERENCES.get((table.name, col.name))
        if soft is not None:
            refs.append((col, soft))
    return refs


def event_tables() -> list[Table]:
    """The tables copied with an event, each after every table it points at."""
    names = {ROOT}
    for table in Base.metadata.sorted_tables:  # parents first, so one pass finds every child
        if table.name not in NOT_COPIED and any(t in names for _c, t in _references(table)):
            names.add(table.name)
    # Order again counting the soft references too (criterion_mark needs judge's new ids).
    ordered: list[Table] = []
    done: set[str] = set()
    pending = [Base.metadata.tables[n] for n in names]
    while pending:
        ready = [
            t
            for t in pending
            if all(x in done or x == t.name or x not in names for _c, x in _references(t))
        ]
        if not ready:
            raise RuntimeError(f"circular references among {[t.name for t in pending]}")
        ready.sort(key=lambda t: (t.name != ROOT, t.name))
        for t in ready:
            ordered.append(t)
            done.add(t.name)
            pending.remove(t)
    return ordered


def _own_id(table: Table) -> Column[Any] | None:
    """The table's own surrogate id (single integer primary key), renumbered on copy."""
    pk = list(table.primary_key.columns)
    if len(pk) == 1 and pk[0].name == "id":
        return pk[0]
    return None


def _referenced(tables: list[Table]) -> set[str]:
    """Tables whose new ids some other table needs."""
    return {target for t in tables for _col, target in _references(t)}


def copy_event(
    src: Session, dst: Session, event_id: int, *, rewrite_settings: Rewrite | None = None
) -> CopyResult:
    """Copy the event `event_id` of `src` into `dst` (in the caller's unit of work)."""
    tables = event_tables()
    names = {t.name for t in tables}
    needed = _referenced(tables)
    id_maps: dict[str, dict[int, int]] = {ROOT: {}}
    result = CopyResult(event_id=0)
    for table in tables:
        refs = _references(table)
        own = _own_id(table)
        if table.name == ROOT:
            rows = src.execute(select(table).where(table.c.id == event_id)).mappings().all()
        else:
            rows = _rows_of_event(src, table, refs, id_maps, names)
        bulk: list[dict[str, Any]] = []
        copied = skipped = 0
        for row in rows:
            values = dict(row)
            if not _remap(values, refs, id_maps, names):
                skipped += 1
                continue
            if rewrite_settings is not None and "settings" in values:
                values["settings"] = rewrite_settings(values["settings"])
            old_id = values.pop("id", None) if own is not None else None
            if own is not None and old_id is not None and table.name in needed:
                new_id = dst.execute(insert(table).values(values).returning(own)).scalar_one()
                id_maps.setdefault(table.name, {})[int(old_id)] = int(new_id)
            else:
                bulk.append(values)
            copied += 1
        if bulk:
            dst.execute(insert(table), bulk)
        result.counts[table.name] = copied
        if skipped:
            result.skipped[table.name] = skipped
    dst.flush()
    result.event_id = id_maps[ROOT][event_id]
    # The copied seals name the old row ids (and maybe another laptop's key): seal afresh.
    seal_event(dst, result.event_id)
    return result


def _rows_of_event(
    src: Session,
    table: Table,
    refs: list[tuple[Column[Any], str]],
    id_maps: dict[str, dict[int, int]],
    copied_tables: set[str],
) -> list[Any]:
    """The rows of `table` pointing at rows already copied, selected in chunks of ids."""
    inward = [(c, t) for c, t in refs if t in copied_tables]
    # One non-null reference is enough to find every row; with only nullable ones, try each.
    required = [(c, t) for c, t in inward if not c.nullable]
    rows: dict[Any, Any] = {}
    for col, target in required[:1] or inward:
        ids = list(id_maps.get(target, {}))
        for i in range(0, len(ids), _CHUNK):
            for row in src.execute(select(table).where(col.in_(ids[i : i + _CHUNK]))).mappings():
                key = tuple(row[k.name] for k in table.primary_key.columns)
                rows[key or tuple(row.values())] = row
    return list(rows.values())


def _remap(
    values: dict[str, Any],
    refs: list[tuple[Column[Any], str]],
    id_maps: dict[str, dict[int, int]],
    copied_tables: set[str],
) -> bool:
    """Point the row's references at the new ids; False when it belongs to something not copied."""
    for col, target in refs:
        old = values.get(col.name)
        if old is None or (old == 0 and (col.table.name, col.name) in SOFT_REFERENCES):
            continue
        if target in copied_tables:
            new = id_maps.get(target, {}).get(int(old))
            if new is None:
                return False  # another event's row (or a dangling reference)
            values[col.name] = new
        elif col.nullable:
            values[col.name] = None  # e.g. a user account that stays on the old laptop
        else:
            return False
    return True
