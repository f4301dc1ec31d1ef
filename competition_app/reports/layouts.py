"""Certificate layouts as data: TOML files in millimetres, checked on load, one frozen Layout each.

Coordinates are measured from the top-left corner of the sheet, as one measures pre-printed stock
with a ruler: `x` is the left edge of a field's box, `y` the baseline its (first) line sits on.
A QR field's `x`, `y` are its top-left corner and `width` its side. Paths of images are relative
to the layout file. Every mistake in a file is reported at once, located like
`classic-cn.toml:fields[2].x`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, A5

from competition_app.domain.errors import Problem, ValidationError
from competition_app.reports.fonts import FONT_ALIASES
from competition_app.reports.toml_checks import Align, Checker
from competition_app.resources_path import resource

# Field keys, and the placeholders a field's `text` may use.
FIELD_KEYS = (
    "name", "unit", "trade", "group", "award", "title", "honour", "event", "date", "issuer",
    "serial", "code", "qr", "body", "fingerprint", "rank", "promotion",
)  # fmt: skip
_EXTRA_PLACEHOLDERS = (
    "trade_group", "date_upper", "date_en", "date_iso",
    "trade_en", "honour_en", "event_en", "issuer_en", "group_en",
    "trade_bi", "honour_bi", "event_bi", "issuer_bi", "group_bi", "trade_group_bi",
)  # fmt: skip
PLACEHOLDERS = frozenset({*FIELD_KEYS, *_EXTRA_PLACEHOLDERS} - {"qr", "body"})
_PT_PER_MM = 72 / 25.4
_PAGE_SIZES = {
    "A4-landscape": (A4[1], A4[0]),
    "A4-portrait": A4,
    "A5-landscape": (A5[1], A5[0]),
    "A5-portrait": A5,
}
BORDER_STYLES = ("classic", "line")


@dataclass(frozen=True)
class FieldSpec:
    """One printed datum: where (mm from the top-left), in what font, and its text template."""

    key: str
    x: float
    y: float
    width: float
    text: str = ""  # template with {placeholders}; empty for the QR code
    height: float | None = None  # a box that wraps and shrinks to fit (the body sentence)
    font: str = FONT_ALIASES["sans"]
    size: float = 12.0
    min_size: float = 8.0
    align: Align = "left"
    colour: str = "#000000"
    spacing: float = 0.0  # extra space between characters, points
    # "top": y is the first line's baseline and the box runs down from it; "bottom": y is the
    # last line's baseline (on its underline) and a wrapped text grows upwards, within `height`.
    valign: str = "top"


@dataclass(frozen=True)
class TextSpec:
    """Fixed wording of a design (heading, labels): never printed on pre-printed stock."""

    text: str
    x: float
    y: float
    width: float
    font: str = FONT_ALIASES["sans"]
    size: float = 12.0
    align: Align = "left"
    colour: str = "#000000"
    spacing: float = 0.0


@dataclass(frozen=True)
class ImageSpec:
    """A logo or seal image placed with its top-left corner at (x, y), in mm."""

    path: Path
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class LineSpec:
    """A straight rule of the design, e.g. under a label, from (x1, y1) to (x2, y2) in mm."""

    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.5  # points
    colour: str = "#000000"


@dataclass(frozen=True)
class BorderSpec:
    style: str = "classic"  # classic: red band, gold lines and corner marks; line: two rules
    colour: str = "#a4161a"
    accent: str = "#c8a24a"
    margin: float = 8.0  # mm from the sheet edge to the outer edge of the border


@dataclass(frozen=True)
class Layout:
    name: str
    source: Path
    width: float  # mm
    height: float  # mm
    fields: tuple[FieldSpec, ...]
    texts: tuple[TextSpec, ...] = ()
    images: tuple[ImageSpec, ...] = ()
    lines: tuple[LineSpec, ...] = ()
    background: Path | None = None
    border: BorderSpec | None = None
    # "separate": a title (技术能手) gets a certificate of its own, apart from the award's;
    # "with_award": one certificate names both ("一等奖、技术能手").
    titles: str = "with_award"


_FIELD_SETTINGS = {
    "key", "x", "y", "width", "height", "text", "font", "size", "min_size", "align", "colour",
    "spacing", "valign",
}  # fmt: skip
_TEXT_SETTINGS = {"text", "x", "y", "width", "font", "size", "align", "colour", "spacing"}


def _field(c: Checker, raw: Any, where: str, page: tuple[float, float]) -> FieldSpec | None:
    if not isinstance(raw, dict):
        c.fail(where, "应为表（{ … }）")
        return None
    c.unknown(raw, _FIELD_SETTINGS, where)
    key = c.text(raw, "key", where)
    if key and key not in FIELD_KEYS:
        c.fail(f"{where}.key", f"未知的字段“{key}”（可用：{'、'.join(FIELD_KEYS)}）")
    w, h = page
    x = c.number(raw, "x", where, high=w)
    y = c.number(raw, "y", where, high=h)
    width = c.number(raw, "width", where, low=1, high=w)
    if x is not None and width is not None and x + width > w + 1e-6:
        c.fail(f"{where}.width", f"字段超出纸张（{x:g} + {width:g} > {w:g} 毫米）")
    height = c.number(raw, "height", where, default=0, high=h) or None
    default_text = "" if key in ("qr", "body") else f"{{{key}}}"
    text = c.text(raw, "text", where, default_text)
    if key == "body" and not text:
        c.fail(f"{where}.text", '正文字段（body）必须有 text（如 "{name}同志在{event}……"）')
    c.template(text, f"{where}.text", PLACEHOLDERS)
    size = c.number(raw, "size", where, default=12, low=1, high=200) or 12.0
    min_size = c.number(raw, "min_size", where, default=min(8.0, size), low=1, high=size)
    spacing = c.number(raw, "spacing", where, default=0, high=100) or 0.0
    if key == "qr" and y is not None and width is not None and y + width > h + 1e-6:
        c.fail(f"{where}.width", "二维码超出纸张")
    valign = c.text(raw, "valign", where, "top")
    if valign not in ("top", "bottom"):
        c.reader.choice(valign, f"{where}.valign", ("top", "bottom"))
    if valign == "bottom" and height and y is not None and y - height < -1e-6:
        c.fail(f"{where}.height", "文本框超出纸张上边")
    if valign == "top" and height and y is not None and y + height > h + 1e-6:
        c.fail(f"{where}.height", "文本框超出纸张下边")
    spec = FieldSpec(
        key=key,
        x=x or 0.0,
        y=y or 0.0,
        width=width or 1.0,
        text=text,
        height=height,
        font=c.choice(raw, "font", where, FONT_ALIASES, "sans"),
        size=size,
        min_size=min_size or size,
        align=c.align(raw, where),
        colour=c.colour(raw, "colour", where, "#000000"),
        spacing=spacing,
        valign=valign,
    )
    return spec


def _text(c: Checker, raw: Any, where: str, page: tuple[float, float]) -> TextSpec | None:
    if not isinstance(raw, dict):
        c.fail(where, "应为表（{ … }）")
        return None
    c.unknown(raw, _TEXT_SETTINGS, where)
    w, h = page
    return TextSpec(
        text=c.text(raw, "text", where),
        x=c.number(raw, "x", where, high=w) or 0.0,
        y=c.number(raw, "y", where, high=h) or 0.0,
        width=c.number(raw, "width", where, low=1, high=w) or 1.0,
        font=c.choice(raw, "font", where, FONT_ALIASES, "sans"),
        size=c.number(raw, "size", where, default=12, low=1, high=200) or 12.0,
        align=c.align(raw, where),
        colour=c.colour(raw, "colour", where, "#000000"),
        spacing=c.number(raw, "spacing", where, default=0, high=100) or 0.0,
    )


def _line(c: Checker, raw: Any, where: str, page: tuple[float, float]) -> LineSpec | None:
    if not isinstance(raw, dict):
        c.fail(where, "应为表（{ … }）")
        return None
    c.unknown(raw, {"x1", "y1", "x2", "y2", "width", "colour"}, where)
    w, h = page
    return LineSpec(
        x1=c.number(raw, "x1", where, high=w) or 0.0,
        y1=c.number(raw, "y1", where, high=h) or 0.0,
        x2=c.number(raw, "x2", where, high=w) or 0.0,
        y2=c.number(raw, "y2", where, high=h) or 0.0,
        width=c.number(raw, "width", where, default=0.5, low=0.05, high=20) or 0.5,
        colour=c.colour(raw, "colour", where, "#000000"),
    )


def _page(c: Checker, raw: Any) -> tuple[float, float]:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        c.fail("page", "应为表（{ … }）")
        raw = {}
    c.unknown(raw, {"size", "width", "height"}, "page")
    if "width" in raw or "height" in raw:
        if "size" in raw:
            c.fail("page.size", "size 与 width、height 只能给一种")
        w = c.number(raw, "width", "page", low=50, high=1000) or 297.0
        h = c.number(raw, "height", "page", low=50, high=1000) or 210.0
        return w, h
    size = c.text(raw, "size", "page", "A4-landscape")
    if size not in _PAGE_SIZES:
        c.fail(
            "page.size",
            f"未知的纸张“{size}”（可用：{'、'.join(_PAGE_SIZES)}，或给出 width 和 height）",
        )
        size = "A4-landscape"
    pw, ph = _PAGE_SIZES[size]
    return round(pw / _PT_PER_MM, 3), round(ph / _PT_PER_MM, 3)


def parse_layout(data: Mapping[str, Any], source: Path) -> Layout:
    """A Layout from parsed TOML; raises ValidationError listing every problem."""
    c = Checker(source.name)
    c.unknown(
        data,
        {
            "name",
            "description",
            "page",
            "background",
            "border",
            "images",
            "texts",
            "lines",
            "fields",
            "titles",
        },
        "",
    )
    titles = c.text(data, "titles", "", "with_award")
    if titles not in ("with_award", "separate"):
        c.reader.choice(titles, "titles", ("with_award", "separate"))
    page = _page(c, data.get("page"))
    base = source.parent
    background = c.image(data["background"], base, "background") if "background" in data else None
    border = None
    if "border" in data:
        raw = data["border"]
        if isinstance(raw, dict):
            c.unknown(raw, {"style", "colour", "accent", "margin"}, "border")
            style = c.text(raw, "style", "border", "classic")
            if style not in BORDER_STYLES:
                c.reader.choice(style, "border.style", tuple(BORDER_STYLES))
            border = BorderSpec(
                style=style,
                colour=c.colour(raw, "colour", "border", BorderSpec.colour),
                accent=c.colour(raw, "accent", "border", BorderSpec.accent),
                margin=c.number(raw, "margin", "border", default=8, high=min(page) / 4) or 8.0,
            )
        else:
            c.fail("border", "应为表（{ … }）")
    images: list[ImageSpec] = []
    for i, raw in enumerate(_list(c, data, "images")):
        where = f"images[{i}]"
        if not isinstance(raw, dict):
            c.fail(where, "应为表（{ … }）")
            continue
        c.unknown(raw, {"path", "x", "y", "width", "height"}, where)
        path = c.image(raw.get("path"), base, f"{where}.path")
        x = c.number(raw, "x", where, high=page[0])
        y = c.number(raw, "y", where, high=page[1])
        width = c.number(raw, "width", where, low=1, high=page[0])
        height = c.number(raw, "height", where, low=1, high=page[1])
        if path and x is not None and y is not None and width and height:
            images.append(ImageSpec(path, x, y, width, height))
    texts = [_text(c, raw, f"texts[{i}]", page) for i, raw in enumerate(_list(c, data, "texts"))]
    lines = [_line(c, raw, f"lines[{i}]", page) for i, raw in enumerate(_list(c, data, "lines"))]
    fields = [
        _field(c, raw, f"fields[{i}]", page) for i, raw in enumerate(_list(c, data, "fields"))
    ]
    if not fields and "fields" in data:
        c.fail("fields", "版式至少需要一个字段")
    elif "fields" not in data:
        c.fail("fields", "缺少此项")
    name = data.get("name", source.stem)
    if not isinstance(name, str):
        c.fail("name", "应为文字")
        name = source.stem
    if c.problems:
        raise ValidationError(c.problems)
    return Layout(
        name=name,
        source=source,
        width=page[0],
        height=page[1],
        fields=tuple(f for f in fields if f is not None),
        texts=tuple(t for t in texts if t is not None),
        lines=tuple(x for x in lines if x is not None),
        images=tuple(images),
        background=background,
        border=border,
        titles=titles,
    )


def _list(c: Checker, data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        c.fail(key, f"应为表的列表（[[{key}]]）")
        return []
    return value


def load_layout(path: Path | str) -> Layout:
    """Read and check a layout file; ValidationError if unreadable, not TOML or wrong."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError([Problem(path.name, f"无法读取版式文件：{exc}")]) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValidationError([Problem(path.name, f"不是有效的 TOML：{exc}")]) from exc
    except RecursionError:  # nested deeper than any layout: tomllib recurses per level
        raise ValidationError([Problem(path.name, "不是有效的 TOML：嵌套过深")]) from None
    return parse_layout(data, path)


def builtin_layout_names() -> list[str]:
    """Names of the layouts shipped with the app (resources/layouts/*.toml)."""
    return sorted(p.stem for p in resource("layouts").glob("*.toml"))


def builtin_layout(name: str) -> Layout:
    """A shipped layout by name, e.g. "classic-cn"."""
    path = resource("layouts", f"{name}.toml")
    if not path.is_file():
        raise ValidationError([Problem(f"{name}.toml", "没有这个内置版式")])
    return load_layout(path)
