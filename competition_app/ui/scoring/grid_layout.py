"""The score grid's columns on screen: the layout remembered per database, event, trade and way
of marking (checked against the columns when it comes back), the default widths, and the rule
that no column one can type into is hidden or too narrow to read."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt

from competition_app.domain.entries import STATUSES
from competition_app.storage.database import Database
from competition_app.ui.common.table_support import heading_width
from competition_app.ui.scoring.score_grid_model import ScoreGridModel
from competition_app.ui.scoring.score_table import ScoreTable
from competition_app.ui.window import preferences
from competition_app.ui.window.translation import status_label

ENTRY_WIDTH = 86
# narrower than this, a mark cannot be read: a restored layout gets the default width back
MIN_ENTRY_WIDTH = 40


def layout_key(db: Database, event_id: int, trade_code: str, *, blind: bool) -> str:
    """Where a grid's column layout is remembered. The database is part of it: two databases
    may each have a trade "fitter", with other criteria and judges."""
    place = str(db.path.resolve()) if db.path else db.display_name()
    where = hashlib.sha1(place.encode("utf-8")).hexdigest()[:12]
    return f"scoring/{where}/{event_id}/{trade_code}/{'blind' if blind else 'named'}"


def lay_out(table: ScoreTable, model: ScoreGridModel, key: str) -> None:
    """The remembered layout if it was made for these columns, else the default widths; then
    every entry column shown and readable."""
    if not preferences.restore_header(key, table.horizontalHeader(), model.column_keys()):
        default_widths(table, model)
    show_every_cell(table, model)


def default_widths(table: ScoreTable, model: ScoreGridModel) -> None:
    # the longest status ("Out of competition", 不参与评奖) is read whole, in either language
    longest = max(table.fontMetrics().horizontalAdvance(status_label(s)) for s in STATUSES)
    widths = {"name": 84, "group": 72, "status": max(72, longest + 16)}
    info = model.info_columns
    for i, name in enumerate(info):
        width = widths[name]
        if name == "name":
            # 阿卜杜热合曼·买买提明 read whole, up to a width that leaves room for the marks
            width = min(180, max(width, table.sizeHintForColumn(i)))
        table.setColumnWidth(i, width)
    for i in range(len(info), model.columnCount()):
        heading = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
        table.setColumnWidth(i, max(ENTRY_WIDTH, heading_width(table, heading)))


def show_every_cell(table: ScoreTable, model: ScoreGridModel) -> None:
    """No column one can type into is hidden or too narrow to see, whatever was restored."""
    for i in range(model.first_entry_column(), model.columnCount()):
        table.setColumnHidden(i, False)
        if table.columnWidth(i) < MIN_ENTRY_WIDTH:
            table.setColumnWidth(i, ENTRY_WIDTH)
