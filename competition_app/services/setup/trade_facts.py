"""A trade's parsed rules and the ids of its criteria and components, kept per open database.

A save used to read the trade's components and criteria and parse its rules again (three
statements and the rules parser, every keystroke on the grid). They change only through the
services that bump the trade's version (rules, options, lock), so they are kept, per open
database, under the trade's version and settings: the next save after any change (from this
station or another) reads the new version and parses afresh.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from competition_app.domain.rules import TradeRules
from competition_app.services.context import Context
from competition_app.services.setup.trades import TradeLike, load_rules
from competition_app.storage.models import Trade
from competition_app.storage.trade_reads import ComponentIdRow, CriterionIdRow, rules_of_rows

_CACHE = "trade_facts"


@dataclass(frozen=True)
class TradeFacts:
    rules: TradeRules
    criteria: dict[str, int]  # criterion code -> id
    components: dict[str, tuple[int, Decimal]]  # component code -> (id, max score)


def _stamp(trade: TradeLike) -> tuple[int, str, str]:
    # The settings too: a trade deleted and another added in its place may get the same id
    # and version 1; it will not also have the same settings and code. A save's `TradeRow`
    # brings the stored text (no parse and re-serialisation of the whole plan per keystroke).
    text = getattr(trade, "settings_text", None)
    if not isinstance(text, str):
        text = json.dumps(trade.settings, sort_keys=True, default=str)
    return trade.version, trade.code, text


_Cache = dict[tuple[int, bool], tuple[tuple[int, str, str], TradeFacts]]


def _lookup(
    ctx: Context, trade: TradeLike
) -> tuple[tuple[int, bool], tuple[int, str, str], TradeFacts | None]:
    """The trade's cache key, its stamp (worked out once: it serialises a mapped trade's
    settings) and its facts when this version was parsed already."""
    cache: _Cache = ctx.db.cache.get(_CACHE, {})
    # the two kinds of stamp (stored text, mapped settings) kept apart: pages and saves alternate
    key = (trade.id, isinstance(trade, Trade))
    stamp = _stamp(trade)
    found = cache.get(key)
    return key, stamp, found[1] if found is not None and found[0] == stamp else None


def cached_facts(ctx: Context, trade: TradeLike) -> TradeFacts | None:
    """The trade's facts if this version of it was parsed already; None otherwise."""
    return _lookup(ctx, trade)[2]


def facts_from_rows(
    ctx: Context,
    trade: TradeLike,
    components: Sequence[ComponentIdRow],
    criteria: Sequence[CriterionIdRow],
) -> TradeFacts:
    """The trade's facts from its stored rows, already read (a page reading every trade of an
    event in one statement), parsed once per version of the trade as `trade_facts`."""
    key, stamp, found = _lookup(ctx, trade)
    if found is not None:
        return found
    facts = TradeFacts(
        rules_of_rows(trade.code, trade.settings, components, criteria),
        {code: cid for cid, code, *_rest in criteria},
        {code: (cid, Decimal(str(most))) for cid, code, _name, _weight, most in components},
    )
    return _remember(ctx, key, stamp, facts)


def trade_facts(ctx: Context, trade: TradeLike, session: Session | None = None) -> TradeFacts:
    """The trade's rules and row ids, parsed once per version of the trade. A `TradeRow` needs
    the `session` to load the mapped trade when its version is not in the cache yet."""
    key, stamp, found = _lookup(ctx, trade)
    if found is not None:
        return found
    if not isinstance(trade, Trade):
        assert session is not None, "a trade row's facts are loaded in the caller's session"
        mapped = session.get(Trade, trade.id)
        assert mapped is not None
        trade = mapped
    facts = TradeFacts(
        load_rules(trade),
        {c.code: c.id for c in trade.criteria},
        {c.code: (c.id, c.max_score) for c in trade.components},
    )
    return _remember(ctx, key, stamp, facts)


def _remember(
    ctx: Context, key: tuple[int, bool], stamp: tuple[int, str, str], facts: TradeFacts
) -> TradeFacts:
    cache: _Cache = ctx.db.cache.setdefault(_CACHE, {})
    cache[key] = (stamp, facts)
    return facts
