"""Ranking the stored marks under rules still being edited."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.errors import UserError, ValidationError
from competition_app.domain.rules_io import rules_to_mapping
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.scoring.scoring import record_score
from competition_app.services.setup.preview import preview_results
from competition_app.services.setup.trades import get_trade


def test_preview_uses_unsaved_rules_and_saves_nothing(ctx, event_id):
    trade = get_trade(ctx, event_id, "fitter")
    people = {c.number: c.id for c in list_contestants(ctx, event_id)}
    for number, theory, practical in (
        ("1001", "90", "60"),
        ("1002", "60", "90"),
        ("1003", "70", "70"),
    ):
        record_score(ctx, people[number], "theory", Decimal(theory))
        record_score(ctx, people[number], "practical", Decimal(practical))
    mapping = rules_to_mapping(trade.rules)
    ranked = [r.number for r in preview_results(ctx, trade.id, mapping).rows]
    assert ranked[0] == "1002"  # practical weighs 0.7
    mapping["components"][0]["weight"] = "0.7"
    mapping["components"][1]["weight"] = "0.3"
    ranked = [r.number for r in preview_results(ctx, trade.id, mapping).rows]
    assert ranked[0] == "1001"
    assert str(get_trade(ctx, event_id, "fitter").rules.components[0].weight) == "0.3"


def test_bad_rules_are_refused_with_every_problem(ctx, event_id):
    trade = get_trade(ctx, event_id, "fitter")
    mapping = rules_to_mapping(trade.rules)
    mapping["components"][0]["weight"] = "0.5"
    with pytest.raises(ValidationError) as e:
        preview_results(ctx, trade.id, mapping)
    assert any("权重之和" in p.reason for p in e.value.problems)
    with pytest.raises(UserError):
        preview_results(ctx, 9999, mapping)
