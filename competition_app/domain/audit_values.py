"""How a value in the audit trail reads to a person: the supervisor's page and `audit show`.

The services record what a change replaced and what it wrote as text, often JSON of named
fields ({"seed": 17, "capacities": [20, 20]}), which is exact but a programmer's view. Here each
field is named in the reader's language, texts lose their quotes, lists are joined and yes/no
is said in words. An edit that recorded every field before and after (a trade's options) shows
the fields it changed (`pair_text`). The stored text is untouched (the chain's hashes are made
of it), and a value that is not JSON of fields (a mark, 8.50; a status) is shown as it is.
"""

from __future__ import annotations

import json
from typing import Any

from competition_app.domain.entries import STATUS_LABELS
from competition_app.domain.roles import ROLE_LABELS

# A field's name: (Chinese, English). One not here is shown by its own name.
FIELDS: dict[str, tuple[str, str]] = {
    "added": ("新增", "added"),
    "app_version": ("软件版本", "app version"),
    "appeal_hours": ("申诉时限（小时）", "appeal window (hours)"),
    "audit_entries": ("审计条目数", "audit entries"),
    "audit_head": ("审计链末端", "audit head"),
    "backup_audit_entries": ("备份的审计条目数", "the backup's audit entries"),
    "backup_audit_head": ("备份的审计链末端", "the backup's audit head"),
    "blind": ("盲评", "blind marking"),
    "capacities": ("各场次工位数", "stations per session"),
    "changed": ("修改", "changed"),
    "changes": ("改动", "changes"),
    "code": ("代码", "code"),
    "contestants": ("选手数", "contestants"),
    "corrected": ("更正数", "corrected"),
    "counts": ("数量", "counts"),
    "date": ("日期", "date"),
    "digest": ("摘要", "digest"),
    "double_entry": ("双人录入", "double entry"),
    "ends_at": ("结束时间", "end time"),
    "exported_at": ("导出时间", "exported at"),
    "file": ("文件", "file"),
    "form": ("格式", "form"),
    "from": ("来自", "from"),
    "gender": ("性别", "gender"),
    "group": ("组别", "group"),
    "groups": ("组别", "groups"),
    "id": ("编号", "id"),
    "id_number": ("身份证号", "ID number"),
    "issued": ("颁发数", "issued"),
    "issuer": ("发证单位", "issuer"),
    "key": ("密钥指纹", "key fingerprint"),
    "legacy_entries": ("此前的条目数", "earlier entries"),
    "legacy_head": ("此前的链末端", "earlier head"),
    "lot_capacities": ("各场次工位数", "stations per session"),
    "marks": ("评分项分数", "marks"),
    "marks_changed": ("改动的分数", "marks changed"),
    "moved": ("名次变动", "places moved"),
    "notice_days": ("公示工作日", "notice days"),
    "number": ("参赛证号", "entry number"),
    "order": ("裁定的名次先后", "order decided"),
    "organizer": ("主办单位", "organizer"),
    "password": ("密码", "password"),
    "preset": ("规则预设", "preset"),
    "printed": ("打印数", "printed"),
    "rate": ("差错率", "error rate"),
    "reason": ("原因", "reason"),
    "received_at": ("收到时间", "received at"),
    "role": ("角色", "role"),
    "rows": ("行数", "rows"),
    "safety_copy": ("安全副本", "safety copy"),
    "sample": ("抽样", "sample"),
    "scores": ("直接录入的成绩", "scores"),
    "seed": ("随机种子", "seed"),
    "session_starts": ("各场次开始时间", "session starts"),
    "sha256": ("SHA-256", "SHA-256"),
    "source_event_id": ("原赛事编号", "source event id"),
    "status": ("状态", "status"),
    "table_intact": ("对照表完好", "table intact"),
    "team": ("团队", "team"),
    "threshold": ("上限", "threshold"),
    "times": ("用时", "times"),
    "top_part": ("前列（全部复核）", "top (all re-checked)"),
    "trade": ("工种", "trade"),
    "trade_code": ("工种", "trade"),
    "trade_name": ("工种名称", "trade name"),
    "trades": ("工种", "trades"),
    "unit": ("单位", "unit"),
    "venue": ("地点", "venue"),
    "version": ("版本", "version"),
}
_YES_NO = {True: ("是", "yes"), False: ("否", "no")}
# fields whose values are codes, said by their names (裁判长, not chief_judge)
_CODES: dict[str, dict[str, str]] = {"role": ROLE_LABELS, "status": STATUS_LABELS}
# "name" is a person's (姓名) on a contestant or judge, else a thing's (名称)
_PERSONS = frozenset({"contestant", "judge", "user"})


def value_text(raw: str, entity: str = "", *, english: bool = False) -> str:
    """`raw` (a recorded value) as a person reads it, in Chinese or English."""
    value = _parsed(raw)
    return raw if value is _RAW else _Words(entity, english).top(value)


def pair_text(old: str, new: str, entity: str = "", *, english: bool = False) -> tuple[str, str]:
    """An entry's old and new values as a person reads them. Where both are fields and some
    are the same before and after, only those that changed are shown (all of them when none
    did): an options edit records all six, and the one that changed was lost among them."""
    before, after = _parsed(old), _parsed(new)
    if isinstance(before, dict) and isinstance(after, dict):
        same = {k for k in before.keys() & after.keys() if before[k] == after[k]}
        if same and same != before.keys() | after.keys():
            words = _Words(entity, english)
            return (
                words.top({k: v for k, v in before.items() if k not in same}),
                words.top({k: v for k, v in after.items() if k not in same}),
            )
    return value_text(old, entity, english=english), value_text(new, entity, english=english)


_RAW = object()  # not JSON: shown as recorded


def _parsed(raw: str) -> Any:
    if not raw or raw[0] not in "{[":
        return _RAW
    try:
        return json.loads(raw)
    except ValueError:
        return _RAW  # text that only starts like JSON


class _Words:
    def __init__(self, entity: str, english: bool) -> None:
        self.english = english
        self.name = "name" if english else "姓名" if entity in _PERSONS else "名称"
        if english:
            self.colon, self.fields, self.items, self.nested = ": ", "; ", ", ", "({})"
        else:
            self.colon, self.fields, self.items, self.nested = "：", "；", "、", "（{}）"

    def top(self, value: Any) -> str:
        if isinstance(value, dict):
            return self.fields.join(self.field(k, v) for k, v in value.items())
        return self.item(value)

    def field(self, key: str, value: Any) -> str:
        codes = _CODES.get(key, {})
        if isinstance(value, str) and value in codes:
            shown = codes[value]
            if self.english:
                from competition_app.domain.wording import to_english

                shown = to_english(shown)
            return f"{self.label(key)}{self.colon}{shown}"
        return f"{self.label(key)}{self.colon}{self.item(value)}"

    def label(self, key: str) -> str:
        if key == "name":
            return self.name
        found = FIELDS.get(key)
        return key if found is None else found[self.english]

    def item(self, value: Any) -> str:
        if value is None:
            return "—"
        if value is True or value is False:
            return _YES_NO[value][self.english]
        if isinstance(value, list):
            if not value:
                return "—"
            # a list of lists (an appeal's moved places: number, old and new place and award)
            return self.items.join(
                self.nested.format(self.item(v)) if isinstance(v, list) else self.item(v)
                for v in value
            )
        if isinstance(value, dict):
            # a field's own fields (an archive's counts), or changes keyed by what changed
            inner = self.items.join(self.field(str(k), v) for k, v in value.items())
            return self.nested.format(inner) if inner else "—"
        return str(value)
