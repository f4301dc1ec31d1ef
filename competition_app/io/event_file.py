"""The event definition file (TOML): an event, its trades with their rules, and its judges."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import tomli_w

from competition_app import safe_write
from competition_app.domain.errors import Problem, ValidationError
from competition_app.domain.rules import TradeRules
from competition_app.domain.rules_io import rules_from_mapping, rules_to_mapping
from competition_app.domain.settings_reader import SettingsReader

# Printed on the public notice and certificates: where and how to object, who signs.
PRINT_KEYS = (
    "objection_office", "objection_phone", "objection_deadline", "signatures", "english",
)  # fmt: skip
# [event.english]: the English a bilingual certificate prints
ENGLISH_TEXTS = ("event", "issuer")
ENGLISH_TABLES = ("trades", "groups", "honours")  # by trade code, group name, award or title
EVENT_KEYS = {
    "name", "date", "organizer", "venue", "team_best_n", "notice_days", "issuer", *PRINT_KEYS,
}  # fmt: skip
TRADE_OWN_KEYS = ("code", "name", "preset", "groups")
# An event definition is a few kilobytes; a file many times that is something else.
MAX_DEFINITION_BYTES = 4 * 1024 * 1024
JUDGE_KEYS = {"code", "name", "unit", "role", "trades"}


@dataclass(frozen=True)
class TradeDefinition:
    code: str
    name: str
    rules: TradeRules
    preset: str = ""
    groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class JudgeDefinition:
    code: str
    name: str
    unit: str = ""
    role: str = "judge"
    trades: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventDefinition:
    name: str
    date: str = ""
    organizer: str = ""
    venue: str = ""
    team_best_n: int | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    trades: tuple[TradeDefinition, ...] = ()
    judges: tuple[JudgeDefinition, ...] = ()


# Roles a judge may have in the event file (the judge list's own words are read by judge_list).
JUDGE_ROLES = ("judge", "chief_judge", "clerk")
# A public notice period longer than this is a typo, not a rule anyone publishes.
MAX_NOTICE_DAYS = 60


def parse_event_definition(data: Mapping[str, Any], source: str = "event.toml") -> EventDefinition:
    """Validate a whole definition; every problem is reported with its place in the file.

    Every unknown key, value of the wrong type and value out of range is a problem with its
    path (`event.notice_days`, `trades[1].awards.min_total`); nothing is returned unless the
    whole file is right, so nothing half-read is ever written.
    """
    r = SettingsReader("")
    problems: list[Problem] = []

    for key in data:
        if key not in ("event", "trades", "judges"):
            r.bad(str(key), f"未知的项“{key}”")
    ev: Mapping[str, Any] = {}
    if "event" not in data:
        r.bad("event", "缺少 [event] 节")
    else:
        ev = r.table(data["event"], "event") or {}
    for key in ev:
        if key not in EVENT_KEYS:
            r.bad(f"event.{key}", f"未知的项“{key}”")
    name = r.text(ev.get("name"), "event.name") or ""
    raw_date = ev.get("date", "")
    if isinstance(raw_date, date):  # an unquoted TOML date (date = 2022-07-20) is a date too
        raw_date = raw_date.isoformat()
    texts = {
        k: r.text(raw_date if k == "date" else ev.get(k, ""), f"event.{k}", required=False) or ""
        for k in _EVENT_TEXTS
    }
    if date_problem(texts["date"]):
        r.bad("event.date", date_problem(texts["date"]))
    if "issuer" in ev:
        texts["issuer"] = r.text(ev["issuer"], "event.issuer") or ""
    best_n = ev.get("team_best_n")
    if best_n is not None:
        best_n = r.integer(best_n, "event.team_best_n", 1, MAX_TEAM_BEST_N)
    settings: dict[str, Any] = {}
    if "notice_days" in ev:
        days = r.integer(ev["notice_days"], "event.notice_days", 0, MAX_NOTICE_DAYS)
        if days is not None:
            settings["notice_days"] = days
    if "issuer" in ev:
        settings["issuer"] = texts["issuer"]
    for key in PRINT_KEYS[:3]:
        if key in ev:
            settings[key] = r.text(ev[key], f"event.{key}", required=False) or ""
    english = ev.get("english")
    if english is not None:
        table = r.table(english, "event.english")
        for key, value in (table or {}).items():
            where = f"event.english.{key}"
            if key in ENGLISH_TEXTS:
                r.text(value, where, required=False)
            elif key in ENGLISH_TABLES:
                if not isinstance(value, Mapping) or not all(
                    isinstance(v, str) for v in value.values()
                ):
                    r.bad(where, '应为文字的表，如 { 一等奖 = "First Prize" }')
            else:
                r.bad(where, f"未知的项“{key}”")
        if table is not None:
            settings["english"] = english
    sig = ev.get("signatures")
    if sig is not None:
        if not isinstance(sig, list) or not all(isinstance(x, str) and x.strip() for x in sig):
            r.bad("event.signatures", '签字栏应为文字列表，如 ["裁判员", "裁判长", "监督员"]')
        else:
            settings["signatures"] = sig

    trades: list[TradeDefinition] = []
    raw_trades = data.get("trades", [])
    if not isinstance(raw_trades, list) or not raw_trades:
        r.bad("trades", "至少需要一个工种（[[trades]]）")
        raw_trades = []
    codes: set[str] = set()
    for i, t in enumerate(raw_trades):
        where = f"trades[{i}]"
        table = r.table(t, where)
        if table is None:
            continue
        code = r.text(table.get("code"), f"{where}.code")
        if code is not None and code in codes:
            r.bad(f"{where}.code", f"工种代码“{code}”重复")
        if code is not None:
            codes.add(code)
        tname = r.text(table.get("name"), f"{where}.name")
        groups = table.get("groups", [])
        if not isinstance(groups, list) or not all(
            isinstance(g, str) and g.strip() for g in groups
        ):
            r.bad(f"{where}.groups", "组别应为文字列表")
            groups = []
        elif len({g.strip() for g in groups}) != len(groups):
            r.bad(f"{where}.groups", "组别重复")
            groups = []
        preset = table.get("preset", "")
        rules_part = {k: v for k, v in table.items() if k not in TRADE_OWN_KEYS or k == "preset"}
        try:
            rules = rules_from_mapping(rules_part, where=where)
        except ValidationError as e:
            problems.extend(e.problems)
            continue
        if code is not None and tname is not None:
            trades.append(
                TradeDefinition(
                    code=code,
                    name=tname,
                    rules=rules,
                    preset=str(preset),
                    groups=tuple(g.strip() for g in groups),
                )
            )

    judges: list[JudgeDefinition] = []
    judge_codes: set[str] = set()
    for i, j in enumerate(r.items(data.get("judges", []), "judges")):
        judge = _judge(r, j, f"judges[{i}]", codes)
        if judge is not None and judge.code in judge_codes:
            r.bad(f"judges[{i}].code", f"裁判代码“{judge.code}”重复")
        elif judge is not None:
            judge_codes.add(judge.code)
            judges.append(judge)

    problems = [*r.problems, *problems]
    if problems:
        problems.sort(key=lambda p: _document_order(p.location))
        raise ValidationError([Problem(f"{source}:{p.location}", p.reason) for p in problems])
    return EventDefinition(
        name=name,
        date=texts["date"],
        organizer=texts["organizer"],
        venue=texts["venue"],
        team_best_n=best_n,
        settings=settings,
        trades=tuple(trades),
        judges=tuple(judges),
    )


_EVENT_TEXTS = ("date", "organizer", "venue")
# More than any team has members (a database integer overflows past 2^63).
MAX_TEAM_BEST_N = 10_000


def date_problem(text: str) -> str:
    """Why an event's date (2022-07-20, or none yet) cannot be kept, or "": the certificates'
    date and serial year and the notice's deadline are read from it."""
    if not text:
        return ""
    try:
        date.fromisoformat(text)
    except ValueError:
        return f"“{text}”不是日期：应写成 2022-07-20 的形式"
    return ""


def _judge(r: SettingsReader, raw: Any, where: str, trades: set[str]) -> JudgeDefinition | None:
    table = r.table(raw, where)
    if table is None:
        return None
    for key in table:
        if key not in JUDGE_KEYS:
            r.bad(f"{where}.{key}", f"未知的项“{key}”")
    code = r.text(table.get("code"), f"{where}.code")
    name = r.text(table.get("name"), f"{where}.name")
    unit = r.text(table.get("unit", ""), f"{where}.unit", required=False)
    role = r.choice(table.get("role", "judge"), f"{where}.role", JUDGE_ROLES)
    judged: list[str] = []
    for k, trade in enumerate(r.items(table.get("trades", []), f"{where}.trades")):
        text = r.text(trade, f"{where}.trades[{k}]")
        if text is not None and text not in trades:
            r.bad(f"{where}.trades", f"未知的工种“{text}”")
        elif text is not None:
            judged.append(text)
    if code is None or name is None or role is None:
        return None
    return JudgeDefinition(code=code, name=name, unit=unit or "", role=role, trades=tuple(judged))


def _document_order(location: str) -> tuple[int, int]:
    """Problems listed as the file reads: [event], then each trade and judge in turn."""
    section, _, index = location.partition(".")[0].partition("[")
    number = index.rstrip("]")
    return ({"event": 0, "trades": 1, "judges": 2}.get(section, 3), int(number or 0))


def read_event_definition(path: Path) -> EventDefinition:
    path = Path(path)
    try:
        if path.is_dir():
            raise ValidationError([Problem(path.name, "这是一个文件夹，不是文件")])
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError([Problem(path.name, f"文件不存在：{path}")]) from None
    except OSError as e:
        raise ValidationError([Problem(path.name, f"无法读取：{e.strerror or e}")]) from None
    if len(raw) > MAX_DEFINITION_BYTES:
        raise ValidationError(
            [Problem(path.name, f"文件过大（{len(raw)} 字节），不像赛事定义文件")]
        )
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except tomllib.TOMLDecodeError as e:
        raise ValidationError([Problem(path.name, f"TOML 格式错误：{e}")]) from None
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise ValidationError([Problem(f"{path.name}:{line}", "文件不是 UTF-8 编码")]) from None
    except RecursionError:  # tomllib recurses once per nesting level of arrays and tables
        raise ValidationError([Problem(path.name, "TOML 嵌套层数过多，不是赛事定义文件")]) from None
    return parse_event_definition(data, path.name)


def event_definition_to_mapping(d: EventDefinition) -> dict[str, Any]:
    event: dict[str, Any] = {"name": d.name, "date": d.date, "organizer": d.organizer}
    if d.venue:
        event["venue"] = d.venue
    if d.team_best_n is not None:
        event["team_best_n"] = d.team_best_n
    event.update(d.settings)
    trades = []
    for t in d.trades:
        entry: dict[str, Any] = {"code": t.code, "name": t.name}
        if t.preset:
            entry["preset"] = t.preset
        if t.groups:
            entry["groups"] = list(t.groups)
        entry.update(rules_to_mapping(t.rules))
        trades.append(entry)
    out: dict[str, Any] = {"event": event, "trades": trades}
    if d.judges:
        out["judges"] = [
            {
                "code": j.code,
                "name": j.name,
                "unit": j.unit,
                "role": j.role,
                "trades": list(j.trades),
            }
            for j in d.judges
        ]
    return out


def write_event_definition(d: EventDefinition, path: Path) -> None:
    safe_write.write_text(Path(path), tomli_w.dumps(event_definition_to_mapping(d)))
