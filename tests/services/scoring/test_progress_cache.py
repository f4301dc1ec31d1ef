"""The event page's first count kept from one start to the next: taken only for the very state it
was counted at, and never in the way of a start."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal

import pytest

from competition_app.services.registration.contestants import list_contestants
from competition_app.services.scoring import early_count, entry_progress, progress_cache
from competition_app.services.scoring.entry_progress import progress_at_head
from competition_app.services.scoring.progress_cache import ProgressCache
from competition_app.services.scoring.scoring import record_score

pytestmark = pytest.mark.backends("sqlite")  # a file read before the database layer loads


def _figures(found):
    assert found is not None
    return {p.code: (p.contestants, p.entered, p.expected, p.locked) for p in found.trades}


def _copied(ctx, to):
    """The database file as it stands, copied to `to` (its write-ahead log folded in first)."""
    ctx.db.dispose()
    shutil.copy(ctx.db.path, to)
    return to


def _counting_refused(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("counted although a count was kept for this state")

    monkeypatch.setattr(entry_progress, "progress_of", refuse)


def test_a_reopen_with_nothing_changed_takes_the_kept_count(ctx, scored, tmp_path, monkeypatch):
    kept = ProgressCache(ctx.db.path, tmp_path / "kept")
    first = progress_at_head(ctx.db.path, scored, kept=kept)
    assert _figures(first) == _figures(progress_at_head(ctx.db.path, scored))
    assert len(list((tmp_path / "kept").glob("*.json"))) == 1
    _counting_refused(monkeypatch)
    again = progress_at_head(
        ctx.db.path, scored, kept=ProgressCache(ctx.db.path, tmp_path / "kept")
    )
    assert again == first


def test_a_change_since_the_count_is_counted_afresh(ctx, scored, tmp_path):
    kept = ProgressCache(ctx.db.path, tmp_path / "kept")
    before = _figures(progress_at_head(ctx.db.path, scored, kept=kept))
    people = {c.number: c for c in list_contestants(ctx, scored)}
    record_score(ctx, people["1003"].id, "practical", Decimal("70"))  # 张强's missing score
    after = progress_at_head(ctx.db.path, scored, kept=kept)
    assert _figures(after) == _figures(progress_at_head(ctx.db.path, scored))
    assert _figures(after)["fitter"][1] == before["fitter"][1] + 1
    # and that count is the one kept now
    assert progress_at_head(ctx.db.path, scored, kept=kept) == after


def test_another_database_put_where_the_counted_one_was_is_counted(ctx, scored, tmp_path):
    kept = ProgressCache(ctx.db.path, tmp_path / "kept")
    counted = progress_at_head(ctx.db.path, scored, kept=kept)
    elsewhere = _copied(ctx, tmp_path / "other.db")
    people = {c.number: c for c in list_contestants(ctx, scored)}
    record_score(ctx, people["1003"].id, "practical", Decimal("70"))
    changed = _copied(ctx, tmp_path / "changed.db")
    # the older copy back under the counted name, then the changed one: each is its own count
    shutil.copy(elsewhere, ctx.db.path)
    assert progress_at_head(ctx.db.path, scored, kept=kept) == counted
    shutil.copy(changed, ctx.db.path)
    assert _figures(progress_at_head(ctx.db.path, scored, kept=kept)) == _figures(
        progress_at_head(ctx.db.path, scored)
    )
    assert _figures(progress_at_head(ctx.db.path, scored, kept=kept)) != _figures(counted)


def test_a_count_kept_by_other_counting_rules_is_not_taken(ctx, scored, tmp_path, monkeypatch):
    kept = ProgressCache(ctx.db.path, tmp_path / "kept")
    progress_at_head(ctx.db.path, scored, kept=kept)
    (file,) = (tmp_path / "kept").glob("*.json")
    data = json.loads(file.read_text("utf-8"))
    data["trades"] = [[*t[:4], 999, *t[5:]] for t in data["trades"]]  # figures no count gives
    file.write_text(json.dumps(data), "utf-8")
    assert all(p.entered == 999 for p in progress_at_head(ctx.db.path, scored, kept=kept).trades)
    monkeypatch.setattr(progress_cache, "COUNT_RULES", progress_cache.COUNT_RULES + 1)
    assert _figures(progress_at_head(ctx.db.path, scored, kept=kept)) == _figures(
        progress_at_head(ctx.db.path, scored)
    )


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"null", b'{"at": 1, "trades": []}', b"[]", b"\xff\xfe\x00"],
)
def test_a_damaged_kept_count_is_counted_afresh(ctx, scored, tmp_path, content):
    kept = ProgressCache(ctx.db.path, tmp_path / "kept")
    counted = progress_at_head(ctx.db.path, scored, kept=kept)
    (file,) = (tmp_path / "kept").glob("*.json")
    file.write_bytes(content)
    assert progress_at_head(ctx.db.path, scored, kept=kept) == counted
    data = json.loads(file.read_text("utf-8"))  # and kept whole again
    assert data["trades"] == progress_cache.trades_json(counted.trades)


def test_a_count_that_cannot_be_kept_does_not_stop_the_read(ctx, scored, tmp_path):
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("", "utf-8")
    found = progress_at_head(ctx.db.path, scored, kept=ProgressCache(ctx.db.path, blocked))
    assert _figures(found) == _figures(progress_at_head(ctx.db.path, scored))


def test_the_start_keeps_its_count_beside_the_settings(ctx, scored, tmp_path, monkeypatch):
    from competition_app.settings import CONFIG_ENV

    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "config" / "settings.toml"))
    line = early_count.encode(early_count.read(str(ctx.db.path), scored))
    assert list((tmp_path / "config" / "progress-counts").glob("*.json"))
    _counting_refused(monkeypatch)
    assert early_count.encode(early_count.read(str(ctx.db.path), scored)) == line


def test_two_copies_changed_apart_to_the_same_length_of_trail_are_told_apart(ctx, scored, tmp_path):
    from competition_app.services.registration.contestants import set_status

    kept = ProgressCache(ctx.db.path, tmp_path / "kept")
    base = _copied(ctx, tmp_path / "base.db")
    people = {c.number: c for c in list_contestants(ctx, scored)}
    record_score(ctx, people["1003"].id, "practical", Decimal("70"))
    scored_copy = _copied(ctx, tmp_path / "scored.db")
    shutil.copy(base, ctx.db.path)
    set_status(ctx, people["1002"].id, "absent", reason="未到场")
    absent_copy = _copied(ctx, tmp_path / "absent.db")

    figures = {}
    for copy in (scored_copy, absent_copy):
        shutil.copy(copy, ctx.db.path)
        figures[copy.name] = _figures(progress_at_head(ctx.db.path, scored, kept=kept))
        assert figures[copy.name] == _figures(progress_at_head(ctx.db.path, scored))
    assert figures["scored.db"] != figures["absent.db"]


def test_the_pages_own_count_is_the_one_the_next_start_finds(ctx, scored, tmp_path, monkeypatch):
    kept = ProgressCache(ctx.db.path, tmp_path / "kept")
    progress_at_head(ctx.db.path, scored, kept=kept)  # the start's count
    people = {c.number: c for c in list_contestants(ctx, scored)}
    record_score(ctx, people["1003"].id, "practical", Decimal("70"))
    page = entry_progress.entry_progress(ctx, scored, kept=kept)  # the page counts again
    _counting_refused(monkeypatch)
    found = progress_at_head(ctx.db.path, scored, kept=kept)
    assert found is not None and found.trades == page
