"""Certificate verification codes: the serial plus a short keyed MAC over the printed facts.

A code reads `SERIAL-XXXXXXXX`: the certificate's serial, a hyphen, then 8 characters of
Crockford base32 (no I, L, O or U, so nothing reads as 1, 0 or V) carrying the first 40 bits of
HMAC-SHA256(secret, serial + facts). Anyone holding the event's secret can tell from the code and
the certificate's name, unit, trade, award and event whether the paper was altered: change one
printed character and the MAC no longer matches. The secret is per event and is kept by the caller.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata

MAC_LENGTH = 8  # characters; 5 bits each, 40 bits of MAC
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
# What people type for the letters the alphabet leaves out.
_TYPING_FIXES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SERIAL = re.compile(r"[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?")
_VERSION = b"cert-code-v1"
_FIELD_SEP = "\x1f"  # unit separator: cannot occur in a fact, control characters are dropped


def _canonical(text: str) -> str:
    """One fact as hashed: NFKC (full-width letters fold), control characters dropped,
    whitespace runs collapsed to one space and trimmed."""
    folded = unicodedata.normalize("NFKC", text)
    kept = "".join(ch for ch in folded if unicodedata.category(ch)[0] != "C" or ch in " \t\n")
    return " ".join(kept.split())


def certificate_facts(*, name: str, unit: str, trade: str, award: str, event: str) -> str:
    """The canonical join of the facts a certificate prints; pass it to make_code / check_code."""
    return _FIELD_SEP.join(_canonical(f) for f in (name, unit, trade, award, event))


def normalise_serial(serial: str) -> str:
    """The serial as encoded: upper case, spaces removed. Raises ValueError if it cannot be typed
    back (only ASCII letters, digits and inner hyphens are allowed)."""
    s = "".join(unicodedata.normalize("NFKC", serial).split()).upper()
    if not _SERIAL.fullmatch(s):
        raise ValueError(f"证书编号只能由字母、数字和连字符组成：{serial!r}")
    return s


def _mac(serial: str, facts: str, secret: bytes) -> str:
    message = _VERSION + b"\x1e" + serial.encode() + b"\x1e" + facts.encode()
    digest = hmac.new(secret, message, hashlib.sha256).digest()
    bits = int.from_bytes(digest[:5], "big")  # 40 bits -> 8 base32 characters
    return "".join(_ALPHABET[(bits >> (5 * i)) & 31] for i in reversed(range(MAC_LENGTH)))


def make_code(serial: str, facts: str, secret: bytes) -> str:
    """The verification code printed on the certificate, e.g. `JB2022-0001-7K3QX9MZ`."""
    if not secret:
        raise ValueError("secret must not be empty")
    s = normalise_serial(serial)
    return f"{s}-{_mac(s, facts, secret)}"


def parse_code(code: str) -> tuple[str, str]:
    """(serial, mac) from a typed code; forgiving of case, spaces and O/I/L for 0/1/1.

    Raises ValueError when the code has no MAC part or characters outside the alphabet.
    """
    text = "".join(unicodedata.normalize("NFKC", code).split()).upper()
    serial, sep, mac = text.rpartition("-")
    if not sep or not serial:
        raise ValueError(f"验证码格式不对：{code!r}")
    mac = mac.translate(_TYPING_FIXES)
    if len(mac) != MAC_LENGTH or any(ch not in _ALPHABET for ch in mac):
        raise ValueError(f"验证码格式不对：{code!r}")
    return normalise_serial(serial), mac


def check_code(code: str, facts: str, secret: bytes) -> bool:
    """True when `code` was made for these facts with this secret (compared in constant time)."""
    try:
        serial, mac = parse_code(code)
    except ValueError:
        return False
    if not secret:
        return False
    return hmac.compare_digest(mac, _mac(serial, facts, secret))
