"""The secret that keys the audit chain and signs backups and archives, kept outside the database.

A random 256-bit key in `audit.key` beside the settings file (the user's config folder), or at the
path named by COMPETITION_APP_AUDIT_KEY_FILE. Someone who edits the database file cannot re-hash
the trail without it. Every laptop and station of one contest uses the same key (copy the file;
PostgreSQL stations too), so backups and archives made on one verify on another. Its fingerprint
(16 hex digits, not the key) is written in the trail's genesis entry and on signed sheets; the
recovery code is the key itself, for the chief judge's sign-off sheet.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from competition_app.domain.errors import UserError

KEY_ENV = "COMPETITION_APP_AUDIT_KEY_FILE"
KEY_FILE_NAME = "audit.key"

_cache: dict[Path, bytes] = {}


class AuditKeyError(UserError):
    """The key file cannot be read or made, or holds something that is not a key."""


def key_path() -> Path:
    # every save seals and audits with the key: its path is worked out once per environment
    where = tuple(os.environ.get(name) for name in _PATH_ENV)
    found = _paths.get(where)
    if found is None:
        found = _paths[where] = _key_path()
    return found


def _key_path() -> Path:
    override = os.environ.get(KEY_ENV)
    if override:
        return Path(override).expanduser()
    from competition_app.settings import settings_path

    return settings_path().parent / KEY_FILE_NAME


# what the path is made of: the key's own variable, the settings' (settings.CONFIG_ENV), and the
# per-user folders platformdirs reads
_PATH_ENV = (KEY_ENV, "COMPETITION_APP_CONFIG", "XDG_CONFIG_HOME", "HOME", "APPDATA")
_paths: dict[tuple[str | None, ...], Path] = {}


def _parse(text: str, where: Path) -> bytes:
    code = "".join(text.split()).replace("-", "").lower()
    try:
        key = bytes.fromhex(code)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise AuditKeyError(f"审计密钥文件 {where} 的内容不是有效的密钥（应为 64 位十六进制数）")
    return key


class NoAuditKey(AuditKeyError):
    """This laptop has no key yet (and the caller only checks, so none is made)."""


def audit_key(*, create: bool = True) -> bytes:
    """The key, made (and kept in its file, readable by this user only) on first use; with
    `create=False` (checking, not writing) NoAuditKey when there is none."""
    path = key_path()
    cached = _cache.get(path)
    if cached is not None:
        return cached
    try:
        key = _parse(path.read_text(encoding="ascii"), path)
    except FileNotFoundError:
        if not create:
            raise NoAuditKey(
                f"本机没有审计密钥（{path}）；请用 audit key --install 安装写入此数据库时所用的密钥"
            ) from None
        key = secrets.token_bytes(32)
        try:
            _write_new_key(path, key)
        except FileExistsError:  # another process made it first: use theirs
            key = _parse(path.read_text(encoding="ascii"), path)
        except OSError as e:
            raise AuditKeyError(f"无法创建审计密钥文件 {path}：{e.strerror or e}") from e
    except (OSError, UnicodeDecodeError) as e:
        raise AuditKeyError(f"无法读取审计密钥文件 {path}：{e}") from e
    _cache[path] = key
    return key


def fingerprint(key: bytes | None = None) -> str:
    """16 hex digits naming the key without giving it away."""
    key = audit_key(create=False) if key is None else key
    return hmac.new(key, b"competition-app audit key fingerprint", hashlib.sha256).hexdigest()[:16]


def sign(data: bytes | str, key: bytes | None = None) -> str:
    """HMAC-SHA256 of `data` under the audit key, as hex."""
    key = audit_key() if key is None else key
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hmac.new(key, raw, hashlib.sha256).hexdigest()


def signature_ok(data: bytes | str, signature: str) -> bool:
    return hmac.compare_digest(sign(data), signature)


def recovery_code(key: bytes | None = None) -> str:
    """The key in groups of eight digits, to print on the sign-off sheet and type in again."""
    hexed = (audit_key() if key is None else key).hex()
    return "-".join(hexed[i : i + 8] for i in range(0, len(hexed), 8))


def install_key(code: str) -> Path:
    """Write the key given by its recovery code (or the hex of another laptop's key file)."""
    path = key_path()
    key = _parse(code, Path("recovery code"))
    if path.exists():
        if _parse(path.read_text(encoding="ascii"), path) == key:
            return path
        raise AuditKeyError(f"本机已有另一个审计密钥 {path}（指纹 {fingerprint()}）；不会覆盖它")
    try:
        _write_new_key(path, key)
    except FileExistsError:
        raise AuditKeyError(f"本机已有审计密钥 {path}；不会覆盖它") from None
    except OSError as e:
        raise AuditKeyError(f"无法写入审计密钥文件 {path}：{e.strerror or e}") from e
    _cache.pop(path, None)
    return path


def _write_new_key(path: Path, key: bytes) -> None:
    """Write the key file whole or not at all (readable by this user only), never over an
    existing one: written beside it, flushed, then linked under its name (FileExistsError if
    another process made one first). A full disk leaves no empty key file to be read later."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(key.hex() + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.link(part, path)
    finally:
        part.unlink(missing_ok=True)
