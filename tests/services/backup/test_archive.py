"""Event archives: a round trip to another laptop's database gives the same event with new ids;
a damaged, altered, foreign or too-new archive is refused whole with a clear message."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Integer, func, select

from competition_app.domain.certificate_codes import certificate_facts, check_code, make_code
from competition_app.io.event_file import read_event_definition
from competition_app.reports.layouts import load_layout
from competition_app.services.backup.archive import (
    ArchiveError,
    export_event_archive,
    import_event_archive,
    preview_archive,
)
from competition_app.services.backup.archive_copy import SOFT_REFERENCES, event_tables
from competition_app.services.context import Context
from competition_app.services.integrity.audit import audit_log, verify_chain
from competition_app.services.registration.judges import list_judges
from competition_app.services.results.results import results_for
from competition_app.services.scoring.score_file import import_scores
from competition_app.services.setup.events import create_event, list_events
from competition_app.storage.database import Database
from competition_app.storage.models import CriterionMark, Event, Judge

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
LAYOUTS = Path(__file__).resolve().parents[3] / "resources" / "layouts"


@pytest.fixture
def scored(ctx: Context, event_id: int) -> int:
    import_scores(ctx, event_id, "fitter", EXAMPLES / "fitter-scores.csv")
    import_scores(ctx, event_id, "electrician", EXAMPLES / "electrician-marks.csv")
    return event_id


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Context]:
    """Another laptop's database, already holding an event, so every id differs."""
    db = Database(tmp_path / "other-laptop.db")
    ctx = Context(db, user="另一台电脑")
    create_event(ctx, read_event_definition(EXAMPLES / "event.toml"))
    yield ctx
    db.dispose()


def _results(ctx: Context, event_id: int) -> dict[str, list[tuple[object, ...]]]:
    return {
        code: [
            (
                r.number,
                r.name,
                r.total,
                r.rank,
                r.tied,
                r.award,
                tuple(sorted(r.components.items())),
            )
            for r in results_for(ctx, event_id, code).rows
        ]
        for code in ("fitter", "electrician")
    }


def _secret(ctx: Context, event_id: int) -> bytes:
    with ctx.db.reading() as s:
        ev = s.get(Event, event_id)
        assert ev is not None
        return bytes.fromhex(ev.secret)


def test_round_trip_to_another_database(
    ctx: Context, scored: int, other: Context, tmp_path: Path
) -> None:
    archive = tmp_path / "event.cpa"
    summary = export_event_archive(ctx, scored, archive)
    assert summary.event_name.startswith("2022年江北区")
    assert summary.counts["contestant"] == 5 and summary.counts["criterion_mark"] == 8

    report = import_event_archive(other, archive)

    assert report.event_id != scored
    assert report.counts == summary.counts
    assert _results(other, report.event_id) == _results(ctx, scored)
    assert [(j.code, j.name) for j in list_judges(other, report.event_id)] == [
        (j.code, j.name) for j in list_judges(ctx, scored)
    ]
    # Panel marks point at the new judges of the new event, not at the old ids.
    with other.db.reading() as s:
        new_judges = set(s.scalars(select(Judge.id).where(Judge.event_id == report.event_id)))
        mark_judges = set(s.scalars(select(CriterionMark.judge_id).distinct()))
    assert mark_judges == new_judges
    # A certificate printed before the move still verifies on the other laptop.
    facts = certificate_facts(name="王伟", unit="一厂", trade="钳工", award="一等奖", event="E")
    code = make_code("JB-0001", facts, _secret(ctx, scored))
    assert check_code(code, facts, _secret(other, report.event_id))
    # The import is in the audit trail, with a summary of the event's own history.
    entry = audit_log(other, report.event_id, limit=1)[0]
    assert entry.action == "event.import_archive"
    recorded = json.loads(entry.new)
    assert recorded["audit"]["entries"] >= 4  # create, contestants, two score imports
    assert recorded["counts"]["contestant"] == 5
    assert verify_chain(other) is None
    assert len(list_events(other)) == 2


def test_only_the_chosen_event_is_exported(ctx: Context, scored: int, tmp_path: Path) -> None:
    second = create_event(ctx, read_event_definition(EXAMPLES / "event.toml"))
    archive = tmp_path / "second.cpa"
    export_event_archive(ctx, second, archive)
    with zipfile.ZipFile(archive) as z:
        (tmp_path / "x.db").write_bytes(z.read("event.db"))
        manifest = json.loads(z.read("manifest.json"))
    conn = sqlite3.connect(tmp_path / "x.db")
    assert conn.execute("SELECT count(*) FROM event").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM contestant").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM app_user").fetchone()[0] == 0
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert manifest["format"] == "competition-app-event-archive"
    assert manifest["event"]["source_id"] == second


def test_importing_into_the_same_database_makes_a_copy(
    ctx: Context, scored: int, tmp_path: Path
) -> None:
    archive = tmp_path / "event.cpa"
    export_event_archive(ctx, scored, archive)
    report = import_event_archive(ctx, archive)
    assert report.event_id != scored
    assert _results(ctx, report.event_id) == _results(ctx, scored)


def _layout_with_image(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "img").mkdir()
    Image.new("RGB", (40, 40), "red").save(folder / "img" / "seal.png")
    text = (LAYOUTS / "classic-cn.toml").read_text(encoding="utf-8")
    text += '\n[[images]]\npath = "img/seal.png"\nx = 185\ny = 140\nwidth = 40\nheight = 40\n'
    layout = folder / "county.toml"
    layout.write_text(text, encoding="utf-8")
    assert load_layout(layout).images
    return layout


@pytest.mark.backends("sqlite")
def test_layout_files_and_images_travel_with_the_event(
    ctx: Context, scored: int, other: Context, tmp_path: Path
) -> None:
    layout = _layout_with_image(tmp_path / "my layouts")
    with ctx.db.unit_of_work() as s:
        ev = s.get(Event, scored)
        assert ev is not None
        ev.settings = {**ev.settings, "certificate_layout": str(layout)}
    archive = tmp_path / "event.cpa"
    summary = export_event_archive(ctx, scored, archive)
    assert len(summary.files) == 2

    report = import_event_archive(other, archive, files_dir=tmp_path / "placed")

    moved = report.files[str(layout)]
    assert moved.is_relative_to(tmp_path / "placed")
    assert load_layout(moved).images[0].path.is_file()  # the image is beside it as before
    with other.db.reading() as s:
        ev = s.get(Event, report.event_id)
        assert ev is not None
        assert ev.settings["certificate_layout"] == str(moved)


# -- refused archives -----------------------------------------------------------------------


@pytest.fixture
def archive(ctx: Context, scored: int, tmp_path: Path) -> Path:
    path = tmp_path / "event.cpa"
    export_event_archive(ctx, scored, path)
    return path


def _rewrite(path: Path, change: dict[str, bytes | None], *, fix_sums: bool = False) -> None:
    """Rewrite the archive with some members replaced (None: removed)."""
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    for name, data in change.items():
        if data is None:
            members.pop(name, None)
        else:
            members[name] = data
    if fix_sums:  # as the exporting laptop would have written it: checksums and signature
        from competition_app.services.integrity import audit_key

        manifest = json.loads(members["manifest.json"])
        manifest["sha256"] = {
            n: hashlib.sha256(d).hexdigest()
            for n, d in members.items()
            if n not in ("manifest.json", "manifest.sig")
        }
        members["manifest.json"] = json.dumps(manifest).encode()
        members["manifest.sig"] = json.dumps(
            {
                "key": audit_key.fingerprint(),
                "hmac": audit_key.sign(b"archive-manifest:" + members["manifest.json"]),
            }
        ).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)


def _manifest(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as z:
        return dict(json.loads(z.read("manifest.json")))


def _newer_schema(path: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        db = tmp_path / "newer.db"
        db.write_bytes(z.read("event.db"))
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    conn.commit()
    conn.close()
    _rewrite(path, {"event.db": db.read_bytes()}, fix_sums=True)


REFUSALS = [
    pytest.param(lambda p, t: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
                 "已损坏或不完整", id="truncated"),
    pytest.param(lambda p, t: _rewrite(p, {"audit.json": b"[]"}), "校验值不符", id="tampered"),
    pytest.param(lambda p, t: _rewrite(p, {"manifest.json": None}), "不是本程序", id="no-manifest"),
    pytest.param(lambda p, t: _rewrite(p, {"notes.txt": b"hi"}), "清单之外", id="extra-member"),
    pytest.param(lambda p, t: _rewrite(p, {"audit.json": None}), "缺少 audit.json", id="missing"),
    pytest.param(lambda p, t: p.write_text("名单", encoding="utf-8"), "已损坏", id="not-a-zip"),
    pytest.param(
        lambda p, t: _rewrite(p, {"manifest.json": json.dumps(
            {**_manifest(p), "format": "someone-elses-backup"}).encode()}),
        "不是本程序", id="foreign-format"),
    pytest.param(
        lambda p, t: _rewrite(p, {"manifest.json": json.dumps(
            {**_manifest(p), "format_version": 99, "app_version": "9.0"}).encode()}),
        "较新版本的程序（9.0）", id="newer-format"),
    pytest.param(_newer_schema, "较新版本", id="newer-schema"),
    pytest.param(
        lambda p, t: _rewrite(p, {"files/../../evil.png": b"x"}, fix_sums=True),
        "不安全", id="path-escape"),
    pytest.param(lambda p, t: _rehashed_without_the_key(p), "签名不符", id="rehashed-unsigned"),
    pytest.param(lambda p, t: _rewrite(p, {"manifest.sig": None}), "没有签名", id="signature-removed"),
]  # fmt: skip


def _rehashed_without_the_key(path: Path) -> None:
    """event.db edited, and every checksum in the manifest recomputed: all but the signature."""
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    edited = members["audit.json"].replace(b'"user"', b'"user" ', 1)
    members["audit.json"] = edited
    manifest = json.loads(members["manifest.json"])
    manifest["sha256"]["audit.json"] = hashlib.sha256(edited).hexdigest()
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)


@pytest.mark.backends("sqlite")  # about the file, not the database behind it
@pytest.mark.parametrize(("spoil", "message"), REFUSALS)
def test_a_bad_archive_is_refused_and_nothing_is_imported(
    archive: Path, other: Context, tmp_path: Path, spoil: object, message: str
) -> None:
    spoil(archive, tmp_path)  # type: ignore[operator]
    before = len(list_events(other))
    with pytest.raises(ArchiveError, match=message):
        import_event_archive(other, archive, files_dir=tmp_path / "placed")
    assert len(list_events(other)) == before
    assert not (tmp_path / "placed").exists()
    assert not (tmp_path.parent / "evil.png").exists()


UNSAFE_NAMES = [
    pytest.param("files//{victim}", id="empty-part-then-absolute"),
    pytest.param("/{victim}", id="absolute"),
    pytest.param("files/1/../../../victim.txt", id="dot-dot"),
    pytest.param("files/C:/victim.txt", id="drive-letter"),
    pytest.param("files/1\\..\\..\\victim.txt", id="backslash"),
    pytest.param("files/./victim.txt", id="dot"),
    pytest.param("files/1/", id="trailing-slash"),
    pytest.param("files/1/victim\x00.txt", id="nul"),
]


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("pattern", UNSAFE_NAMES)
def test_an_archive_member_cannot_write_outside_the_import_folder(
    archive: Path, other: Context, tmp_path: Path, pattern: str
) -> None:
    """The blocker of issue 15: `files//tmp/x` used to overwrite /tmp/x."""
    victim = tmp_path / "victim.txt"
    victim.write_text("原来的内容", encoding="utf-8")
    name = pattern.format(victim=str(victim).lstrip("/"))
    if pattern.startswith("/"):
        name = "/" + name.lstrip("/")
    _rewrite(archive, {name: b"overwritten"}, fix_sums=True)
    before = len(list_events(other))
    with pytest.raises(ArchiveError, match="不安全"):
        import_event_archive(other, archive, files_dir=tmp_path / "placed" / "x")
    assert victim.read_text(encoding="utf-8") == "原来的内容"
    assert len(list_events(other)) == before
    assert not (tmp_path / "placed").exists()


@pytest.mark.backends("sqlite")
def test_a_link_inside_the_import_folder_does_not_lead_out_of_it(
    archive: Path, other: Context, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    placed = tmp_path / "placed"
    placed.mkdir()
    (placed / "1").symlink_to(outside, target_is_directory=True)
    _rewrite(archive, {"files/1/logo.png": b"x"}, fix_sums=True)
    with pytest.raises(ArchiveError, match="导入文件夹之外"):
        import_event_archive(other, archive, files_dir=placed)
    assert list(outside.iterdir()) == []


@pytest.mark.backends("sqlite")
def test_an_existing_file_in_the_import_folder_is_not_overwritten(
    archive: Path, other: Context, tmp_path: Path
) -> None:
    placed = tmp_path / "placed"
    (placed / "1").mkdir(parents=True)
    (placed / "1" / "logo.png").write_bytes(b"mine")
    _rewrite(archive, {"files/1/logo.png": b"theirs", "files/1/a.png": b"a"}, fix_sums=True)
    before = len(list_events(other))
    with pytest.raises(ArchiveError, match="不会覆盖"):
        import_event_archive(other, archive, files_dir=placed)
    assert (placed / "1" / "logo.png").read_bytes() == b"mine"
    assert not (placed / "1" / "a.png").exists()
    assert len(list_events(other)) == before


def _with_member_declaring(path: Path, name: str, declared: int) -> None:
    """Add a member of a few bytes whose directory entry claims `declared` bytes."""
    _rewrite(path, {name: b"tiny"}, fix_sums=True)
    raw = bytearray(path.read_bytes())
    cd = raw.find(b"PK\x01\x02")  # central-directory records
    while cd != -1:
        name_len = int.from_bytes(raw[cd + 28 : cd + 30], "little")
        if raw[cd + 46 : cd + 46 + name_len].decode() == name:
            raw[cd + 24 : cd + 28] = declared.to_bytes(4, "little")  # uncompressed size
        cd = raw.find(b"PK\x01\x02", cd + 4)
    path.write_bytes(bytes(raw))


@pytest.mark.backends("sqlite")
def test_a_member_declaring_a_huge_size_is_refused_before_it_is_read(
    archive: Path, other: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from competition_app.services.backup import archive_format

    monkeypatch.setattr(archive_format, "MAX_MEMBER_BYTES", 1_000_000)
    _with_member_declaring(archive, "files/1/logo.png", 4_000_000_000)
    with pytest.raises(ArchiveError, match="超过单个文件上限"):
        import_event_archive(other, archive, files_dir=tmp_path / "placed")
    assert not (tmp_path / "placed").exists()


@pytest.mark.backends("sqlite")
def test_a_zip_bomb_is_refused(
    archive: Path, other: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A member that compresses to almost nothing but unpacks to more than the cap."""
    from competition_app.services.backup import archive_format

    monkeypatch.setattr(archive_format, "MAX_MEMBER_BYTES", 1_000_000)
    with zipfile.ZipFile(archive, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("files/1/bomb.png", bytes(4_000_000))
    assert archive.stat().st_size < 1_000_000
    with pytest.raises(ArchiveError, match="超过单个文件上限"):
        import_event_archive(other, archive, files_dir=tmp_path / "placed")


@pytest.mark.backends("sqlite")
def test_members_under_the_cap_each_but_over_it_together_are_refused(
    archive: Path, other: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from competition_app.services.backup import archive_format

    with zipfile.ZipFile(archive) as z:
        size = 2 * max(i.file_size for i in z.infolist())  # the event's own members pass
    monkeypatch.setattr(archive_format, "MAX_MEMBER_BYTES", size)
    monkeypatch.setattr(archive_format, "MAX_TOTAL_BYTES", size * 2)
    _rewrite(archive, {f"files/1/{k}.png": bytes(size - 10) for k in range(3)}, fix_sums=True)
    with pytest.raises(ArchiveError, match=r"共 \d+ 字节，超过上限"):
        import_event_archive(other, archive, files_dir=tmp_path / "placed")


@pytest.mark.backends("sqlite")
def test_an_unverifiable_archive_is_imported_only_when_accepted_and_says_so(
    archive: Path, other: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from competition_app.services.backup.archive_format import UnverifiedArchive
    from competition_app.services.integrity import audit_key

    ours = audit_key.fingerprint()
    monkeypatch.setenv(audit_key.KEY_ENV, str(tmp_path / "laptop-2.key"))  # another laptop
    audit_key.audit_key()
    db = Database(tmp_path / "laptop-2.db")  # with its own key and its own trail
    try:
        laptop = Context(db, user="另一台电脑")
        create_event(laptop, read_event_definition(EXAMPLES / "event.toml"))
        with pytest.raises(UnverifiedArchive, match=ours):
            import_event_archive(laptop, archive, files_dir=tmp_path / "placed")
        assert len(list_events(laptop)) == 1
        report = import_event_archive(laptop, archive, accept_unverified=True)
        entry = next(
            a for a in audit_log(laptop, report.event_id) if a.action == "event.import_archive"
        )
        assert '"signature": "unverified"' in entry.new
    finally:
        db.dispose()


@pytest.mark.backends("sqlite")
def test_preview_reads_the_manifest_after_checking_the_whole_file(archive: Path) -> None:
    s = preview_archive(archive)
    assert s.event_date == "2022-07-20" and s.counts["judge"] == 2
    _rewrite(archive, {"event.db": b"garbage"})
    with pytest.raises(ArchiveError, match="校验值不符"):
        preview_archive(archive)


def test_every_reference_column_is_known_to_the_archive() -> None:
    """An integer `*_id` column in an event table must be a foreign key or a SOFT_REFERENCE,
    or an archive would carry ids that mean nothing on the other laptop."""
    unknown = [
        f"{t.name}.{c.name}"
        for t in event_tables()
        for c in t.columns
        if c.name.endswith("_id")
        and isinstance(c.type, Integer)
        and not c.foreign_keys
        and (t.name, c.name) not in SOFT_REFERENCES
    ]
    assert unknown == []


def test_counts_of_a_big_event_survive(
    ctx: Context, scored: int, other: Context, tmp_path: Path
) -> None:
    """More contestants than one chunk of ids (the copy selects in chunks of 500)."""
    from competition_app.services.setup.demo import build_demo_event

    demo = build_demo_event(ctx)
    archive = tmp_path / "demo.cpa"
    export_event_archive(ctx, demo, archive)
    report = import_event_archive(other, archive)
    with ctx.db.reading() as s:
        marks = s.execute(select(func.count()).select_from(CriterionMark)).scalar_one()
    assert report.counts["criterion_mark"] == marks - 8  # all but the example event's


@pytest.mark.backends("sqlite")
def test_only_an_organizer_moves_events(
    ctx: Context, scored: int, other: Context, tmp_path: Path
) -> None:
    from competition_app.domain.errors import PermissionDenied
    from competition_app.services.integrity.users import add_user

    add_user(ctx, "管理员", "organizer", "correct horse battery")
    add_user(Context(ctx.db, "管理员"), "张裁判", "judge", "staple gun 2024")
    judge = Context(ctx.db, "张裁判")
    with pytest.raises(PermissionDenied):
        export_event_archive(judge, scored, tmp_path / "x.cpa")
    assert not (tmp_path / "x.cpa").exists()
    export_event_archive(Context(ctx.db, "管理员"), scored, tmp_path / "x.cpa")
    with pytest.raises(PermissionDenied):
        import_event_archive(judge, tmp_path / "x.cpa")
    # The users stay on this laptop: the other database is still in single-user mode.
    assert import_event_archive(other, tmp_path / "x.cpa").counts["contestant"] == 5


@pytest.mark.backends("sqlite")
def test_a_locked_trade_arrives_locked_and_the_trail_says_so(
    ctx: Context, scored: int, other: Context, tmp_path: Path
) -> None:
    from competition_app.services.integrity.state_check import state_mismatches
    from competition_app.services.results.locking import lock_trade
    from competition_app.services.setup.trades import get_trade

    lock_trade(ctx, get_trade(ctx, scored, "fitter").id)
    export_event_archive(ctx, scored, tmp_path / "x.cpa")
    report = import_event_archive(other, tmp_path / "x.cpa")
    assert get_trade(other, report.event_id, "fitter").locked
    assert state_mismatches(other) == []


@pytest.mark.backends("sqlite")
def test_an_archive_from_a_database_whose_trail_was_broken_says_so_and_is_refused(
    ctx: Context, scored: int, other: Context, tmp_path: Path
) -> None:
    from competition_app.services.backup.archive_format import UnverifiedArchive

    assert ctx.db.path is not None
    con = sqlite3.connect(ctx.db.path)
    con.execute("UPDATE audit_entry SET new_value = '改过' WHERE id = 3")
    con.commit()
    con.close()
    export_event_archive(ctx, scored, tmp_path / "x.cpa")
    before = len(list_events(other))
    with pytest.raises(UnverifiedArchive, match="第 3 条"):
        import_event_archive(other, tmp_path / "x.cpa")
    assert len(list_events(other)) == before
    report = import_event_archive(other, tmp_path / "x.cpa", accept_unverified=True)
    entry = next(a for a in audit_log(other, report.event_id) if a.action == "event.import_archive")
    assert '"ok": false' in entry.new


@pytest.mark.backends("sqlite")
def test_a_member_that_is_both_a_file_and_a_folder_is_refused_leaving_no_folder(
    archive: Path, other: Context, tmp_path: Path
) -> None:
    _rewrite(archive, {"files/link": b"x", "files/link/inside.png": b"y"}, fix_sums=True)
    before = len(list_events(other))
    with pytest.raises(ArchiveError, match="既是文件又是文件夹"):
        import_event_archive(other, archive, files_dir=tmp_path / "placed")
    assert len(list_events(other)) == before
    assert not (tmp_path / "placed").exists()
