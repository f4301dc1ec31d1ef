"""The event definition file (TOML): an event, its trades with their rules, and its judges."""

from __future__ import annotations

import datetime
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from competition_app import safe_write
from competition_app.domain.errors import Problem, ValidationError
from competition_app.domain.rules import TradeRules
from competition_app.domain.rules_io import rules_from_mapping, rules_to_mapping

EVENT_KEYS = {"name", "date", "organizer", "venue", "team_best_n", "notice_days", "issuer"}
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


def parse_event_definition(data: Mapping[str, Any], source: str = "event.toml") -> EventDefinition:
    """Validate a whole definition; every problem is reported with its place in the file."""
    problems: list[Problem] = []

    def bad(where: str, reason: str) -> None:
        problems.append(Problem(f"{source}:{where}", reason))

    for key in data:
        if key not in ("event", "trades", "judges"):
            bad(key, f"未知的项“{key}”")
    ev = data.get("event")
    if not isinstance(ev, Mapping):
        bad("event", "缺少 [event] 节")
        ev = {}
    for key in ev:
        if key not in EVENT_KEYS:
            bad(f"event.{key}", f"未知的项“{key}”")
    for key in ("name", "date", "organizer", "venue", "issuer"):
        if key == "date" and isinstance(ev.get(key), datetime.date):
            continue  # a TOML date (2022-07-20 without quotes) is stored as its ISO text
        if key in ev and not isinstance(ev[key], str):
            # a value that is not text would be stored as its Python spelling ("{'a': 1}")
            bad(f"event.{key}", "应为文字（用引号括起来）")
    name = str(ev.get("name", "")).strip() if isinstance(ev.get("name", ""), str) else ""
    if not name and isinstance(ev.get("name", ""), str):
        bad("event.name", "赛事名称为空")
    notice = ev.get("notice_days")
    if notice is not None and (
        isinstance(notice, bool) or not isinstance(notice, int) or not 0 <= notice <= 365
    ):
        bad("event.notice_days", "公示天数应为 0 到 365 之间的整数")
    best_n = ev.get("team_best_n")
    if best_n is not None and (not isinstance(best_n, int) or best_n < 1):
        bad("event.team_best_n", "团体计分人数应为正整数")
        best_n = None
    settings = {k: ev[k] for k in ("notice_days", "issuer") if k in ev}

    trades: list[TradeDefinition] = []
    raw_trades = data.get("trades", [])
    if not isinstance(raw_trades, list) or not raw_trades:
        bad("trades", "至少需要一个工种（[[trades]]）")
        raw_trades = []
    codes: set[str] = set()
    for i, t in enumerate(raw_trades):
        where = f"trades[{i}]"
        if not isinstance(t, Mapping):
            bad(where, "应为一个表")
            continue
        code = str(t.get("code", "")).strip()
        tname = str(t.get("name", "")).strip()
        if not code:
            bad(f"{where}.code", "工种代码为空")
        elif code in codes:
            bad(f"{where}.code", f"工种代码“{code}”重复")
        codes.add(code)
        if not tname:
            bad(f"{where}.name", "工种名称为空")
        groups = t.get("groups", [])
        if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
            bad(f"{where}.groups", "组别应为文字列表")
            groups = []
        rules_part = {k: v for k, v in t.items() if k not in TRADE_OWN_KEYS or k == "preset"}
        try:
            rules = rules_from_mapping(rules_part, where=where)
        except ValidationError as e:
            problems.extend(Problem(f"{source}:{p.location}", p.reason) for p in e.problems)
            continue
        trades.append(
            TradeDefinition(
                code=code,
                name=tname,
                rules=rules,
                preset=str(t.get("preset", "")),
                groups=tuple(groups),
            )
        )

    judges: list[JudgeDefinition] = []
    for i, j in enumerate(data.get("judges", [])):
        where = f"judges[{i}]"
        if not isinstance(j, Mapping):
            bad(where, "应为一个表")
            continue
        for key in j:
            if key not in JUDGE_KEYS:
                bad(f"{where}.{key}", f"未知的项“{key}”")
        jt = tuple(str(x) for x in j.get("trades", []))
        for code in jt:
            if code not in codes:
                bad(f"{where}.trades", f"未知的工种“{code}”")
        if not str(j.get("code", "")).strip() or not str(j.get("name", "")).strip():
            bad(where, "裁判需要 code 和 name")
            continue
        judges.append(
            JudgeDefinition(
                code=str(j["code"]).strip(),
                name=str(j["name"]).strip(),
                unit=str(j.get("unit", "")),
                role=str(j.get("role", "judge")),
                trades=jt,
            )
        )
    if problems:
        raise ValidationError(problems)
    return EventDefinition(
        name=name,
        date=str(ev.get("date", "")),
        organizer=str(ev.get("organizer", "")),
        venue=str(ev.get("venue", "")),
        team_best_n=best_n,
        settings=settings,
        trades=tuple(trades),
        judges=tuple(judges),
    )


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
