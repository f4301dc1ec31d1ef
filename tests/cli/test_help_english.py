"""`--help` in English with `--lang en`, before or after the command; Chinese stays the default."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from competition_app.cli.main import build_parser, main
from competition_app.domain.wording.english import CJK


def _helps(parser: argparse.ArgumentParser, path: str = "") -> Iterator[tuple[str, str]]:
    """(where, text) for the description and every help text of the parser and its commands."""
    if parser.description:
        yield path or "competition-app", parser.description
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            yield f"{path} {'/'.join(action.option_strings) or action.dest}", action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield f"{path} {choice.dest}", choice.help or ""
            for name, sub in action.choices.items():
                yield from _helps(sub, f"{path} {name}")


def test_every_help_text_of_every_command_has_english():
    chinese = dict(_helps(build_parser()))
    english = dict(_helps(build_parser("en")))
    assert len(chinese) > 100 and english.keys() == chinese.keys()
    assert {where: text for where, text in english.items() if CJK.search(text)} == {}
    # and the Chinese parser still speaks Chinese
    assert CJK.search(chinese[" scores import"]) and CJK.search(chinese["competition-app"])


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["--lang", "en", "--help"], "Skills competition manager"),
        (["scores", "--help", "--lang", "en"], "import scores (wide or long form)"),
        (["--lang=en", "print", "-h"], "the re-check list (draw it first with recheck draw)"),
    ],
)
def test_help_asked_for_in_english_is_english(argv, line, capsys):
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert line in " ".join(out.split()) and not CJK.search(out), out


def test_help_is_chinese_by_default(capsys):
    with pytest.raises(SystemExit):
        main(["scores", "--help"])
    assert "导入成绩（宽表或长表）" in capsys.readouterr().out
