"""The one save path of a stored value: a criterion mark or a directly entered score.

record_mark, record_score, a verified or resolved pass and an appeal's new mark all end here:
the version check, the write (insert, update or delete) with its row seal, and the audit entry,
in the caller's unit of work. Written as plain statements, not through the ORM's flush: a save
is then a handful of statements (the stored row, the write, the seal of a new row, the audit
entry and its head) instead of fifteen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cache

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from competition_app.domain.errors import ConflictError
from competition_app.services.context import Context
from competition_app.services.integrity import audit, audit_key
from competition_app.services.integrity.row_seals import SEALED, row_seal
from competition_app.storage.models import ComponentScore, CriterionMark
from competition_app.storage.prepared import Prepared


@dataclass(frozen=True)
class Saved:
    """What the grid shows after a save: the stored value and its version for the next edit."""

    value: Decimal | None
    version: int


@dataclass(frozen=True)
class Slot:
    """Where one value lives: the row of `model` with these key columns; `field` holds it."""

    model: type[CriterionMark] | type[ComponentScore]
    keys: tuple[tuple[str, int], ...]  # in the order of SEALED[model], the value last

    @property
    def field(self) -> str:
        return "mark" if self.model is CriterionMark else "score"


def mark_slot(contestant_id: int, criterion_id: int, judge_id: int) -> Slot:
    return Slot(
        CriterionMark,
        (("contestant_id", contestant_id), ("criterion_id", criterion_id), ("judge_id", judge_id)),
    )


def score_slot(contestant_id: int, component_id: int) -> Slot:
    return Slot(ComponentScore, (("contestant_id", contestant_id), ("component_id", component_id)))


@dataclass(frozen=True)
class _Statements:
    """The four statements of a save into one table, prepared once (storage/prepared.py)."""

    stored: Prepared
    insert: Prepared
    update: Prepared
    delete: Prepared


@cache
def _statements(model: type[CriterionMark] | type[ComponentScore]) -> _Statements:
    field = "mark" if model is CriterionMark else "score"
    keys = [name for name in SEALED[model] if name != field]
    value = getattr(model, field)
    return _Statements(
        stored=Prepared(
            lambda: select(model.id, value, model.version).where(
                *(getattr(model, k) == bindparam(k) for k in keys)
            )
        ),
        insert=Prepared(
            lambda: (
                insert(model)
                .values(
                    {k: bindparam(k) for k in keys}
                    | {field: bindparam("value", type_=value.type)}
                    | {"entered_by": bindparam("by"), "entered_at": bindparam("at")}
                    | {"version": 1, "seal": ""}  # sealed once its id is known
                )
                .returning(model.id)
            )
        ),
        update=Prepared(
            lambda: (
                update(model)
                .where(model.id == bindparam("row_id"))
                .values(
                    {field: bindparam("value", type_=value.type), "entered_by": bindparam("by")}
                    | {"version": bindparam("version"), "seal": bindparam("seal")}
                )
            )
        ),
        delete=Prepared(lambda: delete(model).where(model.id == bindparam("row_id"))),
    )


@dataclass(frozen=True)
class Stored:
    """The row as it is now: its id (None: no row), value and version (0 without a row)."""

    row_id: int | None
    value: Decimal | None
    version: int


def stored(s: Session, slot: Slot) -> Stored:
    row = _statements(slot.model).stored.first(s, **dict(slot.keys))
    return Stored(None, None, 0) if row is None else Stored(row[0], row[1], row[2])


def check_version(current: Stored, expected: int | None) -> None:
    """Refuse a save made over a value the station has not seen (another station's save)."""
    if expected is not None and expected != current.version:
        shown = "（已清空）" if current.value is None else str(current.value)
        raise ConflictError(f"另一台记分电脑刚刚保存了这个分数：{shown}。请核对后再修改。")


def _seal(slot: Slot, row_id: int, value: Decimal) -> str:
    # as row_seals seals what is stored: the key columns, then the value
    fields = dict(slot.keys) | {slot.field: value}
    values = [fields[name] for name in SEALED[slot.model]]
    return row_seal(audit_key.audit_key(), slot.model.__tablename__, row_id, values)


def write(s: Session, ctx: Context, slot: Slot, current: Stored, value: Decimal | None) -> Saved:
    """Store `value` in the slot (None deletes the row); nothing is written when it is what is
    stored already (every write is audited, and other stations' versions stay valid)."""
    statements = _statements(slot.model)
    if value == current.value:
        return Saved(value, current.version)
    if value is None:
        assert current.row_id is not None
        statements.delete.run(s, row_id=current.row_id)
        return Saved(None, 0)  # no row now: the next save expects version 0
    if current.row_id is None:
        at = datetime.now().replace(microsecond=0)
        inserted = statements.insert.first(s, **dict(slot.keys), value=value, by=ctx.actor, at=at)
        assert inserted is not None
        new_id = int(inserted[0])
        seal = _seal(slot, new_id, value)
        statements.update.run(s, row_id=new_id, value=value, by=ctx.actor, version=1, seal=seal)
        return Saved(value, 1)
    version = current.version + 1
    seal = _seal(slot, current.row_id, value)
    statements.update.run(
        s, row_id=current.row_id, value=value, by=ctx.actor, version=version, seal=seal
    )
    return Saved(value, version)


def save_value(
    s: Session,
    ctx: Context,
    slot: Slot,
    value: Decimal | None,
    *,
    expected_version: int | None,
    action: str,
    event_id: int,
    key: str,
    reason: str = "",
) -> tuple[Saved, Decimal | None]:
    """Check the version, write, audit (when the value changed): the saved value and version,
    and the value before."""
    current = stored(s, slot)
    check_version(current, expected_version)
    saved = write(s, ctx, slot, current, value)
    if current.value != value:
        audit.record(
            s,
            ctx,
            action,
            event_id=event_id,
            entity=slot.model.__tablename__,
            key=key,
            old=current.value,
            new=value,
            reason=reason,
        )
    return saved, current.value
