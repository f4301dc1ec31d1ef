"""Cuts the rare-character fallback font shipped in resources/fonts from the upstream HanaMin A.

Run by a maintainer when the fonts change (needs `pip install fonttools` and the Debian package
`fonts-hanazono`, or the upstream files); the app and its set-up never run it. HanaMin A covers
the whole BMP (URO, CJK Extension A, compatibility ideographs) but WenQuanYi Micro Hei already
draws almost all of the URO, so only the characters that WenQuanYi cannot draw are kept: that is
CJK Extension A and a few dozen others, about a fifth of the upstream file. HanaMin B (the
supplementary plane: Extensions B to F) is shipped unmodified.

The Hanazono fonts are dual-licensed; this subset is a modified version taken under the Hanazono
Font License (unlimited permission to modify and redistribute), and it is renamed so that it does
not carry the OFL's reserved names.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "resources" / "fonts"
UPSTREAM_A = Path("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf")
OUT_NAME = "CompetitionRareA"


def drawable(font: TTFont) -> set[int]:
    """Code points mapped to a glyph with an outline (or whitespace, which needs none)."""
    glyf = font["glyf"]
    out = set()
    for cp, name in font.getBestCmap().items():
        g = glyf[name]
        if g.numberOfContours != 0 or chr(cp).isspace():
            out.add(cp)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hanamin-a", type=Path, default=UPSTREAM_A)
    ap.add_argument("--output", type=Path, default=FONTS / "rare-a.ttf")
    args = ap.parse_args()
    sans = TTCollection(str(FONTS / "wqy-microhei.ttc")).fonts[0]
    have = drawable(sans)
    upstream = TTFont(str(args.hanamin_a))
    keep = sorted(cp for cp in drawable(upstream) if cp <= 0xFFFF and cp not in have)
    options = subset.Options()
    options.layout_features = []  # ReportLab applies no OpenType layout
    options.name_IDs = ["*"]
    options.notdef_outline = True
    sub = subset.Subsetter(options)
    sub.populate(unicodes=keep)
    sub.subset(upstream)
    names = upstream["name"]
    for rec in list(names.names):
        if rec.nameID in (1, 3, 4, 6, 16, 17):
            names.removeNames(nameID=rec.nameID)
    names.setName(OUT_NAME, 1, 3, 1, 0x409)
    names.setName("Regular", 2, 3, 1, 0x409)
    names.setName(f"{OUT_NAME}-subset-of-HanaMinA-20170904", 3, 3, 1, 0x409)
    names.setName(OUT_NAME, 4, 3, 1, 0x409)
    names.setName(OUT_NAME, 6, 3, 1, 0x409)
    upstream.save(str(args.output))
    print(f"{args.output}: {len(keep)} characters, {args.output.stat().st_size} bytes")


if __name__ == "__main__":
    main()
