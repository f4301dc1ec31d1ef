"""A tiny real .xls (BIFF8 in an OLE2 compound file) written byte by byte, for the reader's tests.

No library here writes .xls (xlwt is gone), so the test builds one: a Workbook stream with a
BOF, a sheet, LABEL and NUMBER cells and EOF, in a compound file of one FAT sector, one
directory sector and the stream's sectors (MS-CFB, MS-XLS).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from pathlib import Path

_END, _FREE, _FAT, _NONE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
_SECTOR = 512


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _bof(dt: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, dt, 0x0DBB, 0x07CC, 0, 0x06))


def _text(s: str) -> bytes:
    # XLUnicodeString with 16-bit characters; a name outside the BMP is two UTF-16 units
    units = s.encode("utf-16-le")
    return struct.pack("<HB", len(units) // 2, 1) + units


def workbook_stream(rows: Sequence[Sequence[str | float]], sheet: str = "Sheet1") -> bytes:
    cells = b""
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if isinstance(v, str):
                cells += _record(0x0204, struct.pack("<HHH", r, c, 0) + _text(v))
            else:
                cells += _record(0x0203, struct.pack("<HHHd", r, c, 0, float(v)))
    width = max((len(r) for r in rows), default=0)
    dims = _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))
    sheet_part = _bof(0x0010) + dims + cells + _record(0x000A, b"")
    name = sheet.encode("utf-16-le")

    def globals_part(offset: int) -> bytes:
        bound = struct.pack("<IBBBB", offset, 0, 0, len(name) // 2, 1) + name
        return (
            _bof(0x0005)
            + _record(0x0042, struct.pack("<H", 1200))
            + _record(0x0085, bound)
            + _record(0x000A, b"")
        )

    head = globals_part(0)
    stream = globals_part(len(head)) + sheet_part
    # under 4096 bytes a stream lives in the mini stream: pad past it to keep one layout
    return stream + b"\x00" * max(0, 4096 - len(stream))


def compound_file(stream: bytes, name: str = "Workbook") -> bytes:
    stream += b"\x00" * (-len(stream) % _SECTOR)
    n = len(stream) // _SECTOR
    fat = [_FAT, _END] + [3 + i if i < n - 1 else _END for i in range(n)]
    fat += [_FREE] * (_SECTOR // 4 - len(fat))
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\x00" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<I", 0) + struct.pack("<I", _FREE) * 108
    )  # fmt: skip

    def entry(label: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = (label + "\x00").encode("utf-16-le") if label else b""
        return (
            raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw), kind, 1)
            + struct.pack("<III", _NONE, _NONE, child) + b"\x00" * 36
            + struct.pack("<IQ", start, size)
        )  # fmt: skip

    directory = (
        entry("Root Entry", 5, 1, _END, 0)
        + entry(name, 2, _NONE, 2, len(stream))
        + entry("", 0, _NONE, 0, 0) * 2
    )
    return header + struct.pack(f"<{_SECTOR // 4}I", *fat[: _SECTOR // 4]) + directory + stream


def write_xls(path: Path, rows: Sequence[Sequence[str | float]], sheet: str = "Sheet1") -> Path:
    path.write_bytes(compound_file(workbook_stream(rows, sheet)))
    return path
