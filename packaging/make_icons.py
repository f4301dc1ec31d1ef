"""Renders resources/icons/app.svg to app.png (256 px) and app.ico (16-256 px) for Windows.

Run after changing the SVG, and commit the results:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> Image.Image:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv)
    svg = ICONS / "app.svg"
    big = render(svg, 256)
    big.save(ICONS / "app.png", optimize=True)
    # Each size rendered from the vector, not scaled down from 256 px, stays sharp.
    frames = [render(svg, s) for s in ICO_SIZES]
    frames[-1].save(
        ICONS / "app.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames
    )
    print(ICONS / "app.png", ICONS / "app.ico")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
