"""`to_english`: a message of the domain, services or io, worded in English at one boundary.

The lower layers speak Chinese (the CLI's default and the contract of its tests); the catalogs
hold the English of every message template. A message is matched whole first, then as lines,
as parts joined by "；", as a location prefix ("file:3:name: reason"), and as sentences; any
part no template knows is left as it is, so names and file contents pass through unchanged.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")
_HOLE = "{}"
_ENGLISH_HOLE = re.compile(r"\{(\d*)\}")
# The nouns the catalogs and the window count, as said of one: Chinese has no plural, and a
# count of 1 in English takes the singular ("1 problem"), its verb agreeing (`of_one`).
SINGULAR = {
    "bytes": "byte",
    "characters": "character",
    "contestants": "contestant",
    "entries": "entry",
    "events": "event",
    "files": "file",
    "hours": "hour",
    "judges": "judge",
    "marks": "mark",
    "minutes": "minute",
    "points": "point",
    "problems": "problem",
    "results": "result",
    "rows": "row",
    "scores": "score",
    "times": "time",
    "trades": "trade",
    "workstations": "workstation",
    "differences": "difference",
    "mismatches": "mismatch",
    "panels": "panel",
}
_VERB_OF_ONE = {"are": "is", "have": "has", "were": "was"}
# the noun after a count, a word that says which kind before it ("2 criterion marks")
_COUNTED = re.compile(r" ((?:criterion )?)([a-z]+)\b")
_ITS_VERB = re.compile(r"((?: still)?) (are|have|were)\b")


def of_one(after: str) -> str:
    """The text after a count of one ("1" then `after`): its noun in the singular and a verb
    right after the noun agreeing (" contestants still have" -> " contestant still has");
    anything else, or a noun SINGULAR does not know, as it is."""
    m = _COUNTED.match(after)
    if m is None or m.group(2) not in SINGULAR:
        return after
    rest = after[m.end() :]
    verb = _ITS_VERB.match(rest)
    if verb is not None:
        rest = f"{verb.group(1)} {_VERB_OF_ONE[verb.group(2)]}{rest[verb.end() :]}"
    return f" {m.group(1)}{SINGULAR[m.group(2)]}{rest}"


def fill_count(text: str, hole: str, count: int) -> str:
    """`text` with `hole` ("%2", wherever it is) filled with `count`, the English after a count
    of one said of one (`of_one`; a Chinese text reads as it did)."""
    before, *after = text.split(hole)
    if count == 1:
        after = [of_one(piece) for piece in after]
    return str(count).join([before, *after])


def counted(text: str, counts: dict[str, int]) -> str:
    """`text` with each hole of `counts` ({"%2": 3}) filled with its count (`fill_count`): the
    window's texts, whose counts are filled in this way and their names with `.replace`."""
    for hole, count in counts.items():
        text = fill_count(text, hole, count)
    return text


_LOCATION_SEPARATOR = re.compile(r": |：")
# a value captured by a template is itself translated when it is a known message; the depth
# bounds the work on a pathological text
_MAX_DEPTH = 6
# the frames the window and the command line put around a message
EXTRA: tuple[tuple[str, str], ...] = (
    ("未保存", "Not saved"),
    ("错误：{}", "Error: {}"),
    ("注意：{}", "Note: {}"),
    ("共 {} 处问题，未写入任何数据。", "{} problems; nothing was written."),
    ("已中断，本次操作未完成的部分没有保存。", "Interrupted; the unfinished part was not saved."),
    (
        "程序错误：{}。已保存的数据不受影响；详情已记录到 {}",
        "Program error: {}. The saved data is not affected; details are in {}",
    ),
)


@dataclass(frozen=True)
class Entry:
    """One catalog template, compiled."""

    chinese: str
    english: str
    pattern: re.Pattern[str]
    fixed: int  # characters of fixed text: the more, the more specific
    pieces: tuple[str, ...]  # the fixed text between the holes

    def match(self, text: str) -> re.Match[str] | None:
        # a template whose fixed text is not all there cannot match: checking that first keeps
        # adjacent holes ("{}{}") from trying every split of a long text
        if ("\n" in text) != ("\n" in self.chinese):
            return None
        if not all(p in text for p in self.pieces):
            return None
        return self.pattern.fullmatch(text)

    def render(self, values: tuple[str, ...]) -> str:
        counter = iter(range(len(values)))
        parts: list[str] = []
        one = False  # the value just put in is a count of one: the text after it says so
        start = 0
        for m in _ENGLISH_HOLE.finditer(self.english):
            between = self.english[start : m.start()]
            parts.append(of_one(between) if one else between)
            value = values[int(m.group(1)) if m.group(1) else next(counter)]
            parts.append(value)
            one, start = value.strip() == "1", m.end()
        rest = self.english[start:]
        parts.append(of_one(rest) if one else rest)
        return "".join(parts)


def compile_entry(chinese: str, english: str) -> Entry:
    pieces = chinese.split(_HOLE)
    regex = "(.+?)".join(re.escape(p) for p in pieces)
    fixed = len(chinese) - 2 * (len(pieces) - 1)
    return Entry(
        chinese, english, re.compile(regex, re.DOTALL), fixed, tuple(p for p in pieces if p)
    )


def _load() -> tuple[dict[str, str], tuple[Entry, ...]]:
    from competition_app.domain.wording import (
        catalog_cli,
        catalog_cli_output,
        catalog_domain,
        catalog_files,
        catalog_integrity,
        catalog_services,
    )

    pairs = (
        *catalog_domain.CATALOG,
        *catalog_files.CATALOG,
        *catalog_services.CATALOG,
        *catalog_integrity.CATALOG,
        *catalog_cli.CATALOG,
        *catalog_cli_output.CATALOG,
        *EXTRA,
    )
    exact = {zh: en for zh, en in pairs if _HOLE not in zh}
    templates = sorted(
        (compile_entry(zh, en) for zh, en in pairs if _HOLE in zh), key=lambda e: -e.fixed
    )
    return exact, tuple(templates)


# Compiled on first use: ~300 regular expressions, 60 ms of every start of the window, which
# speaks Chinese (and needs none of them) unless the user switched it to English.
_catalog = functools.cache(_load)


def __getattr__(name: str) -> Any:
    """`EXACT` (the messages without holes) and `TEMPLATES` (with), compiled when first asked."""
    if name == "EXACT":
        return _catalog()[0]
    if name == "TEMPLATES":
        return _catalog()[1]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def to_english(text: str) -> str:
    """`text` in English as far as the catalogs know it; unknown parts unchanged."""
    return _sentence(text, _text(text, 0))


def _sentence(source: str, worded: str) -> str:
    """A message that began with Chinese text begins with a capital in English."""
    if worded != source and source[:1] and CJK.match(source) and worded[:1].islower():
        return worded[0].upper() + worded[1:]
    return worded


def known(text: str) -> bool:
    """Whether a whole message matches a catalog entry (the coverage test asks this)."""
    exact, templates = _catalog()
    return text in exact or any(e.match(text) for e in templates)


def _text(text: str, depth: int) -> str:
    if not CJK.search(text) or depth > _MAX_DEPTH:
        return text
    whole = _whole(text, depth)
    if whole is not None:
        return whole
    if "\n" in text:
        return "\n".join(_text(line, depth + 1) for line in text.split("\n"))
    for separator, joiner in (("；", "; "), ("。", ". ")):
        if separator in text.strip(separator):
            parts = text.split(separator)
            worded = [_text(p, depth + 1) for p in parts]
            if worded != parts:
                if joiner == ". ":
                    worded = [_sentence(p, w) for p, w in zip(parts, worded, strict=True)]
                return joiner.join(worded).rstrip()
    located = _located(text, depth)
    return located if located is not None else text


def _whole(text: str, depth: int) -> str | None:
    exact, templates = _catalog()
    if text in exact:
        return exact[text]
    if text.endswith("。") and text[:-1] in exact:
        return exact[text[:-1]] + "."
    for entry in templates:
        m = entry.match(text)
        if m:
            return entry.render(tuple(_text(v, depth + 1) for v in m.groups()))
    return None


def _located(text: str, depth: int) -> str | None:
    """`location: reason` with a known reason: the location is kept (a file name, a row and a
    column as the file spells it), but worded where it is a known phrase such as 第 3 行."""
    for m in _LOCATION_SEPARATOR.finditer(text):
        head, tail = text[: m.start()], text[m.end() :]
        if not tail:
            continue
        reason = _whole(tail, depth + 1)
        if reason is not None:
            where = _whole(head, depth + 1)
            return f"{where if where is not None else head}: {reason}"
    return None
