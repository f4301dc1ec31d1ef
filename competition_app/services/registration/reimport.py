"""Importing a corrected registration file over the contestants already there ("update
existing"): a preview of new, changed and unchanged rows with each change field by field, then
one transaction, audited with every value replaced.

A contestant's status (absent, disqualified at check-in) is the contest day's, not the form's,
so an update never touches it, nor a field whose column the form lacks; moving someone to
another trade is done on the contestants page (their marks belong to the old trade), so a row
that would is a problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from competition_app.domain.errors import ConflictError, Problem, ValidationError
from competition_app.io.registration import ContestantRow, read_contestants, validate_contestants
from competition_app.services.collector import collector_paused
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.printing.glyphs import missing_glyph_lines
from competition_app.services.registration.contestants import (
    _trade_codes,
    _trade_lookup,
    new_contestant,
)
from competition_app.services.setup.trades import ensure_unlocked
from competition_app.storage.models import Contestant, Trade

# form field -> column of Contestant; what an update may change
FIELDS = {
    "name": "name",
    "gender": "gender",
    "id_number": "id_number",
    "unit": "unit",
    "team": "team",
    "group": "group_name",
}


@dataclass(frozen=True)
class FieldChange:
    field: str  # a key of FIELDS
    old: str
    new: str


@dataclass(frozen=True)
class RowUpdate:
    """An existing contestant the file changes, with the version seen (refused if it moved)."""

    row: ContestantRow
    contestant_id: int
    version: int
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class UpdatePreview:
    new: tuple[ContestantRow, ...]
    changed: tuple[RowUpdate, ...]
    unchanged: tuple[ContestantRow, ...]
    problems: tuple[Problem, ...]
    total_rows: int
    missing_glyphs: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def writes(self) -> int:
        return len(self.new) + len(self.changed)


def preview_update(ctx: Context, event_id: int, path: Path) -> UpdatePreview:
    """Read a corrected registration file against the contestants there; nothing is written."""
    # every row of the file and every contestant are kept until all are compared, and none are
    # in cycles: no full collections over them meanwhile (as for the registration import)
    with collector_paused():
        return _preview_update(ctx, event_id, path)


def _preview_update(ctx: Context, event_id: int, path: Path) -> UpdatePreview:
    try:
        sheet = read_contestants(path)
    except ValidationError as e:
        return UpdatePreview((), (), (), e.problems, 0)
    with ctx.db.reading() as s:
        trades = _trade_codes(s, event_id)
        rows = s.execute(
            select(Contestant, Trade.code)
            .join(Trade, Contestant.trade_id == Trade.id)
            .where(Contestant.event_id == event_id)
        ).all()
        there = {c.number: (c, code) for c, code in rows}
        try:
            read = validate_contestants(sheet, trades=trades)
        except ValidationError as e:
            return UpdatePreview((), (), (), e.problems, len(sheet))
        # a column the form does not have changes nothing (it would blank the field)
        compared = {f: col for f, col in FIELDS.items() if f in sheet.header}
        new: list[ContestantRow] = []
        changed: list[RowUpdate] = []
        same: list[ContestantRow] = []
        problems: list[Problem] = []
        for r in read:
            found = there.get(r.number)
            if found is None:
                new.append(r)
                continue
            c, code = found
            if r.trade != code:
                problems.append(
                    Problem(
                        f"{Path(path).name}:{r.row}:trade",
                        f"{r.number} {c.name} 已报名工种“{code}”；换工种请在选手页修改",
                    )
                )
                continue
            changes = tuple(
                FieldChange(f, getattr(c, col) or "", getattr(r, f) or "")
                for f, col in compared.items()
                if (getattr(c, col) or "") != (getattr(r, f) or "")
            )
            if changes:
                changed.append(RowUpdate(r, c.id, c.version, changes))
            else:
                same.append(r)
    glyphs = missing_glyph_lines(
        (f"第 {r.row} 行", (r.name, r.unit, r.team)) for r in [*new, *(u.row for u in changed)]
    )
    return UpdatePreview(
        tuple(new), tuple(changed), tuple(same), tuple(problems), len(sheet), tuple(glyphs)
    )


def apply_update(ctx: Context, event_id: int, preview: UpdatePreview, *, source: str = "") -> int:
    """Add the new rows and change the changed ones in one transaction; returns how many rows
    were written. A contestant changed since the preview is refused (preview again)."""
    with collector_paused():
        return _apply_update(ctx, event_id, preview, source=source)


def _apply_update(ctx: Context, event_id: int, preview: UpdatePreview, *, source: str) -> int:
    require(ctx, "contestants")
    if not preview.ok:
        raise ValidationError(preview.problems)
    with ctx.db.unit_of_work() as s:
        trades = _trade_lookup(s, event_id)
        for t in {trades[r.trade].id: trades[r.trade] for r in preview.new}.values():
            ensure_unlocked(t)
        old: dict[str, dict[str, str]] = {}
        new: dict[str, dict[str, str]] = {}
        for u in preview.changed:
            c = s.get(Contestant, u.contestant_id)
            if c is None or c.version != u.version:
                raise ConflictError(
                    f"选手 {u.row.number} 在预览后被修改过（另一台电脑或本机），请重新导入预览"
                )
            trade = s.get(Trade, c.trade_id)
            assert trade is not None
            ensure_unlocked(trade)
            for ch in u.changes:
                setattr(c, FIELDS[ch.field], ch.new)
            c.version += 1
            old[u.row.number] = {ch.field: ch.old for ch in u.changes}
            new[u.row.number] = {ch.field: ch.new for ch in u.changes}
        if preview.new:
            s.execute(
                insert(Contestant),
                [new_contestant(event_id, trades[r.trade].id, r) for r in preview.new],
            )
        audit.record(
            s,
            ctx,
            "contestants.update",
            event_id=event_id,
            entity="contestant",
            key=source,
            old=old or None,
            new={"added": [r.number for r in preview.new], "changed": new},
        )
    return preview.writes
