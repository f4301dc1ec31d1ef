"""Contestant registration forms: column names (Chinese or English) and row validation."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from competition_app.domain.entries import STATUS_LABELS, STATUSES
from competition_app.domain.errors import Problem, ProblemList, ValidationError
from competition_app.domain.id_number import validate_id_number
from competition_app.io.tabular import Sheet, read_sheet

CONTESTANT_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("number", "参赛证号", "参赛号", "编号", "准考证号", "选手编号"),
    "name": ("name", "姓名", "选手姓名"),
    "trade": ("trade", "工种", "赛项", "工种代码", "赛项代码"),
    "unit": ("unit", "单位", "工作单位", "所在单位"),
    "team": ("team", "代表队", "队伍"),
    "group": ("group", "组别"),
    "id_number": ("id_number", "身份证号", "身份证号码", "证件号码"),
    "gender": ("gender", "性别"),
    "status": ("status", "状态"),
}
REQUIRED = ("number", "name", "trade")
# The column sizes in storage.models: PostgreSQL refuses a longer value, SQLite would keep it, so
# the form is checked here and both backends accept exactly the same files.
MAX_LENGTHS = {"number": 40, "name": 100, "unit": 200, "team": 200, "group": 60}
GENDERS = {"男": "男", "女": "女", "m": "男", "f": "女", "male": "男", "female": "女"}
_STATUS_WORDS: dict[str, str] = {
    **{s: s for s in STATUSES},
    **{v: k for k, v in STATUS_LABELS.items()},
}


def column_lookup(aliases: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    return {alias.lower(): canonical for canonical, names in aliases.items() for alias in names}


_LOOKUP = column_lookup(CONTESTANT_COLUMNS)

# What a name, number or unit prints on: a table cell, a certificate line. A line break typed
# into the form's cell (Alt+Enter in Excel) would split it over two lines of every paper.
ONE_LINE = ("number", "name", "unit", "team", "group", "id_number")


def field_problem(column: str, value: str) -> str:
    """Why a registration field cannot be kept as it is (a line break), or ""."""
    if column in ONE_LINE and ("\n" in value or "\r" in value):
        return "含有换行，请写在一行内"
    return ""


def group_problem(group: str, declared: Collection[str], trade: str) -> str:
    """Why `group` is not a group of a trade that declares its groups (ranked separately: a
    group mistyped, 职 工组, would make a ranking and award quotas of its own), or ""."""
    if not declared or group in declared:
        return ""
    listed = "、".join(declared)
    if not group:
        return f"组别为空：工种“{trade}”分为 {listed}"
    return f"组别“{group}”不是工种“{trade}”的组别（{listed}）"


@dataclass(frozen=True)
class ContestantRow:
    row: int
    number: str
    name: str
    trade: str  # trade code
    unit: str = ""
    team: str = ""
    group: str = ""
    id_number: str = ""
    gender: str = ""
    status: str = "ok"


def read_contestants(path: Path) -> Sheet:
    return read_sheet(path, lambda h: _LOOKUP.get(h.strip().lower()), required=REQUIRED)


def validate_contestants(
    sheet: Sheet,
    *,
    trades: Mapping[str, str],
    existing_numbers: Collection[str] = (),
    groups: Mapping[str, Collection[str]] | None = None,
) -> list[ContestantRow]:
    """Every row checked; every problem reported as `file:row:column: reason`; nothing half-accepted.

    `trades` maps accepted trade codes and names to the trade code, so a form that says 钳工
    works as well as one that says fitter; `groups` maps a trade code to the groups it declares
    (a trade that declares none takes the groups the form gives).
    """
    groups = groups or {}
    problems: list[Problem] = ProblemList()
    seen: dict[str, int] = {}
    out: list[ContestantRow] = []
    today = date.today()  # once: a form of 30,000 rows has 30,000 ID numbers
    source = sheet.source

    def bad(row: int, column: str, reason: str) -> None:
        problems.append(Problem(f"{source}:{row}:{column}", reason))

    for row, values in sheet.rows:
        get = values.get
        number = get("number", "")
        name = get("name", "")
        trade_text = get("trade", "")
        if not number:
            bad(row, "number", "参赛证号为空")
        elif number in seen:
            bad(row, "number", f"参赛证号“{number}”与第 {seen[number]} 行重复")
        elif number in existing_numbers:
            bad(row, "number", f"参赛证号“{number}”已存在于本赛事")
        else:
            seen[number] = row
        if not name:
            bad(row, "name", "姓名为空")
        trade = trades.get(trade_text) or trades.get(trade_text.lower())
        if not trade_text:
            bad(row, "trade", "工种为空")
        elif trade is None:
            bad(row, "trade", f"未知的工种“{trade_text}”")
        id_number = get("id_number", "").upper()
        if id_number:
            reason = validate_id_number(id_number, today=today)
            if reason:
                bad(row, "id_number", reason)
        gender_text = get("gender", "")
        gender = GENDERS.get(gender_text.lower(), "") if gender_text else ""
        if gender_text and not gender:
            bad(row, "gender", f"性别“{gender_text}”应为 男 或 女")
        for column, limit in MAX_LENGTHS.items():
            if len(get(column, "")) > limit:
                bad(row, column, f"内容过长（{len(values[column])} 个字，最多 {limit} 个）")
        for column in ONE_LINE:
            reason = field_problem(column, get(column, ""))
            if reason:
                bad(row, column, reason)
        if trade is not None:
            reason = group_problem(get("group", ""), groups.get(trade, ()), trade_text)
            if reason:
                bad(row, "group", reason)
        status_text = get("status", "")
        status = _STATUS_WORDS.get(status_text.lower(), "") if status_text else "ok"
        if not status:
            allowed = "、".join(STATUS_LABELS.values())
            bad(row, "status", f"状态“{status_text}”应为 {allowed} 之一")
        out.append(
            ContestantRow(
                row=row,
                number=number,
                name=name,
                trade=trade or "",
                unit=get("unit", ""),
                team=get("team", ""),
                group=get("group", ""),
                id_number=id_number,
                gender=gender,
                status=status or "ok",
            )
        )
    if problems:
        raise ValidationError(problems)
    return out
