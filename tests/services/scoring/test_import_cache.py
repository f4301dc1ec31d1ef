"""A score import's bigger page cache (storage.bulk_cache) ends with the import."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.backends("sqlite")  # a SQLite pragma


def _cache(s) -> int:  # type: ignore[no-untyped-def]
    return int(s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())


def test_a_score_import_leaves_the_cache_as_it_found_it(ctx, event_id, tmp_path):
    from competition_app.services.scoring.score_file import import_scores

    path = tmp_path / "marks.csv"
    path.write_text("number,criterion,judge,mark\n2001,e1,J1,35\n", encoding="utf-8")
    with ctx.db.reading() as s:
        before = _cache(s)
    assert import_scores(ctx, event_id, "electrician", path).marks == 1
    with ctx.db.reading() as s:
        assert _cache(s) == before
