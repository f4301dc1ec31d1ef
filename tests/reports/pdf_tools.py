"""Reading rendered PDFs back with poppler: text, fonts, page count and page size."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import pytest

if shutil.which("pdftotext") is None:  # pragma: no cover - poppler-utils is a test requirement
    pytest.skip(
        "poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed", allow_module_level=True
    )


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool


class PdfTools:
    """Writes PDF bytes to a temp file and asks poppler what is in it."""

    def __init__(self, tmp_path: Path) -> None:
        self._dir = tmp_path
        self._n = count()

    def _file(self, data: bytes) -> Path:
        path = self._dir / f"doc{next(self._n)}.pdf"
        path.write_bytes(data)
        return path

    @staticmethod
    def _run(*args: str) -> str:
        return subprocess.run(args, check=True, capture_output=True, text=True).stdout

    def text(self, data: bytes, *, first: int | None = None, last: int | None = None) -> str:
        """`pdftotext -layout` output."""
        pages = []
        if first is not None:
            pages += ["-f", str(first)]
        if last is not None:
            pages += ["-l", str(last)]
        return self._run("pdftotext", "-layout", *pages, str(self._file(data)), "-")

    def flat_text(self, data: bytes) -> str:
        """The text with all white space removed: poppler drops spaces next to CJK characters."""
        return re.sub(r"\s+", "", self.text(data))

    def stream_text(self, data: bytes) -> str:
        """`pdftotext -raw` with white space removed: the text in drawing order, so a field
        wrapped onto two lines reads whole even when another column sits beside it."""
        return re.sub(r"\s+", "", self._run("pdftotext", "-raw", str(self._file(data)), "-"))

    def fonts(self, data: bytes) -> list[FontRow]:
        out = self._run("pdffonts", str(self._file(data))).splitlines()[2:]
        rows = []
        for line in out:
            # name type encoding emb sub uni object-id: read emb from the right, names have no spaces
            parts = line.split()
            rows.append(FontRow(name=parts[0], type=parts[1], embedded=parts[-5] == "yes"))
        return rows

    def info(self, data: bytes) -> dict[str, str]:
        out = self._run("pdfinfo", str(self._file(data)))
        return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)

    def pages(self, data: bytes) -> int:
        return int(self.info(data)["Pages"].strip())

    def landscape(self, data: bytes) -> bool:
        m = re.search(r"([\d.]+) x ([\d.]+)", self.info(data)["Page size"])
        assert m
        return float(m.group(1)) > float(m.group(2))

    def word_boxes(self, data: bytes) -> list[tuple[str, float, float]]:
        """(word, xMin, yMin) of every word on every page, from `pdftotext -bbox`."""
        html = self._run("pdftotext", "-bbox", str(self._file(data)), "-")
        return [
            (m.group(3), float(m.group(1)), float(m.group(2)))
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
        ]

    def word_rects(self, data: bytes) -> list[tuple[str, float, float, float, float]]:
        """(word, xMin, yMin, xMax, yMax) of every word, y measured down from the page top."""
        html = self._run("pdftotext", "-bbox", str(self._file(data)), "-")
        pattern = (
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
        )
        return [
            (m.group(5), *(float(m.group(i)) for i in range(1, 5)))  # type: ignore[misc]
            for m in re.finditer(pattern, html)
        ]

    def assert_fonts_embedded(self, data: bytes) -> None:
        """Every font embedded, and none of the base-14 or CID fonts that print as boxes."""
        rows = self.fonts(data)
        assert rows, "no fonts at all"
        for row in rows:
            assert row.embedded, f"font not embedded: {row}"
            assert not re.search(r"Helvetica|Times|Courier|STSong|Symbol", row.name), row
            assert row.type == "TrueType", row
