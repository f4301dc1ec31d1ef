"""HMAC-SHA256 with one key over many messages: the key's two padded blocks hashed once.

`hmac.digest` derives both of them again for every message, which was half the cost of sealing
a mark: an import of a city's 900,000 marks seals every one. This is HMAC exactly as RFC 2104
defines it (tested against `hmac.digest`), with SHA-256's state after each padded key block
copied instead of recomputed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache

_BLOCK = 64  # SHA-256's block size in bytes
_INNER = bytes(x ^ 0x36 for x in range(256))
_OUTER = bytes(x ^ 0x5C for x in range(256))


@lru_cache(maxsize=8)  # one audit key a database, and a test's few
def hmac_sha256_hex(secret: bytes) -> Callable[[bytes], str]:
    """A function giving `hmac.digest(secret, message, "sha256").hex()` for each message."""
    key = hashlib.sha256(secret).digest() if len(secret) > _BLOCK else secret
    key = key.ljust(_BLOCK, b"\0")
    inner_start = hashlib.sha256(key.translate(_INNER))
    outer_start = hashlib.sha256(key.translate(_OUTER))

    def digest(message: bytes) -> str:
        inner = inner_start.copy()
        inner.update(message)
        outer = outer_start.copy()
        outer.update(inner.digest())
        return outer.hexdigest()

    return digest
