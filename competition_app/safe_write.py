"""Writing an output file so that it is whole under its final name or not there at all.

Every export, PDF, archive and backup is written to a temporary file beside its destination,
flushed to disk and renamed over it; a full disk, a lost USB stick or a crash leaves the old file
(or none), never a truncated one under the final name. Failures become WriteFailed, one plain
line naming the file ("磁盘空间已满" for ENOSPC). A path that is an open database, its -wal,
-shm or -journal file or one of its backups is refused before anything is written, so an export
named after the database never overwrites it. Sits outside the layers: domain stays free of
I/O, and io, reports, storage and services all write files.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

from competition_app.domain.errors import UserError


class WriteFailed(UserError):
    """An output file could not be written; nothing was left under its name."""


def failure_text(path: Path, exc: OSError) -> str:
    code = exc.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        return f"磁盘空间已满，未能写入 {path}（未留下不完整的文件）；请腾出空间或换一个位置后重试"
    if code in (errno.EACCES, errno.EPERM):
        return f"没有权限写入 {path}；请换一个文件夹"
    if code == errno.EROFS:
        return f"{path} 所在的磁盘是只读的；请换一个位置"
    if code == errno.ENOENT:
        return f"无法写入 {path}：文件夹不存在"
    return f"无法写入 {path}：{exc.strerror or exc}"


# The open SQLite databases (resolved paths), registered by storage.Database and the CLI.
# A count per path: two Database objects on one file, and disposing one leaves the guard.
_databases: dict[Path, int] = {}
_COMPANIONS = ("-wal", "-shm", "-journal")


def _resolved(path: Path) -> Path:
    try:
        return Path(path).expanduser().resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(Path(path).expanduser()))


def guard_database(path: Path) -> None:
    """From now on refuse to write over the database at `path` or its companions and backups."""
    where = _resolved(path)
    _databases[where] = _databases.get(where, 0) + 1


def release_database(path: Path) -> None:
    where = _resolved(path)
    left = _databases.pop(where, 0) - 1
    if left > 0:
        _databases[where] = left


def _is_backup_name(name: str, database: Path) -> bool:
    # services.backup names its backups `<stem>-<YYYYMMDD-HHMMSS>[-n]-<reason>.db` (+ .sha256).
    pattern = rf"{re.escape(database.stem)}-\d{{8}}-\d{{6}}(?:-\d+)?-[a-z-]+\.db(?:\.sha256)?"
    return re.fullmatch(pattern, name) is not None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def refuse_database_target(path: Path) -> None:
    """WriteFailed when `path` is an open database, one of its -wal/-shm/-journal files or one
    of its backups (symbolic and hard links included)."""
    target = _resolved(path)
    for db in _databases:
        companions = {db.with_name(db.name + suffix) for suffix in _COMPANIONS}
        if (
            target == db
            or target in companions
            or _is_backup_name(target.name, db)
            or _same_file(target, db)
        ):
            raise WriteFailed(
                f"不能写入 {path}：它是正在使用的数据库 {db.name}（或其日志、备份文件），"
                "写入会毁掉数据；请换一个文件名"
            )


@contextlib.contextmanager
def writing(path: Path) -> Iterator[Path]:
    """A temporary path to write to; renamed to `path` when the block ends without an error,
    removed when it raises. OSError becomes WriteFailed; so does a path that is an open
    database or one of its companion or backup files."""
    path = Path(path)
    refuse_database_target(path)
    # Created with open(..., "xb") rather than mkstemp, so the file gets the usual permissions.
    part = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        open(part, "xb").close()
    except OSError as e:
        raise WriteFailed(failure_text(path, e)) from e
    try:
        yield part
        _fsync(part)
        os.replace(part, path)
        _fsync_dir(path.parent)
    except OSError as e:
        raise WriteFailed(failure_text(path, e)) from e
    finally:
        part.unlink(missing_ok=True)


def write_bytes(path: Path, data: bytes) -> Path:
    with writing(path) as part, open(part, "wb") as f:
        f.write(data)
    return Path(path)


def write_text(path: Path, text: str, *, encoding: str = "utf-8") -> Path:
    return write_bytes(path, text.encode(encoding))


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":  # Windows makes os.replace durable itself and has no directory fds
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
