"""The embedded TrueType fonts of every PDF: names of the families and their one-time registration.

Only TrueType (glyf) fonts are used, because ReportLab embeds those and nothing else: a PDF that
names a base-14 font (Helvetica) or a non-embedded CID font (STSong-Light) prints boxes or falls
back to whatever the printing machine has. Droid Sans Fallback (the window's font) has no Latin
letters or digits, so the PDFs use WenQuanYi Micro Hei, which is Droid Sans Fallback merged with
Droid Sans: one font that covers Chinese, Latin letters and digits. Certificates may use AR PL UKai
(a Kai/楷体 face), which also covers Latin.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from competition_app.resources_path import resource

SANS = "CompetitionSans"  # WenQuanYi Micro Hei: tables, forms, labels
KAI = "CompetitionKai"  # AR PL UKai CN: certificate names and headings

# name -> (file under resources/fonts, face index inside a .ttc)
_FONT_FILES: dict[str, tuple[str, int]] = {
    SANS: ("wqy-microhei.ttc", 0),
    KAI: ("ukai.ttc", 0),
}

# The names a certificate layout may use for its fields.
FONT_ALIASES: dict[str, str] = {"sans": SANS, "kai": KAI}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts with ReportLab once per process; later calls return at once."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, (filename, index) in _FONT_FILES.items():
            path = resource("fonts", filename)
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
            # No bold or italic faces ship: map them to the regular face so markup such as <b>
            # never makes ReportLab reach for a base-14 font.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
        _registered = True
