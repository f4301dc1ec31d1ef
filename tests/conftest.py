"""Fixtures shared by every test package; nothing here imports Qt.

Tests that ask for `database_url` (directly or through `ctx` and `cli`) run once per backend:
SQLite in a temp file and PostgreSQL in a database of its own, created for the test on the
server named by COMPETITION_APP_TEST_PG_URL and dropped after it (`scripts/test.sh` starts a
throwaway server and sets it). `@pytest.mark.backends("sqlite")` keeps a test on one backend.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The audit key of the test run (child processes inherit it): never the tester's own key file.
os.environ.setdefault(
    "COMPETITION_APP_AUDIT_KEY_FILE",
    os.path.join(tempfile.mkdtemp(prefix="competition-app-key-"), "audit.key"),
)

# Machines here are shared and noisy: no property test fails for being slow. "ci" is the
# default everywhere; HYPOTHESIS_PROFILE=thorough runs more examples by hand.
settings.register_profile(
    "ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile("thorough", parent=settings.get_profile("ci"), max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

PG_URL_ENV = "COMPETITION_APP_TEST_PG_URL"
BACKENDS = ("sqlite", "postgres")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker("backends")
    names = marker.args if marker else BACKENDS
    metafunc.parametrize(
        "backend",
        [pytest.param(n, marks=[pytest.mark.postgres] if n == "postgres" else []) for n in names],
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "contest.db"


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Any]:
    """An autocommit connection to the test server, for creating and dropping databases."""
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(f"{PG_URL_ENV} is not set (scripts/test.sh starts a throwaway PostgreSQL)")
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    conn = psycopg.connect(
        host=u.host,
        port=u.port,
        user=u.username,
        password=u.password,
        dbname=u.database,
        autocommit=True,
    )
    yield conn
    conn.close()


def fresh_pg_url(admin: Any, template: str = "template1") -> str:
    """A new database on the test server, a copy of `template` (by default an empty one); the
    caller drops it with drop_pg_database."""
    from sqlalchemy.engine import make_url

    name = f"test_{uuid.uuid4().hex[:16]}"
    admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    url = make_url(os.environ[PG_URL_ENV]).set(database=name)
    return url.render_as_string(hide_password=False)


def drop_pg_database(admin: Any, url: str) -> None:
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_schema_template(pg_admin: Any) -> Iterator[str]:
    """A server database brought to the newest schema once per session. Copying it takes a few
    milliseconds where running the migrations takes a few hundred."""
    from competition_app.storage.database import Database

    url = fresh_pg_url(pg_admin)
    Database(url).dispose()
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    yield str(name)
    drop_pg_database(pg_admin, url)


@pytest.fixture
def database_url(backend: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A URL of a database with no data on the backend under test (a SQLite file yet to be
    created; on the server, a copy of the migrated template)."""
    if backend == "sqlite":
        yield f"sqlite:///{db_path}"
        return
    admin = request.getfixturevalue("pg_admin")
    url = fresh_pg_url(admin, request.getfixturevalue("pg_schema_template"))
    try:
        yield url
    finally:
        drop_pg_database(admin, url)


@pytest.fixture(scope="session")
def sqlite_schema_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file brought to the newest schema once per session (per xdist worker): copying
    it takes a few milliseconds where running the migrations takes 0.3–1 s."""
    from competition_app.storage.database import Database

    path = tmp_path_factory.mktemp("schema") / "template.db"
    Database(path).dispose()
    return path


@pytest.fixture
def migrated_url(
    backend: str, database_url: str, db_path: Path, request: pytest.FixtureRequest
) -> str:
    """`database_url` with the schema already at the newest revision: on SQLite the test's own
    copy of the session's migrated template (the server database is a copy already)."""
    if backend == "sqlite":
        template = request.getfixturevalue("sqlite_schema_template")
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(template) + suffix)
            if source.exists():
                shutil.copyfile(source, Path(str(db_path) + suffix))
    return database_url


@contextlib.contextmanager
def small_disk(where: Path, size: str) -> Iterator[Path]:
    """A real small disk: a tmpfs of `size` (e.g. "4k", "1m") mounted at `where` (needs root;
    the test is skipped where mounting is not allowed)."""
    import subprocess

    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], capture_output=True, check=False)


def fill_disk(disk: Path) -> None:
    """Leave no free byte on `disk`."""
    with open(disk / "filler", "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 512)
        except OSError:
            pass


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A full disk for anything bigger than a page: a 4 KiB tmpfs in the test's folder."""
    with small_disk(tmp_path / "tiny", "4k") as where:
        yield where
