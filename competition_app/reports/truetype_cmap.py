"""A TrueType font's character map and which of its glyphs have outlines, read from the file.

Only the few tables that answer "which characters does this font draw" are read (the table
directory, `cmap`, `head`, `maxp`, `loca`): ReportLab's TTFont parses the whole 31 MB HanaMin B
with its widths and names, 0.1 to 0.2 s a font, where a registration import only needs the
coverage. The map is the one ReportLab draws with: the same `cmap` subtable chosen by the same
rule (ttfonts.TTFontFile.extractInfo), read the same way, space and no-break space sharing a
glyph as there; tests/reports/test_font_coverage.py compares both on every shipped font. A font
whose chosen subtable is not format 4 or 12 raises UnsupportedFont and the caller asks ReportLab.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import BinaryIO

_TRUETYPE = (0x00010000, 0x74727565)  # version 1.0, and "true" (Apple)
_TTC_VERSIONS = (0x00010000, 0x00020000)


class UnsupportedFont(Exception):
    """A font this reader does not read the way ReportLab does (ask ReportLab instead)."""


@dataclass(frozen=True)
class GlyphCoverage:
    """`char_to_glyph` as ReportLab builds it; `outlined[g]` whether glyph g has an outline
    (its `loca` entry is not empty)."""

    char_to_glyph: dict[int, int]
    outlined: tuple[bool, ...]


def _read(f: BinaryIO, offset: int, size: int) -> bytes:
    f.seek(offset)
    data = f.read(size)
    if len(data) < size:
        raise UnsupportedFont("the font file ends inside a table")
    return data


def _tables(f: BinaryIO, subfont: int) -> dict[bytes, tuple[int, int]]:
    """Offset and length of each table of face `subfont` (a .ttc holds several faces)."""
    start = 0
    if _read(f, 0, 4) == b"ttcf":
        version, count = struct.unpack(">II", _read(f, 4, 8))
        if version not in _TTC_VERSIONS or not 0 <= subfont < count:
            raise UnsupportedFont(f"no face {subfont} in this font collection")
        (start,) = struct.unpack(">I", _read(f, 12 + 4 * subfont, 4))
    version, count = struct.unpack(">IH", _read(f, start, 6))
    if version not in _TRUETYPE:
        raise UnsupportedFont("not a TrueType (glyf) font")
    records = _read(f, start + 12, 16 * count)
    out = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", records, 16 * i)
        out[tag] = (offset, length)
    return out


def _subtable_offset(cmap: bytes) -> int:
    """The subtable ReportLab reads: the last record that its rule accepts."""
    version, count = struct.unpack_from(">HH", cmap, 0)
    if count == 0 and version != 0:
        count = version
    chosen, kind = None, 0
    for n in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * n)
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            chosen, kind = offset, 1
        elif platform == 1 and encoding == 0 and kind != 1:
            chosen, kind = offset, 2
    if chosen is None:
        raise UnsupportedFont("no Unicode character map")
    return int(chosen)


def _format4(sub: bytes, limit: int) -> dict[int, int]:
    (seg_x2,) = struct.unpack_from(">H", sub, 6)
    n = seg_x2 // 2
    ends = struct.unpack_from(f">{n}H", sub, 14)
    starts = struct.unpack_from(f">{n}H", sub, 16 + 2 * n)
    deltas = struct.unpack_from(f">{n}h", sub, 16 + 4 * n)
    range_at = 16 + 6 * n
    ranges = struct.unpack_from(f">{n}H", sub, range_at)
    out: dict[int, int] = {}
    for i in range(n):
        first, last, delta, offset = starts[i], ends[i], deltas[i], ranges[i]
        if offset == 0:
            out.update((c, (c + delta) & 0xFFFF) for c in range(first, last + 1))
            continue
        base = range_at + 2 * i + offset
        for c in range(first, last + 1):
            at = base + 2 * (c - first)
            # past the subtable is glyph 0, as ReportLab reads broken fonts
            glyph = struct.unpack_from(">H", sub, at)[0] if at < limit else 0
            out[c] = (glyph + delta) & 0xFFFF if glyph else 0
    return out


def _format12(sub: bytes) -> dict[int, int]:
    (groups,) = struct.unpack_from(">I", sub, 12)
    out: dict[int, int] = {}
    for first, last, glyph in struct.iter_unpack(">III", sub[16 : 16 + 12 * groups]):
        out.update(zip(range(first, last + 1), range(glyph, glyph + last - first + 1), strict=True))
    return out


def _char_to_glyph(f: BinaryIO, cmap_at: int, cmap_length: int) -> dict[int, int]:
    at = cmap_at + _subtable_offset(_read(f, cmap_at, cmap_length))
    (fmt,) = struct.unpack(">H", _read(f, at, 2))
    if fmt == 4:
        (length,) = struct.unpack(">H", _read(f, at + 2, 2))
        # two bytes more: ReportLab reads a glyph id that starts on the subtable's last byte
        f.seek(at)
        out = _format4(f.read(length + 2), length)
    elif fmt == 12:
        (length,) = struct.unpack(">I", _read(f, at + 4, 4))
        out = _format12(_read(f, at, length))
    else:
        raise UnsupportedFont(f"character map format {fmt}")
    if 0x20 in out:
        out[0xA0] = out[0x20]
    elif 0xA0 in out:
        out[0x20] = out[0xA0]
    return out


def _outlined(f: BinaryIO, tables: dict[bytes, tuple[int, int]]) -> tuple[bool, ...]:
    head = _read(f, tables[b"head"][0], 54)
    loca_format, glyph_format = struct.unpack_from(">hh", head, 50)
    (glyphs,) = struct.unpack(">H", _read(f, tables[b"maxp"][0] + 4, 2))
    if glyph_format != 0 or loca_format not in (0, 1):
        raise UnsupportedFont("unknown glyph location format")
    code = "H" if loca_format == 0 else "I"
    loca = _read(f, tables[b"loca"][0], (glyphs + 1) * struct.calcsize(code))
    pos = struct.unpack(f">{glyphs + 1}{code}", loca)
    return tuple(b > a for a, b in pairwise(pos))


def read_coverage(path: Path, subfont: int = 0) -> GlyphCoverage:
    """The character map and outlined glyphs of face `subfont` of the font file `path`."""
    with open(path, "rb") as f:
        tables = _tables(f, subfont)
        for tag in (b"cmap", b"head", b"maxp", b"loca"):
            if tag not in tables:
                raise UnsupportedFont(f"no {tag.decode()} table")
        try:
            return GlyphCoverage(_char_to_glyph(f, *tables[b"cmap"]), _outlined(f, tables))
        except struct.error as e:
            raise UnsupportedFont(f"a damaged table: {e}") from None
