"""A bigger SQLite page cache for the one transaction of a bulk import.

SQLite keeps 2 MB of pages by default. A score file of 10^5-10^6 marks touches far more (the
table, its unique key and the covering index ranking reads), and its transaction spills dirty
pages and reads them back: a city trade's 900,000 marks took 1.3 s longer in one transaction.
The cache is raised for that transaction only and put back before the commit (which writes the
dirty pages anyway), so the window, a save or a read afterwards hold no more memory than before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

BULK_CACHE_KIB = 32 * 1024


@contextmanager
def bulk_cache(s: Session) -> Iterator[None]:
    """Within a unit of work: SQLite's page cache at BULK_CACHE_KIB until the block ends (no
    change on other databases)."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={before}")
