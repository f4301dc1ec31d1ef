"""Settings and facts stored as JSON text, read back: the one place a damaged value is worded.

The app writes these itself (json.dumps), so a value that does not parse was changed behind
its back (a hand edit of the file, a bad sector). It is said in plain words, naming what was
damaged, instead of surfacing as the parser's exception in every page that reads it.
"""

from __future__ import annotations

import json
from typing import Any

from competition_app.domain.errors import UserError


class DamagedSettings(UserError):
    """A stored setting (an event's or a trade's settings, say) is not the JSON the app wrote."""


def loads(text: str | bytes) -> Any:
    """`json.loads(text)`, or DamagedSettings saying where the text stops being JSON."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise DamagedSettings(
            f"数据库中保存的设置已损坏，无法读取（第 {e.pos + 1} 个字符处：{e.msg}）。"
            "成绩数据未被改动；请运行 competition-app audit verify 检查，或从备份恢复"
        ) from e
    except (ValueError, RecursionError) as e:  # bytes not UTF-8, nesting past the parser's depth
        raise DamagedSettings(
            "数据库中保存的设置已损坏，无法读取。成绩数据未被改动；"
            "请运行 competition-app audit verify 检查，或从备份恢复"
        ) from e
