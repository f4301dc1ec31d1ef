"""Plain reads through the driver: the rows as the driver gives them, its errors as SQLAlchemy's."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError

from competition_app.storage.database import Database
from competition_app.storage.plain_rows import driver_rows


def test_a_driver_error_comes_as_the_database_layer_words_it(tmp_path):
    db = Database(tmp_path / "contest.db")
    try:
        with db.reading() as s:
            read = driver_rows(s)
            assert read("SELECT count(*) FROM trade WHERE event_id = ?", (1,)) == [(0,)]
            with pytest.raises(DBAPIError) as raised:
                read("SELECT x FROM no_such_table", ())
        # so Database.reading tells a lost server or a damaged file from a refused statement
        assert "no_such_table" in str(raised.value.orig)
        assert raised.value.statement == "SELECT x FROM no_such_table"
    finally:
        db.dispose()
