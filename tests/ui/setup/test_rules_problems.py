"""Where a problem in the rules points: the cell it marks and its place in words."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from competition_app.domain.errors import Problem
from competition_app.ui.setup import rules_problems
from competition_app.ui.setup.rules_problems import describe_location, problem_cells

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"


@pytest.mark.parametrize(
    ("location", "words"),
    [
        pytest.param("fitter.components[1].weight", "组成部分第 2 行 · 权重", id="cell"),
        pytest.param("fitter.criteria[0]", "评分细则第 1 行", id="row"),
        pytest.param("fitter.awards.tiers[2].share", "奖项第 3 行 · 比例", id="tier"),
        pytest.param("fitter.tie_break[0]", "并列比较", id="setting"),
        pytest.param("fitter.recheck.share", "抽样复核 · 抽查比例", id="recheck-share"),
        pytest.param("fitter.recheck.error_rate", "抽样复核 · 差错率上限", id="recheck-rate"),
        pytest.param("fitter.recheck.top", "抽样复核 · 前列全检名次", id="recheck-top"),
        pytest.param("fitter.recheck", "抽样复核", id="recheck-table"),
        pytest.param("recheck.required", "抽样复核 · 锁定前须复核", id="recheck-new-trade"),
        pytest.param("fitter.mystery", "mystery", id="unknown"),
    ],
)
def test_a_location_in_words(location, words):
    assert describe_location(location) == words


def test_problems_mark_their_cells_and_a_tier_quota_its_value_column():
    cells = problem_cells(
        [
            Problem("fitter.components[0].weight", "权重合计应为 1"),
            Problem("fitter.awards.tiers[1].count", "应为整数"),
            Problem("fitter.titles[0]", "称号重复"),
            Problem("fitter.decimals", "超出范围"),
        ]
    )
    assert cells == {
        "components": {(0, "weight"): "权重合计应为 1"},
        "criteria": {},
        "awards.tiers": {(1, "value"): "应为整数"},
        "titles": {(0, "name"): "称号重复"},
    }


def _english_of_rules_editor() -> dict[str, str]:
    """The English of the RulesEditor context: the compiled catalogue's source, and the lines
    waiting to be merged into it (pending-*.tsv)."""
    found: dict[str, str] = {}
    root = ET.parse(TRANSLATIONS / "competition_app_en.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") == "RulesEditor":
            for m in context.iter("message"):
                if m.findtext("translation"):
                    found[m.findtext("source") or ""] = m.findtext("translation") or ""
    for pending in TRANSLATIONS.glob("pending-*.tsv"):
        for line in pending.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[0] == "RulesEditor":
                found[parts[1]] = parts[2]
    return found


def test_every_word_for_a_place_has_its_english():
    source = ast.parse(Path(rules_problems.__file__).read_text(encoding="utf-8"))
    words = {
        node.args[1].value
        for node in ast.walk(source)
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", "") == "translate"
        and isinstance(node.args[1], ast.Constant)
    }
    assert {"抽样复核", "抽查比例", "差错率上限"} <= words
    english = _english_of_rules_editor()
    assert not sorted(w for w in words if not english.get(w)), "no English for these words"
