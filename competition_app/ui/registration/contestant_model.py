"""Contestants as a table model of plain tuples, cheap enough for 30,000 rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QColor

from competition_app.domain.tabulation import number_key
from competition_app.services.registration.contestant_table import ContestantFields
from competition_app.services.registration.contestants import ContestantInfo
from competition_app.ui.common import stylesheet
from competition_app.ui.common.table_support import CENTER, R, TableColumn, TupleTableModel, empty
from competition_app.ui.window.translation import status_label

COLUMN_KEYS = ("number", "name", "gender", "trade", "group", "unit", "team", "id_number", "status")
_STATUS = ContestantInfo._fields.index("status")


class ContestantTableModel(TupleTableModel):
    """One row per contestant; the payload of a row is its ContestantInfo."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.columns = (
            TableColumn("number", self.tr("参赛证号"), 90),
            TableColumn("name", self.tr("姓名"), 120),
            TableColumn("gender", self.tr("性别"), 50, CENTER),
            TableColumn("trade", self.tr("工种"), 176),  # "网络与信息安全管理员（2）" in full
            TableColumn("group", self.tr("组别"), 70),
            TableColumn("unit", self.tr("单位"), 184),
            TableColumn("team", self.tr("代表队"), 130),
            TableColumn("id_number", self.tr("身份证号"), 160),
            TableColumn("status", self.tr("状态"), 80, CENTER),
        )
        self.set_sort_key(0, number_key)
        self._muted = QColor(stylesheet.MUTED_TEXT)

    def set_contestants(self, infos: Sequence[ContestantInfo | ContestantFields]) -> None:
        """Show `infos`: ContestantInfos, or their fields as plain tuples (contestant_fields),
        which `info` makes one of when asked."""
        # each status worded once, not once per row (30,000 translator look-ups)
        labels = {status: status_label(status) for status in {c[_STATUS] for c in infos}}
        # stored as the registration form says them; worded in the window's language
        genders = {"男": self.tr("男"), "女": self.tr("女")}
        # the fields unpacked in ContestantInfo's order (a plain tuple has no names)
        rows = [
            (
                number,
                name,
                genders.get(gender, gender),
                trade,
                group,
                unit,
                team,
                id_number,
                labels[status],
            )
            for _, number, name, _, trade, unit, team, group, id_number, gender, status, _ in infos
        ]
        self.set_rows(rows, infos)

    def info(self, row: int) -> ContestantInfo:
        info = self.payload(row)
        return info if isinstance(info, ContestantInfo) else ContestantInfo._make(info)

    def extra_data(self, row: int, column: int, role: int) -> Any:
        if role == R.ForegroundRole and self.payload(row)[_STATUS] != "ok":
            return self._muted
        return empty(role)
