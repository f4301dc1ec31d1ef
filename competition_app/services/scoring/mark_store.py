"""The one save path of a stored value: a criterion mark or a directly entered score.

record_mark, record_score, a verified or resolved pass and an appeal's new mark all end here:
the version check, the write (insert, update or delete) with its row seal, and the audit entry,
in the caller's unit of work. Written as plain statements, not through the ORM's flush: a save
is then a handful of statements (the stored row, the write, the seal of a new row, the audit
entry and its head) instead of fifteen.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from competition_app.domain.errors import ConflictError
from competition_app.services.context import Context
from competition_app.services.integrity import audit, audit_key
from competition_app.services.integrity.row_seals import SEALED, row_seal
from competition_app.storage.models import ComponentScore, CriterionMark


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

    def where(self) -> list[Any]:
        return [getattr(self.model, name) == value for name, value in self.keys]


def mark_slot(contestant_id: int, criterion_id: int, judge_id: int) -> Slot:
    return Slot(
        CriterionMark,
        (("contestant_id", contestant_id), ("criterion_id", criterion_id), ("judge_id", judge_id)),
    )


def score_slot(contestant_id: int, component_id: int) -> Slot:
    return Slot(ComponentScore, (("contestant_id", contestant_id), ("component_id", component_id)))


@dataclass(frozen=True)
class Stored:
    """The row as it is now: its id (None: no row), value and version (0 without a row)."""

    row_id: int | None
    value: Decimal | None
    version: int


def stored(s: Session, slot: Slot) -> Stored:
    model = slot.model
    row = s.execute(
        select(model.id, getattr(model, slot.field), model.version).where(*slot.where())
    ).first()
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
    model = slot.model
    if value == current.value:
        return Saved(value, current.version)
    if value is None:
        assert current.row_id is not None
        s.execute(delete(model).where(model.id == current.row_id))
        return Saved(None, 0)  # no row now: the next save expects version 0
    if current.row_id is None:
        new_id = s.execute(
            insert(model)
            .values(**dict(slot.keys), **{slot.field: value}, entered_by=ctx.actor)
            .returning(model.id)
        ).scalar_one()
        s.execute(update(model).where(model.id == new_id).values(seal=_seal(slot, new_id, value)))
        return Saved(value, 1)
    s.execute(
        update(model)
        .where(model.id == current.row_id)
        .values(
            **{slot.field: value},
            entered_by=ctx.actor,
            version=current.version + 1,
            seal=_seal(slot, current.row_id, value),
        )
    )
    return Saved(value, current.version + 1)


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
