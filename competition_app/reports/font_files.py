"""The shipped fonts by name: the file that holds each, and the fallback chain of each text face.

Kept apart from `reports.fonts` (the ReportLab registration) so that checking which characters
the fonts draw (`reports.font_coverage`) needs no ReportLab.
"""

from __future__ import annotations

from pathlib import Path

from competition_app.resources_path import resource

SANS = "CompetitionSans"  # WenQuanYi Micro Hei: tables, forms, labels
KAI = "CompetitionKai"  # AR PL UKai CN: certificate names and headings
RARE_A = "CompetitionRareA"  # HanaMin A cut to what WenQuanYi lacks: CJK Extension A and others
RARE_B = "CompetitionRareB"  # HanaMin B: CJK Extensions B to F (the supplementary plane)

# name -> (file under resources/fonts, face index inside a .ttc)
FONT_FILES: dict[str, tuple[str, int]] = {
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


def font_file(name: str) -> tuple[Path, int]:
    """The file of the shipped font `name` and the face index inside it."""
    filename, index = FONT_FILES[name]
    return resource("fonts", filename), index
