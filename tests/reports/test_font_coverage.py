"""The fonts' coverage read from their files is exactly what ReportLab draws with."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from competition_app.reports.font_coverage import (
    _reportlab_coverage,
    drawable,
    drawn_code_points,
    missing_characters,
)
from competition_app.reports.font_files import FONT_FILES, KAI, RARE_A, SANS, font_file
from competition_app.reports.truetype_cmap import UnsupportedFont, read_coverage


@pytest.mark.parametrize("font", list(FONT_FILES))
def test_the_file_reader_maps_every_character_to_reportlabs_glyph(font: str) -> None:
    path, index = font_file(font)
    ours = read_coverage(path, index)
    theirs = TTFontFile(str(path), subfontIndex=index)
    # dict equality: the same code points, each to the same glyph, for every code point mapped
    assert ours.char_to_glyph == theirs.charToGlyph
    pos = theirs.glyphPos
    assert ours.outlined == tuple(pos[g + 1] > pos[g] for g in range(theirs.numGlyphs))


@pytest.mark.parametrize("font", list(FONT_FILES))
def test_the_drawn_characters_are_those_of_the_registered_font(font: str) -> None:
    assert drawable(font) == drawn_code_points(_reportlab_coverage(font))


def test_an_empty_glyph_or_the_missing_glyph_box_is_not_drawn() -> None:
    # AR PL UKai maps 䶮 to a glyph with no outline; the Ming cut maps U+FFFF to .notdef
    assert 0x4DAE not in drawable(KAI)
    assert 0xFFFF not in drawable(RARE_A)
    assert missing_characters("王\uffff") == ["\uffff"]
    # white space prints as space whatever its glyph
    assert 0x3000 in drawable(SANS) and 0xA0 in drawable(SANS)


def test_a_font_the_reader_cannot_read_is_refused_not_guessed(tmp_path: Path) -> None:
    otf = tmp_path / "cff.otf"
    otf.write_bytes(b"OTTO" + bytes(60))
    with pytest.raises(UnsupportedFont):
        read_coverage(otf)
    short = tmp_path / "cut.ttf"
    path, index = font_file(RARE_A)
    short.write_bytes(path.read_bytes()[:4096])
    with pytest.raises(UnsupportedFont):
        read_coverage(short, index)
