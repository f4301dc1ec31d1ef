"""The seals' HMAC: exactly `hmac.digest`, for every key length and message."""

from __future__ import annotations

import hmac

from hypothesis import given
from hypothesis import strategies as st

from competition_app.services.integrity.keyed_digest import hmac_sha256_hex


@given(secret=st.binary(max_size=200), message=st.binary(max_size=300))
def test_the_digest_is_rfc_2104_hmac_sha256(secret: bytes, message: bytes) -> None:
    assert hmac_sha256_hex(secret)(message) == hmac.digest(secret, message, "sha256").hex()


def test_keys_at_and_around_the_block_size_give_the_standard_digest() -> None:
    # 64 bytes is used as it is, 65 is hashed first: the two sides of RFC 2104's rule
    for size in (0, 1, 32, 63, 64, 65, 128):
        secret = bytes(range(size))
        for message in (b"", b"criterion_mark\x1f1\x1f2\x1f3\x1f4\x1f7.5", b"x" * 1000):
            expected = hmac.digest(secret, message, "sha256").hex()
            assert hmac_sha256_hex(secret)(message) == expected


def test_one_key_digests_many_messages_independently() -> None:
    digest = hmac_sha256_hex(b"k" * 32)
    first = digest(b"a")
    digest(b"b" * 500)
    assert digest(b"a") == first  # the key's state is copied, never worn by a message
