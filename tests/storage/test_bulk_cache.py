"""A bulk import's bigger page cache lasts its block only, also when the block fails."""

from __future__ import annotations

import pytest

from competition_app.storage.bulk_cache import BULK_CACHE_KIB, bulk_cache
from competition_app.storage.database import Database


def _cache(s) -> int:  # type: ignore[no-untyped-def]
    return int(s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())


def test_the_cache_is_bigger_in_the_block_and_as_it_was_after(tmp_path):
    db = Database(tmp_path / "contest.db")
    try:
        with db.unit_of_work() as s:
            before = _cache(s)
            with bulk_cache(s):
                assert _cache(s) == -BULK_CACHE_KIB
            assert _cache(s) == before
            with pytest.raises(RuntimeError), bulk_cache(s):
                raise RuntimeError("a bad file")
            assert _cache(s) == before
        with db.reading() as s:  # the next unit of work on the pooled connection
            assert _cache(s) == before
    finally:
        db.dispose()
