"""Judge lists from Excel/CSV: code, name, unit, role and the trades each judge marks."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from competition_app.domain.errors import Problem, ValidationError
from competition_app.io.registration import column_lookup
from competition_app.io.tabular import read_sheet

JUDGE_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("code", "编号", "裁判编号"),
    "name": ("name", "姓名"),
    "unit": ("unit", "单位"),
    "role": ("role", "角色", "职务"),
    "trades": ("trades", "trade", "工种", "执裁工种"),
}
ROLES = {
    "judge": "judge",
    "裁判员": "judge",
    "chief_judge": "chief_judge",
    "裁判长": "chief_judge",
    "clerk": "clerk",
    "记分员": "clerk",
}
_LOOKUP = column_lookup(JUDGE_COLUMNS)


@dataclass(frozen=True)
class JudgeRow:
    row: int
    code: str
    name: str
    unit: str
    role: str
    trades: tuple[str, ...]


def read_judges(
    path: Path, *, trades: Mapping[str, str], existing_codes: Collection[str] = ()
) -> list[JudgeRow]:
    sheet = read_sheet(path, lambda h: _LOOKUP.get(h.strip().lower()), required=("code", "name"))
    problems: list[Problem] = []
    seen: set[str] = set()
    out = []
    for row, v in sheet.rows:
        where = f"{sheet.source}:{row}"
        code, name = v.get("code", ""), v.get("name", "")
        if not code:
            problems.append(Problem(f"{where}:code", "裁判编号为空"))
        elif code in seen or code in existing_codes:
            problems.append(Problem(f"{where}:code", f"裁判编号“{code}”重复"))
        seen.add(code)
        if not name:
            problems.append(Problem(f"{where}:name", "姓名为空"))
        role = ROLES.get(v.get("role", "") or "judge")
        if role is None:
            problems.append(Problem(f"{where}:role", f"未知的角色“{v.get('role')}”"))
        codes = []
        for t in v.get("trades", "").replace("，", ",").replace("、", ",").split(","):
            if t.strip():
                found = trades.get(t.strip())
                if found is None:
                    problems.append(Problem(f"{where}:trades", f"未知的工种“{t.strip()}”"))
                else:
                    codes.append(found)
        out.append(JudgeRow(row, code, name, v.get("unit", ""), role or "judge", tuple(codes)))
    if problems:
        raise ValidationError(problems)
    return out
