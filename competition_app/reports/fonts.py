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

from competition_app.resources_path import resource

SANS = "CompetitionSans"  # WenQuanYi Micro Hei: tables, forms, labels
KAI = "CompetitionKai"  # AR PL UKai CN: certificate names and headings
RARE_A = "CompetitionRareA"  # HanaMin A cut to what WenQuanYi lacks: CJK Extension A and others
RARE_B = "CompetitionRareB"  # HanaMin B: CJK Extensions B to F (the supplementary plane)

# name -> (file under resources/fonts, face index inside a .ttc)
_FONT_FILES: dict[str, tuple[str, int]] = {
    SANS: ("wqy-microhei.ttc", 0),
    KAI: ("ukai.ttc", 0),
    RARE_A: ("rare-a.ttf", 0),
    RARE_B: ("HanaMinB.ttf", 0),
}

# The fonts tried in turn for a character, by the font the text is set in. A Kai name falls back
# to the sans face before the Ming faces: the sans face has the common characters UKai lacks.
FALLBACK_CHAINS: dict[str, tuple[str, ...]] = {
    SANS: (SANS, RARE_A, RARE_B),
    KAI: (KAI, SANS, RARE_A, RARE_B),
}

# The names a certificate layout may use for its fields.
FONT_ALIASES: dict[str, str] = {"sans": SANS, "kai": KAI}

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
        for name, (filename, index) in _FONT_FILES.items():
            path = resource("fonts", filename)
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
            # No bold or italic faces ship: map them to the regular face so markup such as <b>
            # never makes ReportLab reach for a base-14 font.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
        _registered = True
