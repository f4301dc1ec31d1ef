"""The signed statement a certificate's QR code carries, checkable with no database at all.

The statement is plain text, so a phone that scans it shows what it vouches for:

    CS1|202201-0007|陈𠮷|宁波市北岸机械厂|钳工（职工组）|一等奖、技术能手|2022年…大赛|2022-07-28|<sig>

`CS1` is the format, then serial, name, unit, trade, honour, event and issue date, then an
Ed25519 signature (base64url) over the UTF-8 of everything before it. The event's key pair is
derived from the event's own secret, so it needs no storage of its own and never changes; the
public key is published (a key file from `competition-app event key`) and its fingerprint is
printed on every certificate. Anyone holding the published key can check a scanned statement
offline; the fingerprint on the paper tells them which key to use, never whether to trust it.
Signing and checking are the `cryptography` library's; nothing here is hand-written crypto.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

FORMAT = "CS1"
SEP = "|"
_FIELDS = ("serial", "name", "unit", "trade", "honour", "event", "issued")
_KEY_LABEL = b"competition-app event signing key v1"


@dataclass(frozen=True)
class Statement:
    serial: str
    name: str
    unit: str
    trade: str
    honour: str
    event: str
    issued: str  # ISO date of issue

    def body(self) -> str:
        """The signed text: format and fields, `|` inside a field written as full-width `｜`."""
        values = [getattr(self, f).replace(SEP, "｜").replace("\n", " ") for f in _FIELDS]
        return SEP.join([FORMAT, *values])


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def event_private_key(secret: bytes) -> Ed25519PrivateKey:
    """The event's signing key, derived from its secret (HMAC-SHA256 as the 32-byte seed)."""
    if not secret:
        raise ValueError("secret must not be empty")
    seed = hmac.new(secret, _KEY_LABEL, hashlib.sha256).digest()
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_key: bytes) -> str:
    """What the certificate prints of the key: SHA-256 of the raw key, 16 bytes in hex groups,
    e.g. `3F2A-9C1B-…` (8 groups of 4)."""
    digest = hashlib.sha256(public_key).hexdigest().upper()[:32]
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def sign(statement: Statement, secret: bytes) -> str:
    """The QR text: the statement and its signature."""
    body = statement.body()
    signature = event_private_key(secret).sign(body.encode())
    return f"{body}{SEP}{_b64(signature)}"


def parse(text: str) -> tuple[Statement, str, bytes]:
    """(statement, signed body, signature) from a scanned QR text; ValueError if malformed."""
    text = text.strip()
    body, sep, sig = text.rpartition(SEP)
    parts = body.split(SEP)
    if not sep or parts[0] != FORMAT or len(parts) != len(_FIELDS) + 1:
        raise ValueError("不是本系统证书二维码的内容（应以 CS1| 开头）")
    try:
        signature = _unb64(sig)
    except (ValueError, TypeError) as exc:
        raise ValueError("二维码中的签名无法读取") from exc
    return Statement(*parts[1:]), body, signature


def check(text: str, public_key: bytes) -> Statement | None:
    """The statement if `text` was signed with the key whose raw bytes are `public_key`."""
    statement, body, signature = parse(text)
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, body.encode())
    except (InvalidSignature, ValueError):
        return None
    return statement


def public_key_file(public_key: bytes, event: str) -> str:
    """A key file to publish: a comment naming the event and the fingerprint, then the key."""
    return (
        f"# {event}\n# 证书签名公钥指纹 fingerprint: {fingerprint(public_key)}\n"
        f"ed25519 {_b64(public_key)}\n"
    )


def read_public_key_file(text: str) -> bytes:
    """The raw public key from a key file (`ed25519 <base64url>` line, or PEM)."""
    if "BEGIN PUBLIC KEY" in text:
        key = serialization.load_pem_public_key(text.encode())
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError("公钥文件不是 Ed25519 公钥")
        return public_key_bytes(key)
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] == "ed25519":
            raw = _unb64(parts[1])
            if len(raw) == 32:
                return raw
    raise ValueError("公钥文件中没有找到 ed25519 公钥")
