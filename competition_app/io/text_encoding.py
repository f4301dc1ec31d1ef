"""A CSV's text, decoded strictly, refusing what it cannot read for certain instead of guessing.

UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text", tab-separated), or
GB18030 when the text reads as Chinese (what Chinese Excel writes). Anything else (Shift-JIS, Big5,
Latin-1, UTF-16 without a BOM) is refused naming the encoding it most likely is, never read as
mojibake. Every refusal is a `file:row:column: reason` problem.
"""

from __future__ import annotations

from competition_app.domain.errors import Problem, ValidationError

_GB_FAMILY = {"gb18030", "gbk", "gb2312", "hz", "cp936"}
# Characters a Chinese registration file does not hold but mojibake of Japanese, Korean or
# Big5 text decoded as GB18030 does: kana, hangul, the private-use area, box drawing.
_NOT_CHINESE = (
    (0x3040, 0x30FF),
    (0x1100, 0x11FF),
    (0x3130, 0x318F),
    (0xAC00, 0xD7AF),
    (0xE000, 0xF8FF),
    (0x2500, 0x257F),
)


def _where(data: bytes, pos: int) -> tuple[int, int]:
    """(line, column) of byte `pos`, both from 1, columns counted in bytes."""
    line = data.count(b"\n", 0, pos) + 1
    start = data.rfind(b"\n", 0, pos) + 1
    return line, pos - start + 1


# Encodings a person preparing a registration file may have heard of. charset-normalizer often
# ranks an obscure code page first for a short Western text (cp775, cp1250, mac_latin2 for
# "José Müller"); such a guess is replaced by a well-known one where the text bears it out.
_WELL_KNOWN = {
    "utf_8", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "gb18030", "gbk", "gb2312", "big5",
    "cp950", "big5hkscs", "cp932", "shift_jis", "euc_jp", "euc_kr", "cp949", "cp1252", "latin_1",
    "iso8859_15", "cp1251", "koi8_r",
}  # fmt: skip
_WESTERN = "Latin-1/cp1252（西欧文字）"


def _reads_as_western(data: bytes) -> bool:
    """Decoded as cp1252, is this Western European text: every non-ASCII character a letter,
    and most letters plain ASCII (Cyrillic or Greek bytes give words of accented letters)?"""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    extra = [ch for ch in text if ord(ch) >= 0x80]
    if not extra or not all(ch.isalpha() for ch in extra):
        return False
    ascii_letters = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return ascii_letters >= 2 * len(extra)


def _reads_as_japanese(data: bytes) -> bool:
    """Decoded as Shift-JIS (cp932), does this hold Japanese kana? Kana are the lead bytes
    0x82 and 0x83 there, GBK's rarest extension area: Chinese text never reads so, Japanese
    names always do (and decoded as GB18030 they read as Chinese-looking nonsense)."""
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        return False
    extra = [ch for ch in text if ord(ch) >= 0x80]
    kana = sum(1 for ch in extra if 0x3040 <= ord(ch) <= 0x30FF)
    return kana >= 2 and kana * 10 >= len(extra)


def _mostly_rare(text: str) -> bool:
    """Are most of the text's Chinese-looking characters outside GB 2312 (the 6,763 in daily
    use)? A registration file's names and units are overwhelmingly in it; Shift-JIS kanji read
    as GB18030 land in GBK's extension areas (山田太郎 reads 嶳揷懢榊), as Latin-1 letters do."""
    extra = [ch for ch in text[:200_000] if ord(ch) >= 0x80][:20_000]
    rare = 0
    for ch in extra:
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            rare += 1
    return rare >= 4 and rare * 2 > len(extra)


def _likely_encoding(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # a bundle built without it still refuses, just without the guess
        return ""
    sample = data[:65536]
    matches = list(from_bytes(sample))
    if not matches:
        return ""
    best = matches[0]
    if best.encoding in _WELL_KNOWN:
        return _WESTERN if best.encoding in ("cp1252", "latin_1") else str(best.encoding)
    if _reads_as_western(sample):
        return _WESTERN
    language = best.language
    for m in matches:  # a well-known code page of the same language (cp1125 -> cp1251)
        if m.encoding in _WELL_KNOWN and language != "Unknown" and m.language == language:
            return str(m.encoding)
    return str(best.encoding)


def _guesses(data: bytes) -> list[str]:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return []
    return [str(m.encoding) for m in from_bytes(data[:65536])]


def _reads_as_chinese(text: str) -> bool:
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            continue
        if any(lo <= o <= hi for lo, hi in _NOT_CHINESE):
            return False
    return True


def _refuse_encoding(name: str, data: bytes, pos: int, why: str) -> ValidationError:
    line, col = _where(data, pos)
    guess = _likely_encoding(data)
    named = f"，看起来是 {guess} 编码" if guess and guess.lower() not in _GB_FAMILY else ""
    return ValidationError(
        [
            Problem(
                f"{name}:{line}:{col}",
                f"{why}{named}；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入",
            )
        ]
    )


def decode_text(data: bytes, name: str = "") -> str:
    """The text of a CSV, decoded strictly; ValidationError naming the place and the likely
    encoding when it is not UTF-8, UTF-16 with a BOM, or Chinese text in GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as e:
            raise _refuse_encoding(
                name, data, e.start + 3, "标为 UTF-8 的文件中有无效字节"
            ) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise _refuse_encoding(name, data, e.start, "标为 UTF-16 的文件中有无效字节") from None
    head = data[:4096]
    # UTF-16 without its BOM: about half the bytes are zero. Checked before UTF-8, which would
    # take plain-ASCII UTF-16 text for valid text full of NUL characters.
    if head.count(0) * 4 >= len(head) > 0:
        raise _refuse_encoding(
            name, data, data.index(b"\x00"), "文件不是 UTF-8 编码（可能是无 BOM 的 UTF-16）"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e.start
    if b"\x00" in head:
        raise _refuse_encoding(
            name, data, data.index(b"\x00"), "文件不是 UTF-8 编码（可能是无 BOM 的 UTF-16）"
        )
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise _refuse_encoding(
            name, data, utf8_error, "文件既不是 UTF-8 也不是 GB18030 编码"
        ) from None
    guesses = _guesses(data)
    # Latin-1 or Shift-JIS bytes also decode as GB18030 (Müller reads M黮ler): refused by what
    # they read as in their own encoding
    foreign = _reads_as_western(data) or _reads_as_japanese(data) or _mostly_rare(text)
    gb_like = not guesses or any(g.lower() in _GB_FAMILY for g in guesses)
    if _reads_as_chinese(text) and gb_like and not foreign:
        return text
    raise _refuse_encoding(
        name, data, utf8_error, "文件不是 UTF-8 编码，按 GB18030 读出的也不是中文"
    )
