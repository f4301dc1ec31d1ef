"""Where a problem found in a trade's rules is: the table cell it points at, and its place in
words (`fitter.components[1].weight` -> 组成部分第 2 行 · 权重)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from competition_app.domain.errors import Problem
from competition_app.ui.window.translation import service_text

_LOCATION = re.compile(r"(components|criteria|awards\.tiers|titles)\[(\d+)\](?:\.(\w+))?")
TABLES = ("components", "criteria", "awards.tiers", "titles")


def _t(text: str) -> str:
    # These words are the rules editor's: they keep its translation context.
    return QCoreApplication.translate("RulesEditor", text)


def problem_cells(problems: Sequence[Problem]) -> dict[str, dict[tuple[int, str], str]]:
    """Each table's cells that the problems point at, (row, column key) -> reason; a problem
    about a whole row marks its name."""
    cells: dict[str, dict[tuple[int, str], str]] = {table: {} for table in TABLES}
    for p in problems:
        m = _LOCATION.search(p.location)
        if m is None:
            continue
        table, row, key = m.group(1), int(m.group(2)), m.group(3) or ""
        if table == "awards.tiers" and key in ("count", "share", "up_to_share"):
            key = "value"
        cells[table][(row, key or "name")] = service_text(p.reason)
    return cells


def describe_location(location: str) -> str:
    """A problem's place in words: `fitter.components[1].weight` -> 组成部分第 2 行 · 权重."""
    m = _LOCATION.search(location)
    if m is None:
        tail = location.split(".", 1)[-1] if "." in location else location
        parts = location.split(".")
        if "recheck" in parts:  # with the trade's code in front, or without (a new trade)
            return _recheck_words(".".join(parts[parts.index("recheck") + 1 :]))
        return {
            "components": _t("组成部分"),
            "tie_break": _t("并列比较"),
            "panel": _t("评分方法"),
            "decimals": _t("小数位数"),
            "awards": _t("奖项"),
        }.get(tail.split(".")[0].split("[")[0], tail)
    table = {
        "components": _t("组成部分"),
        "criteria": _t("评分细则"),
        "awards.tiers": _t("奖项"),
        "titles": _t("称号"),
    }[m.group(1)]
    field = {
        "code": _t("代码"),
        "name": _t("名称"),
        "weight": _t("权重"),
        "max": _t("满分"),
        "component": _t("所属部分"),
        "kind": _t("类型"),
        "top_n": _t("前 N 名"),
        "count": _t("人数"),
        "share": _t("比例"),
        "up_to_share": _t("比例"),
    }.get(m.group(3) or "", "")
    text = _t("%1第 %2 行").replace("%1", table).replace("%2", str(int(m.group(2)) + 1))
    return f"{text} · {field}" if field else text


def _recheck_words(key: str) -> str:
    """`recheck.share` -> 抽样复核 · 抽查比例, in the words of the rules editor's re-check box."""
    field = {
        "required": _t("锁定前须复核"),
        "top": _t("前列全检名次"),
        "share": _t("抽查比例"),
        "error_rate": _t("差错率上限"),
    }.get(key, key)
    return f"{_t('抽样复核')} · {field}" if field else _t("抽样复核")


def _strings() -> None:  # pragma: no cover - never called; lists _t() texts for pyside6-lupdate
    QCoreApplication.translate("RulesEditor", "组成部分")
    QCoreApplication.translate("RulesEditor", "并列比较")
    QCoreApplication.translate("RulesEditor", "评分方法")
    QCoreApplication.translate("RulesEditor", "小数位数")
    QCoreApplication.translate("RulesEditor", "奖项")
    QCoreApplication.translate("RulesEditor", "评分细则")
    QCoreApplication.translate("RulesEditor", "称号")
    QCoreApplication.translate("RulesEditor", "代码")
    QCoreApplication.translate("RulesEditor", "名称")
    QCoreApplication.translate("RulesEditor", "权重")
    QCoreApplication.translate("RulesEditor", "满分")
    QCoreApplication.translate("RulesEditor", "所属部分")
    QCoreApplication.translate("RulesEditor", "类型")
    QCoreApplication.translate("RulesEditor", "前 N 名")
    QCoreApplication.translate("RulesEditor", "人数")
    QCoreApplication.translate("RulesEditor", "比例")
    QCoreApplication.translate("RulesEditor", "%1第 %2 行")
    QCoreApplication.translate("RulesEditor", "抽样复核")
    QCoreApplication.translate("RulesEditor", "锁定前须复核")
    QCoreApplication.translate("RulesEditor", "前列全检名次")
    QCoreApplication.translate("RulesEditor", "抽查比例")
    QCoreApplication.translate("RulesEditor", "差错率上限")
