"""Event archives (`.cpa`): one event exported to one file and imported on another laptop.

An archive is a ZIP holding
- `manifest.json`: format name and version, app version, schema revision, what the event holds,
  and the SHA-256 of every other member (a damaged or altered file is refused);
- `event.db`: an SQLite database at the app's schema holding only that event (trades, rules,
  contestants, judges, marks, scores, and whatever else hangs off the event);
- `audit.json`: the event's audit trail as it was, summarised into one audit entry on import
  (the trail is hash-chained per database, so its entries cannot join another database's chain);
- `files/…`: certificate layout files and the images they use, referenced by the event's settings.

Importing gives every row a new id in the receiving database, in one unit of work.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from competition_app import __version__
from competition_app.domain.errors import UserError
from competition_app.services.backup.archive_copy import copy_event
from competition_app.services.backup.archive_format import (
    AUDIT,
    DATA,
    FILES,
    FORMAT_NAME,
    FORMAT_VERSION,
    ArchiveError,
    ArchiveSummary,
    UnverifiedArchive,
    member_problem,
    preview_archive,
    read_verified,
    write_archive,
)
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.storage.backup import integrity_check
from competition_app.storage.database import Database
from competition_app.storage.models import AuditEntry, Event, Trade

__all__ = [
    "ArchiveError",
    "ArchiveSummary",
    "ImportReport",
    "UnverifiedArchive",
    "export_event_archive",
    "import_event_archive",
    "preview_archive",
]
_ATTACHABLE = (".toml", ".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class ImportReport:
    event_id: int
    event_name: str
    counts: dict[str, int]  # rows copied per table
    files: dict[str, Path] = field(default_factory=dict)  # original path -> where it now is


# -- export ---------------------------------------------------------------------------------


def _path_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _path_strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _path_strings(v)


def _layout_images(path: Path) -> list[Path]:
    from competition_app.reports.layouts import load_layout

    try:
        layout = load_layout(path)
    except UserError:
        return []  # a layout that no longer loads is still carried, as it is
    images = [img.path for img in layout.images]
    if layout.background is not None:
        images.append(layout.background)
    return [Path(p) for p in images if Path(p).is_file()]


def referenced_files(settings: Sequence[dict[str, Any]], extra: Sequence[Path] = ()) -> list[Path]:
    """Layout files and images named (as existing absolute paths) in the settings, plus `extra`,
    plus the images each layout uses."""
    found: list[Path] = []
    candidates = [Path(s) for mapping in settings for s in _path_strings(mapping)]
    for p in [*candidates, *extra]:
        if p.is_absolute() and p.suffix.lower() in _ATTACHABLE and p.is_file() and p not in found:
            found.append(p)
            if p.suffix.lower() == ".toml":
                found.extend(i for i in _layout_images(p) if i not in found)
    return found


def _pack_files(files: Sequence[Path]) -> dict[str, Path]:
    """Archive member names for the files: each layout with its images under one folder, so the
    relative image paths inside the layout still hold after extraction."""
    if not files:
        return {}
    members: dict[str, Path] = {}
    groups: dict[Path, list[Path]] = {}
    for p in files:
        groups.setdefault(p.parent, []).append(p)
    # Files under another group's folder join it (a layout's `images/logo.png`).
    roots = sorted(groups, key=lambda d: len(d.parts))
    merged: dict[Path, list[Path]] = {}
    for d in roots:
        home = next((r for r in merged if d.is_relative_to(r)), d)
        merged.setdefault(home, []).extend(groups[d])
    for k, (root, paths) in enumerate(merged.items(), start=1):
        for p in paths:
            members[f"{FILES}{k}/{p.relative_to(root).as_posix()}"] = p
    return members


def _audit_rows(ctx: Context, event_id: int) -> list[dict[str, Any]]:
    with ctx.db.reading() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.event_id == event_id).order_by(AuditEntry.id)
        )
        return [
            {
                "id": e.id,
                "at": e.at.isoformat(timespec="seconds") if e.at else "",
                "user": e.user,
                "action": e.action,
                "entity": e.entity,
                "key": e.entity_key,
                "old": e.old_value,
                "new": e.new_value,
                "reason": e.reason,
                "hash": e.hash,
            }
            for e in entries
        ]


def _settings_of(ctx: Context, event_id: int) -> tuple[str, str, list[dict[str, Any]]]:
    with ctx.db.reading() as s:
        ev = s.get(Event, event_id)
        if ev is None:
            raise UserError(f"没有编号为 {event_id} 的赛事")
        trades = s.scalars(select(Trade).where(Trade.event_id == event_id)).all()
        return ev.name, ev.date, [dict(ev.settings), *(dict(t.settings) for t in trades)]


def _single_file(path: Path) -> None:
    """Leave the exported database as one file in rollback mode, compacted."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()


def export_event_archive(
    ctx: Context, event_id: int, dest: Path, *, attachments: Sequence[Path] = ()
) -> ArchiveSummary:
    """Write the event to `dest` (a `.cpa` file); `attachments` adds layout files to carry."""
    # The archive holds everything of the event, its certificate secret and blind codes too.
    require(ctx, "events")
    dest = Path(dest)
    name, date, settings = _settings_of(ctx, event_id)
    files = _pack_files(referenced_files(settings, [Path(a) for a in attachments]))
    with tempfile.TemporaryDirectory(prefix="cpa-export-") as tmp:
        db_file = Path(tmp) / DATA
        out = Database(db_file)
        try:
            with ctx.db.reading() as src, out.unit_of_work() as dst:
                result = copy_event(src, dst, event_id)
            revision = out.schema_revision()
        finally:
            out.dispose()
        _single_file(db_file)
        payload: dict[str, bytes] = {
            DATA: db_file.read_bytes(),
            AUDIT: json.dumps(_audit_rows(ctx, event_id), ensure_ascii=False, indent=1).encode(),
        }
        for member, source in files.items():
            payload[member] = source.read_bytes()
        trail = audit.verify_audit(ctx)
        manifest = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "schema_revision": revision,
            "exported_at": datetime.now().isoformat(timespec="seconds"),
            "event": {"name": name, "date": date, "source_id": event_id},
            "counts": result.counts,
            "skipped": result.skipped,
            "originals": {member: str(source) for member, source in files.items()},
            # The exporting database's whole trail as verified at export: its entries cannot
            # travel (they are one chain with the other events'), its verdict does.
            "source_audit": {
                "ok": trail.ok,
                "entries": trail.entries,
                "head": trail.head_hash,
                "problem": trail.problem,
            },
        }
        write_archive(dest, manifest, payload)
    with ctx.db.unit_of_work() as s:
        audit.record(
            s, ctx, "event.export_archive", event_id=event_id, entity="event",
            key=str(event_id), new={"file": dest.name, "counts": result.counts},
        )  # fmt: skip
    return preview_archive(dest)


# -- import ---------------------------------------------------------------------------------


@contextmanager
def _opened_archive_db(label: str, content: bytes) -> Iterator[Database]:
    with tempfile.TemporaryDirectory(prefix="cpa-import-") as tmp:
        db_file = Path(tmp) / DATA
        db_file.write_bytes(content)
        problem = integrity_check(db_file)
        if problem != "ok":
            raise ArchiveError(f"“{label}”中的数据库已损坏：{problem}")
        try:
            db = Database(db_file)  # brings an older archive up to this app's schema
        except UserError as e:  # SchemaTooNew: written by a newer app
            raise ArchiveError(f"“{label}”由较新版本的程序导出，请先升级本程序。（{e}）") from e
        try:
            yield db
        finally:
            db.dispose()


def _audit_summary(manifest: dict[str, Any], entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "entries": len(entries),
        "first": entries[0]["at"] if entries else "",
        "last": entries[-1]["at"] if entries else "",
        "last_hash": entries[-1].get("hash", "") if entries else "",
        "actions": dict(Counter(str(e.get("action", "")) for e in entries)),
        "users": sorted({str(e.get("user", "")) for e in entries}),
    }


def _file_targets(label: str, data: dict[str, bytes], files_dir: Path) -> dict[str, Path]:
    """Where each carried file goes: member -> path, every one checked to lie inside
    `files_dir` once resolved (symbolic links included) and not to replace an existing file."""
    root = files_dir.resolve()
    targets: dict[str, Path] = {}
    names = [m.removeprefix(FILES) for m in data if m.startswith(FILES)]
    folders = {"/".join(n.split("/")[:i]) for n in names for i in range(1, n.count("/") + 1)}
    both = sorted(set(names) & folders)
    if both:  # files/a and files/a/b: a file and a folder of one name
        member = FILES + both[0]
        raise ArchiveError(f"“{label}”中的 {member} 既是文件又是文件夹，拒绝导入")
    for member in data:
        if not member.startswith(FILES):
            continue
        rest = member.removeprefix(FILES)
        problem = member_problem(rest)
        if problem is not None:
            raise ArchiveError(f"“{label}”含有不安全的文件名：{member!r}（{problem}）")
        target = root.joinpath(*rest.split("/"))
        resolved = target.resolve()
        if not resolved.is_relative_to(root) or resolved == root:
            raise ArchiveError(f"“{label}”中的 {member!r} 指向导入文件夹之外，拒绝导入")
        if target.exists() or target.is_symlink():
            raise ArchiveError(f"导入文件夹中已有 {target}，不会覆盖它；请换一个文件夹")
        targets[member] = resolved
    return targets


def _place_files(
    label: str, manifest: dict[str, Any], data: dict[str, bytes], files_dir: Path
) -> dict[str, Path]:
    """Write the carried files under `files_dir`; returns original path -> new path.

    Every target is checked before the first is written; a failure part-way removes what was
    written.
    """
    originals: dict[str, str] = manifest.get("originals") or {}
    targets = _file_targets(label, data, files_dir)
    placed: dict[str, Path] = {}
    written: list[Path] = []
    made = [] if files_dir.exists() else [files_dir]
    try:
        for member, target in targets.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.parent.resolve().is_relative_to(files_dir.resolve()):
                raise ArchiveError(f"“{label}”中的 {member!r} 指向导入文件夹之外，拒绝导入")
            with open(target, "xb") as f:  # never through a link, never over a file
                written.append(target)
                f.write(data[member])
            placed[originals.get(member, member)] = target
    except BaseException:
        for p in written:
            p.unlink(missing_ok=True)
        for folder in made:  # the import's own folder, if nothing else was put in it
            for sub in sorted(folder.rglob("*"), key=lambda q: len(q.parts), reverse=True):
                if sub.is_dir() and not any(sub.iterdir()):
                    sub.rmdir()
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        raise
    return placed


def _repath(value: Any, moved: dict[str, str]) -> Any:
    if isinstance(value, str):
        return moved.get(value, value)
    if isinstance(value, dict):
        return {k: _repath(v, moved) for k, v in value.items()}
    if isinstance(value, list):
        return [_repath(v, moved) for v in value]
    return value


def import_event_archive(
    ctx: Context, path: Path, *, files_dir: Path | None = None, accept_unverified: bool = False
) -> ImportReport:
    """Add the archived event to the open database with new ids; nothing is written if refused.

    Carried layout files go to `files_dir` (default: `imported/<event>-<time>` in the data folder
    from the settings) and the event's settings are pointed at them.
    """
    require(ctx, "events")
    path = Path(path)
    manifest, data = read_verified(path, accept_unverified=accept_unverified)
    try:
        entries = json.loads(data.get(AUDIT, b"[]").decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ArchiveError(f"“{path.name}”中的审计记录无法读取") from e
    name = str((manifest.get("event") or {}).get("name", ""))
    source_audit = manifest.get("source_audit")
    trail_ok = isinstance(source_audit, dict) and source_audit.get("ok") is True
    if not trail_ok and not accept_unverified:
        problem = source_audit.get("problem", "") if isinstance(source_audit, dict) else ""
        raise UnverifiedArchive(
            f"“{path.name}”导出时，导出电脑上的审计日志未通过核验（{problem or '未记录核验结果'}）"
        )
    placed: dict[str, Path] = {}
    with _opened_archive_db(path.name, data[DATA]) as archived:
        with archived.reading() as s:
            ids = list(s.scalars(select(Event.id)))
        if len(ids) != 1:
            raise ArchiveError(f"“{path.name}”应只含一个赛事，实际含 {len(ids)} 个")
        if any(m.startswith(FILES) for m in data):
            if files_dir is None:
                from competition_app.settings import load_settings

                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                safe = "".join(ch for ch in name if ch.isalnum())[:40] or "event"
                files_dir = load_settings().data_dir / "imported" / f"{safe}-{stamp}"
                n = 2
                while files_dir.exists():  # two imports in one second: a folder each
                    files_dir = files_dir.with_name(f"{safe}-{stamp}-{n}")
                    n += 1
            placed = _place_files(path.name, manifest, data, files_dir)
        moved = {k: str(v) for k, v in placed.items()}
        try:
            with archived.reading() as src, ctx.db.unit_of_work() as dst:
                result = copy_event(src, dst, ids[0], rewrite_settings=lambda v: _repath(v, moved))
                new_id = result.event_id
                locked = list(
                    dst.scalars(
                        select(Trade.code).where(Trade.event_id == new_id, Trade.locked.is_(True))
                    )
                )
                audit.record(
                    dst,
                    ctx,
                    "event.import_archive",
                    event_id=new_id,
                    entity="event",
                    key=str(new_id),
                    new={
                        "file": path.name,
                        "app_version": manifest.get("app_version", ""),
                        "exported_at": manifest.get("exported_at", ""),
                        "source_event_id": (manifest.get("event") or {}).get("source_id"),
                        "counts": result.counts,
                        "signature": manifest.get("signature", ""),
                        "source_audit": source_audit,
                        "locked_trades": locked,  # locked as they came, without a lock entry
                        "audit": _audit_summary(manifest, entries),
                    },
                )
        except BaseException as e:
            for placed_file in placed.values():  # nothing of a refused import stays behind
                placed_file.unlink(missing_ok=True)
            if isinstance(e, IntegrityError):
                raise ArchiveError(
                    f"归档中的数据与本数据库中的数据冲突，未导入任何内容：{e.orig}"
                ) from e
            raise
    return ImportReport(new_id, name, result.counts, placed)
