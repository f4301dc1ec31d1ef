"""The embedded TrueType fonts of every PDF: names of the families and their one-time registration.

Only TrueType (glyf) fonts are used, because ReportLab embeds those and nothing else: a PDF that
names a base-14 font (Helvetica) or a non-embedded CID font (STSong-Light) prints boxes or falls
back to whatever the printing machine has. Droid Sans Fallback (the window's font) has no Latin
letters or digits, so the PDFs use WenQuanYi Micro Hei, which is Droid Sans Fallback merged with
Droid Sans: one font that covers Chinese, Latin letters and digits. Certificates may use AR PL UKai
(a Kai/楷体 face), which also covers Latin. Rare characters (CJK Extensions A to F, as in 䶮 and 𠮷)
come from two fallback fonts: a cut of HanaMin A and HanaMin B (`reports.font_runs` picks the font
of each run of text).
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from competition_app.reports.font_files import (
    FALLBACK_CHAINS,
    FONT_ALIASES,
    FONT_FILES,
    KAI,
    RARE_A,
    RARE_B,
    SANS,
    font_file,
)

# the names live in font_files (no ReportLab there); most callers know them from here
__all__ = ["FALLBACK_CHAINS", "FONT_ALIASES", "KAI", "RARE_A", "RARE_B", "SANS", "register_fonts"]

_lock = threading.Lock()
_registered = False


def _utf16_hex(cp: int) -> str:
    if cp <= 0xFFFF:
        return f"{cp:04X}"
    cp -= 0x10000
    return f"{0xD800 + (cp >> 10):04X}{0xDC00 + (cp & 0x3FF):04X}"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters beyond the BMP written as UTF-16 surrogate
    pairs: ReportLab writes `<20BB7>`, which PDF readers truncate, so copying or searching 𠮷
    gave "₻". The CMap is the same as ReportLab's otherwise."""
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def register_fonts() -> None:
    """Register the fonts with ReportLab once per process; later calls return at once."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        # ReportLab looks the function up in its module at embedding time.
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        for name in FONT_FILES:
            path, index = font_file(name)
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
            # No bold or italic faces ship: map them to the regular face so markup such as <b>
            # never makes ReportLab reach for a base-14 font.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
        _registered = True
