"""A layout file's own checks, reported through the domain's reader as `file:where`."""

from __future__ import annotations

from pathlib import Path

from competition_app.reports.toml_checks import Checker


def test_values_read_with_defaults_and_aliases() -> None:
    c = Checker("mine.toml")
    raw = {"x": 12, "size": "10.5", "text": "  {name}同志", "align": "center", "font": "serif"}
    assert c.number(raw, "x", "fields[0]", high=297) == 12.0
    assert c.number(raw, "size", "fields[0]", low=1, high=200) == 10.5
    assert c.number(raw, "spacing", "fields[0]", default=0) == 0.0
    assert c.text(raw, "text", "fields[0]") == "  {name}同志"  # spaces are the layout's
    assert c.align(raw, "fields[0]") == "centre"
    assert c.choice(raw, "font", "fields[0]", {"sans": "Sans", "serif": "Serif"}, "sans") == "Serif"
    assert c.colour(raw, "colour", "fields[0]", "#000000") == "#000000"
    assert c.problems == []


def test_each_bad_value_is_noted_with_the_file_and_falls_back(tmp_path: Path) -> None:
    c = Checker("mine.toml")
    raw = {"x": "ten", "colour": "red", "font": "comic", "text": "{nam}", "bg": "paper.gif"}
    assert c.number(raw, "x", "fields[0]") is None
    c.colour(raw, "colour", "fields[0]", "#000000")
    assert c.choice(raw, "font", "fields[0]", {"sans": "Sans"}, "sans") == "Sans"
    c.template(raw["text"], "fields[0].text", {"name"})
    c.image(raw["bg"], tmp_path, "background")
    c.unknown(raw, {"x", "colour", "font", "text"}, "fields[0]")
    assert [str(p) for p in c.problems] == [
        "mine.toml:fields[0].x: “ten”不是数字",
        "mine.toml:fields[0].colour: 颜色应写成 #a4161a 的形式，而不是“red”",
        "mine.toml:fields[0].font: “comic”无效，应为 sans 之一",
        "mine.toml:fields[0].text: 未知的占位符 {nam}",
        "mine.toml:background: 应为 PNG 或 JPEG 图片：paper.gif",
        "mine.toml:fields[0].bg: 未知的设置项（可用：colour、font、text、x）",
    ]
