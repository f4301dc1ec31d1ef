"""Explaining one contestant's result from what is stored: the service behind `results explain`."""

from __future__ import annotations

from sqlalchemy.orm import Session

from competition_app.domain.blind_codes import mask_identity, normalize_code, printed
from competition_app.domain.explanation import Explanation, explain
from competition_app.domain.explanation_words import Lang
from competition_app.domain.recusal import Recusal, stand_aside
from competition_app.services.contest_day.blind_results import hidden_identities
from competition_app.services.context import Context
from competition_app.services.results.results import trade_entries
from competition_app.services.scoring.recusal import (
    criteria_panels,
    declared_conflicts,
    is_blind,
    trade_judges,
)
from competition_app.services.scoring.score_grid import MARKING_ROLE
from competition_app.services.setup.trades import find_trade, load_rules
from competition_app.storage.models import (
    Contestant,
    Judge,
    Trade,
)


def explain_result(
    ctx: Context, event_id: int, trade_code: str, number: str, *, lang: Lang = "zh"
) -> Explanation:
    """The working behind the result of the contestant with entry `number`, in `lang` (for a
    blind trade not yet decrypted, `number` is the work-piece code, and nobody's name is shown)."""
    with ctx.db.reading() as s:
        trade = find_trade(s, event_id, trade_code)
        entries = trade_entries(s, trade)
        codes = hidden_identities(s, trade)
        number = number.strip()
        if codes is not None:
            entries = [mask_identity(e, codes.get(e.key)) for e in entries]
            number = printed(normalize_code(number))
        judges = trade_judges(s, trade)
        names = {str(j.id): f"{j.code} {j.name}" for j in judges}
        panels = criteria_panels(s, trade)  # read once, for who stands aside and who marks
        target = next((e for e in entries if e.number == number), None)
        recused = (
            _recused(s, trade, int(target.key), judges, names, panels) if target is not None else {}
        )
        rules = load_rules(trade)
        return explain(
            rules,
            entries,
            number,
            judge_names=names,
            recused=recused,
            panels=_expected(trade, rules.panel.method, judges, names, panels, recused),
            lang=lang,
        )


def _expected(
    trade: Trade,
    method: str,
    judges: list[Judge],
    names: dict[str, str],
    panels: dict[int, set[int]],
    recused: dict[str, dict[str, Recusal]],
) -> dict[str, list[str]]:
    """criterion code -> the keys of the judges expected to mark it (the grid's columns for it:
    the trade's marking judges of that criterion's panel, where panels are set, less those who
    stand aside for this contestant); none where one mark is entered without a panel."""
    if method == "single":
        return {}
    marking = [j for j in judges if j.role == MARKING_ROLE]
    out: dict[str, list[str]] = {}
    for criterion in trade.criteria:
        aside = recused.get(criterion.code, {})
        out[criterion.code] = [
            str(j.id)
            for j in marking
            if criterion.id in (panels.get(j.id) or {criterion.id})
            and names[str(j.id)] not in aside
        ]
    return out


def _recused(
    s: Session,
    trade: Trade,
    contestant_id: int,
    judges: list[Judge],
    names: dict[str, str],
    panels: dict[int, set[int]],
) -> dict[str, dict[str, Recusal]]:
    """criterion code -> judge -> the ground: the judges of the trade (of that criterion's
    panel, where panels are set) who stood aside for this contestant (domain.recusal)."""
    contestant = s.get(Contestant, contestant_id)
    if contestant is None:
        return {}
    criteria = {c.id: c.code for c in trade.criteria}
    declared = {
        j: why for (j, _c), why in declared_conflicts(s, trade, contestant_id=contestant_id).items()
    }
    out: dict[str, dict[str, Recusal]] = {}
    for judge in judges:
        ground = stand_aside(
            declared=declared.get(judge.id),
            judge_unit=judge.unit,
            contestant_unit=contestant.unit,
            blind=is_blind(trade),
        )
        if ground is None:
            continue
        for criterion_id in panels.get(judge.id) or criteria:
            out.setdefault(criteria[criterion_id], {})[names[str(judge.id)]] = ground
    return out
