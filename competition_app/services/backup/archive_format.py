"""The `.cpa` event archive file: its members, its manifest, and checking a file before use.

A ZIP holding `manifest.json` (format name and version, app version, schema revision, counts,
and the SHA-256 of every other member), `event.db`, `audit.json` and `files/…`; see
services.archive for what goes in. A file is used only when every member matches the manifest.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from competition_app import safe_write
from competition_app.domain.errors import UserError
from competition_app.services.integrity import audit_key

FORMAT_NAME = "competition-app-event-archive"
# 2: signed (`manifest.sig`). Version 1 archives (unsigned) are read only when the caller
# accepts an unverified archive.
FORMAT_VERSION = 2
SUFFIX = ".cpa"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
DATA = "event.db"
AUDIT = "audit.json"
FILES = "files/"


class ArchiveError(UserError):
    """The file is not an archive this app can import: damaged, altered, foreign or too new."""


class UnverifiedArchive(ArchiveError):
    """The archive is whole but its signature cannot be checked here: unsigned (an older
    version's) or signed with another laptop's audit key."""


def _signature_of(manifest_bytes: bytes) -> dict[str, str]:
    return {
        "key": audit_key.fingerprint(audit_key.audit_key()),
        "hmac": audit_key.sign(b"archive-manifest:" + manifest_bytes),
    }


def _check_signature(label: str, manifest_bytes: bytes, sig_bytes: bytes | None) -> str:
    """ "verified", or raise: ArchiveError for a forged signature, UnverifiedArchive when it
    cannot be checked with this laptop's key."""
    if sig_bytes is None:
        raise UnverifiedArchive(f"“{label}”没有签名（较早版本导出），无法确认它未被改动")
    try:
        sig = json.loads(sig_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        sig = None
    if not isinstance(sig, dict) or not isinstance(sig.get("hmac"), str):
        raise ArchiveError(f"“{label}”的签名无法读取，归档已损坏或被改动")
    ours = audit_key.fingerprint(audit_key.audit_key())
    if sig.get("key") != ours:
        raise UnverifiedArchive(
            f"“{label}”由另一个审计密钥（指纹 {sig.get('key', '?')}）签名，本机密钥指纹为 {ours}；"
            "请先安装导出电脑的密钥（audit key --install）"
        )
    if not audit_key.signature_ok(b"archive-manifest:" + manifest_bytes, str(sig["hmac"])):
        raise ArchiveError(f"“{label}”的签名不符：归档在导出后被改动过（清单或其中的文件）")
    return "verified"


@dataclass(frozen=True)
class ArchiveSummary:
    """What an archive says it holds (from its manifest), for a look before importing."""

    path: Path
    event_name: str
    event_date: str
    app_version: str
    exported_at: str
    counts: dict[str, int]
    files: tuple[str, ...]


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def summary_of(path: Path, manifest: dict[str, Any]) -> ArchiveSummary:
    event = manifest.get("event") or {}
    return ArchiveSummary(
        path=path,
        event_name=str(event.get("name", "")),
        event_date=str(event.get("date", "")),
        app_version=str(manifest.get("app_version", "")),
        exported_at=str(manifest.get("exported_at", "")),
        counts={str(k): int(v) for k, v in (manifest.get("counts") or {}).items()},
        files=tuple(m for m in manifest.get("sha256", {}) if m.startswith(FILES)),
    )


# Caps checked on the sizes the ZIP declares, before anything is read into memory; zipfile then
# stops reading a member at its declared size (and refuses it as damaged when the data runs on).
# A large city event's database is a few tens of megabytes; layouts and images are far smaller.
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_MEMBERS = 10_000


def member_problem(name: str) -> str | None:
    """Why the member name is not a plain relative path inside the archive, or None.

    Checked on the raw name, before any normalisation: `files//tmp/x` would otherwise become
    `/tmp/x` once its prefix is taken off.
    """
    if not name:
        return "文件名为空"
    if "\\" in name:
        return "含有反斜杠"
    if any(ord(ch) < 32 or ch == "\x7f" for ch in name):
        return "含有控制字符"
    if name.startswith("/"):
        return "是绝对路径"
    if ":" in name:
        return "含有盘符或冒号"
    parts = name.split("/")
    if any(part == "" for part in parts):
        return "含有空的路径部分"
    if any(part in (".", "..") for part in parts):
        return "含有 . 或 .. 路径部分"
    return None


def _check_sizes(label: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise ArchiveError(f"“{label}”含有 {len(infos)} 个文件，超过上限 {MAX_MEMBERS}")
    total = 0
    for info in infos:
        if info.file_size > MAX_MEMBER_BYTES:
            raise ArchiveError(
                f"“{label}”中的 {info.filename} 解压后 {info.file_size} 字节，"
                f"超过单个文件上限 {MAX_MEMBER_BYTES} 字节"
            )
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise ArchiveError(f"“{label}”解压后共 {total} 字节，超过上限 {MAX_TOTAL_BYTES} 字节")


def _read_member(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, never more than it declares (a lying header is damage, not data)."""
    with z.open(info) as f:
        content = f.read(info.file_size + 1)
    if len(content) != info.file_size:
        raise zipfile.BadZipFile(f"{info.filename} 的长度与目录不符")
    return content


def read_verified(
    path: Path, *, accept_unverified: bool = False
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The manifest and every member's bytes, each checked against the manifest, and the
    manifest against its keyed signature. `accept_unverified` lets an unsigned archive or one
    signed with another key through (the manifest then says `"signature": "unverified"`); a
    signature that does not match is refused whatever it says."""
    label = Path(path).name
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            names = [i.filename for i in infos]
            for n in names:
                problem = member_problem(n)
                if problem is not None:
                    raise ArchiveError(f"“{label}”含有不安全的文件名：{n!r}（{problem}）")
            if len(set(names)) != len(names):
                raise ArchiveError(f"“{label}”含有重名的文件，可能被改动过")
            _check_sizes(label, infos)
            by_name = {i.filename: i for i in infos}
            if MANIFEST not in names:
                raise ArchiveError(f"“{label}”不是本程序导出的赛事归档（缺少 {MANIFEST}）")
            manifest_bytes = _read_member(z, by_name[MANIFEST])
            try:
                manifest = json.loads(manifest_bytes.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as e:
                raise ArchiveError(f"“{label}”的清单文件无法读取，归档已损坏") from e
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
                raise ArchiveError(f"“{label}”不是本程序导出的赛事归档")
            version = manifest.get("format_version")
            if not isinstance(version, int) or version < 1:
                raise ArchiveError(f"“{label}”的归档格式版本无效")
            if version > FORMAT_VERSION:
                raise ArchiveError(
                    f"“{label}”由较新版本的程序（{manifest.get('app_version', '?')}）导出，"
                    f"归档格式版本 {version} 高于本程序支持的 {FORMAT_VERSION}。请先升级本程序。"
                )
            sums = manifest.get("sha256")
            if not isinstance(sums, dict) or DATA not in sums:
                raise ArchiveError(f"“{label}”的清单不完整，归档已损坏")
            for member in sums:
                problem = member_problem(str(member))
                if problem is not None:
                    raise ArchiveError(f"“{label}”含有不安全的文件名：{member!r}（{problem}）")
            extra = sorted(set(names) - set(sums) - {MANIFEST, SIGNATURE})
            if extra:
                raise ArchiveError(f"“{label}”含有清单之外的文件（{extra[0]}），可能被改动过")
            sig_bytes = _read_member(z, by_name[SIGNATURE]) if SIGNATURE in by_name else None
            try:
                status = _check_signature(label, manifest_bytes, sig_bytes)
            except UnverifiedArchive:
                if not accept_unverified:
                    raise
                status = "unverified"
            data: dict[str, bytes] = {}
            for member, expected in sums.items():
                if member not in by_name:
                    raise ArchiveError(f"“{label}”缺少 {member}，归档不完整")
                content = _read_member(z, by_name[member])
                if sha256_hex(content) != expected:
                    raise ArchiveError(f"“{label}”已损坏或被改动：{member} 的校验值不符")
                data[member] = content
            return {**manifest, "signature": status}, data
    except (zipfile.BadZipFile, zlib.error) as e:
        raise ArchiveError(f"“{label}”已损坏或不完整，无法作为赛事归档打开（{e}）") from e
    except (OSError, EOFError) as e:
        raise ArchiveError(f"无法读取“{label}”：{e}") from e


def preview_archive(path: Path, *, accept_unverified: bool = False) -> ArchiveSummary:
    """What the archive holds, after checking it whole; raises ArchiveError when it is refused."""
    manifest, _ = read_verified(Path(path), accept_unverified=accept_unverified)
    return summary_of(Path(path), manifest)


def write_archive(dest: Path, manifest: dict[str, Any], payload: dict[str, bytes]) -> None:
    """Write the members and a manifest listing their checksums; a crash leaves no half file."""
    manifest = {**manifest, "sha256": {m: sha256_hex(d) for m, d in payload.items()}}
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    with safe_write.writing(dest) as part, zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(MANIFEST, manifest_bytes)
        z.writestr(SIGNATURE, json.dumps(_signature_of(manifest_bytes)))
        for member, data in payload.items():
            z.writestr(member, data)
