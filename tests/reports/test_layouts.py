"""Certificate layouts: the shipped ones load, and every mistake in a file is located."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from competition_app.domain.errors import ValidationError
from competition_app.reports.certificate import render_certificates
from competition_app.reports.fonts import KAI, SANS
from competition_app.reports.layouts import builtin_layout, builtin_layout_names, load_layout
from tests.reports.pdf_tools import PdfTools
from tests.reports.samples import certificate

MINIMAL = """
[[fields]]
key = "name"
x = 20
y = 30
width = 100
"""


def write(tmp_path: Path, text: str, name: str = "mine.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(ValidationError) as err:
        load_layout(write(tmp_path, text))
    return [str(p) for p in err.value.problems]


def test_builtin_layouts_load() -> None:
    names = builtin_layout_names()
    assert {"classic-cn", "plain-bilingual"} <= set(names)
    classic = builtin_layout("classic-cn")
    assert (classic.width, classic.height) == pytest.approx((297, 210), abs=0.01)
    assert classic.border is not None
    keys = {f.key for f in classic.fields}
    assert {"name", "unit", "body", "issuer", "date", "serial", "code", "qr"} <= keys
    assert any(f.font == KAI for f in classic.fields)


def test_minimal_layout_gets_defaults(tmp_path: Path) -> None:
    layout = load_layout(write(tmp_path, MINIMAL))
    (field,) = layout.fields
    assert field.text == "{name}"
    assert field.font == SANS and field.align == "left" and field.colour == "#000000"
    assert (layout.width, layout.height) == pytest.approx((297, 210), abs=0.01)
    assert layout.border is None and not layout.texts


def test_custom_stock_size(tmp_path: Path) -> None:
    layout = load_layout(write(tmp_path, "[page]\nwidth = 260\nheight = 185\n" + MINIMAL))
    assert (layout.width, layout.height) == (260, 185)


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ('[[fields]]\nkey = "nmae"\nx = 1\ny = 1\nwidth = 10\n', "mine.toml:fields[1].key: 未知的字段“nmae”"),
        ('[[fields]]\nkey = "unit"\ny = 1\nwidth = 10\n', "mine.toml:fields[1].x: 缺少此项"),
        ('[[fields]]\nkey = "unit"\nx = "ten"\ny = 1\nwidth = 10\n', "mine.toml:fields[1].x: “ten”不是数字"),
        ('[[fields]]\nkey = "unit"\nx = 1\ny = 1\nwidth = 10\nalign = "middle"\n', "mine.toml:fields[1].align: “middle”无效，应为 left、centre、right 之一"),
        ('[[fields]]\nkey = "unit"\nx = 1\ny = 1\nwidth = 10\nfont = "comic"\n', "mine.toml:fields[1].font: “comic”无效"),
        ('[[fields]]\nkey = "unit"\nx = 1\ny = 1\nwidth = 10\ncolour = "red"\n', "mine.toml:fields[1].colour: 颜色应写成 #a4161a 的形式"),
        ('[[fields]]\nkey = "unit"\nx = 1\ny = 1\nwidth = 10\nsise = 12\n', "mine.toml:fields[1].sise: 未知的设置项（可用：align、colour"),
        ('[[fields]]\nkey = "unit"\nx = 250\ny = 1\nwidth = 100\n', "mine.toml:fields[1].width: 字段超出纸张"),
        ('[[fields]]\nkey = "unit"\nx = 1\ny = 400\nwidth = 10\n', "mine.toml:fields[1].y: 400 应在 0–"),
        ('[[fields]]\nkey = "body"\nx = 1\ny = 1\nwidth = 10\n', "mine.toml:fields[1].text: 正文字段（body）必须有 text"),
        ('[[fields]]\nkey = "body"\nx = 1\ny = 1\nwidth = 10\ntext = "{nam}同志"\n', "mine.toml:fields[1].text: 未知的占位符 {nam}"),
        ('[[fields]]\nkey = "unit"\nx = 1\ny = 1\nwidth = 10\nsize = 10\nmin_size = 12\n', "mine.toml:fields[1].min_size: 12 应在 1–10 之间"),
        ('[[images]]\npath = "seal.png"\nx = 1\ny = 1\nwidth = 10\nheight = 10\n', "mine.toml:images[0].path: 找不到图片：seal.png"),
        ('background = "paper.gif"\n', "mine.toml:background: 应为 PNG 或 JPEG 图片"),
        ('[border]\nstyle = "wavy"\n', "mine.toml:border.style: “wavy”无效，应为 classic、line 之一"),
        ('[page]\nsize = "B5"\n', "mine.toml:page.size: 未知的纸张“B5”"),
        ('[page]\nsize = "A4-portrait"\nwidth = 200\nheight = 100\n', "mine.toml:page.size: size 与 width、height 只能给一种"),
        ('colour = "#ffffff"\n', "mine.toml:colour: 未知的设置项"),
    ],
    ids=[
        "unknown-key", "missing-x", "x-not-number", "bad-alignment", "unknown-font", "bad-colour",
        "unknown-setting", "off-the-sheet", "y-outside", "body-without-text", "unknown-placeholder",
        "min-above-size", "image-missing", "background-not-image", "border-style", "page-size",
        "size-and-width", "top-level-typo",
    ],
)  # fmt: skip
def test_each_mistake_is_located(tmp_path: Path, extra: str, expected: str) -> None:
    # Top-level settings must come before the first [[fields]] table in TOML.
    text = extra + MINIMAL if not extra.startswith("[[fields]]") else MINIMAL + extra
    found = problems(tmp_path, text)
    assert any(p.startswith(expected) for p in found), found


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    found = problems(
        tmp_path,
        '[[fields]]\nkey = "nmae"\ny = 1\nwidth = 10\nalign = "middle"\n'
        '[[fields]]\nkey = "qr"\nx = 1\ny = 1\n',
    )
    assert "mine.toml:fields[0].key: 未知的字段“nmae”（可用：name、unit、trade、group、award、title、honour、event、date、issuer、serial、code、qr、body、fingerprint、rank、promotion）" in found  # fmt: skip
    assert any(p.startswith("mine.toml:fields[0].x: 缺少此项") for p in found)
    assert any(p.startswith("mine.toml:fields[0].align") for p in found)
    assert any(p.startswith("mine.toml:fields[1].width: 缺少此项") for p in found)


def test_a_layout_needs_fields(tmp_path: Path) -> None:
    assert "mine.toml:fields: 缺少此项" in problems(tmp_path, 'name = "empty"\n')


def test_bad_toml_is_a_validation_error(tmp_path: Path) -> None:
    found = problems(tmp_path, "[[fields]\nkey = ")
    assert found[0].startswith("mine.toml: 不是有效的 TOML")


def test_missing_file_is_a_validation_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        load_layout(tmp_path / "nope.toml")
    with pytest.raises(ValidationError):
        builtin_layout("nope")


def test_images_are_found_beside_the_layout(tmp_path: Path, pdf: PdfTools) -> None:
    (tmp_path / "art").mkdir()
    Image.new("RGBA", (60, 60), (180, 20, 30, 200)).save(tmp_path / "art" / "seal.png")
    Image.new("RGB", (30, 20), (250, 245, 230)).save(tmp_path / "art" / "paper.jpg")
    text = (
        'background = "art/paper.jpg"\n'
        '[[images]]\npath = "art/seal.png"\nx = 200\ny = 140\nwidth = 40\nheight = 40\n' + MINIMAL
    )
    layout = load_layout(write(tmp_path, text))
    assert layout.images[0].path == (tmp_path / "art" / "seal.png").resolve()
    data = render_certificates([certificate(1)], layout)
    assert pdf.pages(data) == 1
    pre = render_certificates([certificate(1)], layout, preprinted=True)
    assert len(pre) < len(data)  # no images on pre-printed stock
