"""The icons of the window: the app's own, line icons for the navigation and the welcome actions."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from competition_app.resources_path import resource

NAV_COLOUR = "#cbd5e1"
SELECTED_COLOUR = "#ffffff"


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


def app_icon() -> QIcon:
    for name in ("app.svg", "app.png"):
        path = resource("icons", name)
        if path.exists():
            return QIcon(str(path))
    return QIcon()


def _svg_pixmap(svg: str, size: int) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(svg.encode("utf-8")), "SVG")
    return pixmap.scaled(QSize(size, size)) if not pixmap.isNull() else pixmap


def svg_icon(name: str, *, selected_colour: str | None = None, size: int = 48) -> QIcon:
    """An icon from resources/icons/<name>.svg; with `selected_colour`, drawn in that colour
    when its list item is selected (white on the dark navigation)."""
    path = resource("icons", f"{name}.svg")
    if not path.exists():
        return standard(QStyle.StandardPixmap.SP_FileIcon)
    svg = path.read_text(encoding="utf-8")
    icon = QIcon()
    icon.addPixmap(_svg_pixmap(svg, size), QIcon.Mode.Normal)
    if selected_colour:
        icon.addPixmap(
            _svg_pixmap(svg.replace(NAV_COLOUR, selected_colour), size), QIcon.Mode.Selected
        )
    return icon


def nav_icon(name: str) -> QIcon:
    return svg_icon(f"nav-{name}", selected_colour=SELECTED_COLOUR)


def action_icon(name: str) -> QIcon:
    return svg_icon(f"action-{name}")
