"""A trade's ranking as a table model: rank, entry, components, total, award and flags, coloured."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QColor, QFont

from competition_app.domain.results import (
    FLAG_MISSING,
    FLAG_SPREAD,
    FLAG_TIE_DECISION,
    ResultRow,
    TeamStanding,
)
from competition_app.domain.rules import TIE_TIME, TradeRules
from competition_app.domain.tabulation import needs_ws_scale
from competition_app.io.result_tables import format_mark
from competition_app.ui.common import stylesheet
from competition_app.ui.common.table_support import (
    CENTER,
    RIGHT,
    R,
    TableColumn,
    TupleTableModel,
    empty,
)
from competition_app.ui.window.translation import flag_label, status_label


class ResultTableModel(TupleTableModel):
    """One row per contestant of a trade (or group) as the engine ranked them."""

    def __init__(self, parent: Any = None, *, compact: bool = False) -> None:
        super().__init__([], parent)
        # compact: without unit, components and promotions (the rules editor's preview)
        self.compact = compact
        self.rules: TradeRules | None = None
        self._award_rank: dict[str, int] = {}
        self._colours = {k: QColor(v) for k, v in stylesheet.AWARD_COLOURS.items()}
        self._tie = QColor(stylesheet.FLAG_COLOURS[FLAG_TIE_DECISION])
        self._spread = QColor(stylesheet.FLAG_COLOURS[FLAG_SPREAD])
        self._muted = QColor(stylesheet.MUTED_TEXT)
        self._bold = QFont()
        self._bold.setBold(True)
        self._note_col = -1
        self._award_col = -1
        self._total_col = -1

    def columns_for(
        self, rules: TradeRules, with_group: bool, *, blind: bool = False
    ) -> list[TableColumn]:
        """`blind`: rows carry work-piece codes (a blind trade before decryption), so there is
        no name or unit to show."""
        # "15（并列）" in full; the trades page's preview (compact) keeps its total in view
        cols = [TableColumn("rank", self.tr("名次"), 80 if self.compact else 92, CENTER)]
        if blind:
            cols.append(TableColumn("number", self.tr("工件号"), 84))
        else:
            cols.append(TableColumn("number", self.tr("参赛证号"), 84))
            cols.append(TableColumn("name", self.tr("姓名"), 96 if self.compact else 150))
        if not self.compact and not blind:
            cols.append(TableColumn("unit", self.tr("单位"), 168))
        if with_group:
            cols.append(TableColumn("group", self.tr("组别"), 64))
        for c in () if self.compact else rules.components:
            cols.append(
                TableColumn(
                    f"c:{c.code}",
                    c.name,
                    76,
                    RIGHT,
                    self.tr("%1（权重 %2）")
                    .replace("%1", c.name)
                    .replace("%2", format(c.weight.normalize(), "f")),
                )
            )
        cols.append(TableColumn("total", self.tr("总分"), 72, RIGHT))
        if TIE_TIME in rules.tie_break and not self.compact:
            cols.append(
                TableColumn("time", self.tr("用时"), 60, RIGHT, self.tr("完成用时（分钟）"))
            )
        if needs_ws_scale(rules):
            cols.append(
                TableColumn(
                    "ws",
                    self.tr("标准分"),
                    64,
                    RIGHT,
                    self.tr("世界技能大赛标准分（中位数为 700）"),
                )
            )
        cols.append(TableColumn("award", self.tr("奖项"), 72, CENTER))
        if rules.titles:
            cols.append(TableColumn("titles", self.tr("称号"), 76))
        if rules.promotions and not self.compact:
            cols.append(TableColumn("promotion", self.tr("晋升"), 76))
        cols.append(TableColumn("note", self.tr("标记 / 备注"), 160))
        return cols

    def set_result(
        self,
        rules: TradeRules,
        rows: Sequence[ResultRow],
        *,
        with_group: bool,
        blind: bool = False,
    ) -> None:
        self.rules = rules
        cols = self.columns_for(rules, with_group, blind=blind)
        keys = [c.key for c in cols]
        self._award_rank = {t.name: i + 1 for i, t in enumerate(rules.awards.tiers)}
        for i, name in enumerate(rules.awards.medal_names):
            self._award_rank.setdefault(name, i + 1)
        body = []
        for r in rows:
            values = {
                "rank": ""
                if r.rank is None
                else (self.tr("%1（并列）").replace("%1", str(r.rank)) if r.tied else str(r.rank)),
                "number": r.number,
                "name": r.name,
                "unit": r.unit,
                "group": r.group,
                "total": format_mark(r.total, rules),
                "time": "" if r.time is None else format(r.time.normalize(), "f"),
                "ws": "" if r.ws_scale is None else str(r.ws_scale),
                "award": r.award,
                "titles": "、".join(r.titles),
                "promotion": r.promotion,
                "note": self.note(r),
            }
            for c in rules.components:
                values[f"c:{c.code}"] = format_mark(r.components.get(c.code), rules)
            body.append(tuple(values[k] for k in keys))
        self.columns = tuple(cols)
        self._note_col, self._award_col, self._total_col = (
            keys.index("note"),
            keys.index("award"),
            keys.index("total"),
        )
        self.set_rows(body, list(rows))

    def note(self, r: ResultRow) -> str:
        parts = [] if r.status == "ok" else [status_label(r.status)]
        parts.extend(flag_label(f) for f in r.flags)
        return "；".join(parts)

    def result_row(self, row: int) -> ResultRow:
        value = self.payload(row)
        assert isinstance(value, ResultRow)
        return value

    def extra_data(self, row: int, column: int, role: int) -> Any:
        r = self.result_row(row)
        if role == R.BackgroundRole:
            if FLAG_TIE_DECISION in r.flags:
                return self._tie
            if column == self._note_col and FLAG_SPREAD in r.flags:
                return self._spread
            tier = self._award_rank.get(r.award)
            if tier is not None:
                return self._colours.get(min(tier, 4), self._colours[4])
            return empty(role)
        if role == R.ForegroundRole:
            if r.rank is None or FLAG_MISSING in r.flags:
                return self._muted
            return empty(role)
        if role == R.FontRole and column in (self._award_col, self._total_col) and r.rank:
            return self._bold
        if role == R.ToolTipRole and column == self._note_col:
            tips = [self.note(r)]
            if r.spread_criteria:
                tips.append(
                    self.tr("评分差异超限的评分项：%1").replace("%1", "、".join(r.spread_criteria))
                )
            return "\n".join(t for t in tips if t)
        return empty(role)


class StandingsTableModel(TupleTableModel):
    """Team standings: rank, team (unit), total of the counted contestants, how many counted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                TableColumn("rank", self.tr("名次"), 92, CENTER),
                TableColumn("team", self.tr("代表队 / 单位"), 320, stretch=True),
                TableColumn("total", self.tr("团体总分"), 120, RIGHT),
                TableColumn("counted", self.tr("计分人数"), 80, RIGHT),
            ],
            parent,
        )
        self._colours = {k: QColor(v) for k, v in stylesheet.AWARD_COLOURS.items()}

    def set_standings(self, standings: Sequence[TeamStanding]) -> None:
        # a shared place is marked as the results table marks it
        shared = Counter(s.rank for s in standings)
        tied = self.tr("%1（并列）")
        self.set_rows(
            [
                (
                    tied.replace("%1", str(s.rank)) if shared[s.rank] > 1 else str(s.rank),
                    s.team,
                    format(s.total, "f"),
                    str(s.counted),
                )
                for s in standings
            ],
            list(standings),
        )

    def extra_data(self, row: int, column: int, role: int) -> Any:
        if role == R.BackgroundRole:
            standing = self.payload(row)
            if isinstance(standing, TeamStanding) and standing.rank <= 3:
                return self._colours[standing.rank]
        return empty(role)
