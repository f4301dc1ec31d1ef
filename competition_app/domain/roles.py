"""Who may do what: the roles of a contest's staff and the actions each role is granted."""

from __future__ import annotations

from typing import Literal

Role = Literal["organizer", "chief_judge", "judge", "encryption_judge", "viewer"]
ROLES: tuple[Role, ...] = ("organizer", "chief_judge", "judge", "encryption_judge", "viewer")
ROLE_LABELS: dict[str, str] = {
    "organizer": "赛务管理员",
    "chief_judge": "裁判长",
    "judge": "裁判员/记分员",
    "encryption_judge": "加密裁判",
    "viewer": "只读用户",
}

Permission = Literal[
    "events",  # create events, build the demo
    "settings",  # a trade's rules and options (blind marking, verified entry, end time)
    "contestants",  # import, add, edit, delete registrations
    "status",  # change a contestant's status (absent, disqualified, out of competition)
    "judges",  # import and edit the judge list
    "assign_judges",  # trade and panel assignments, declared conflicts
    "lots",  # draw lots
    "checkin",  # check contestants in, mark them absent
    "marks",  # enter marks, scores and times (one pass of a verified entry included)
    "resolve",  # settle a mismatch between the two passes of a verified entry
    "lock",  # lock and unlock a trade
    "recheck",  # draw (or redraw) a trade's re-check sample (抽样复核)
    "codes",  # generate blind codes, see the code tables
    "decrypt",  # link codes back to contestants (only after the lock)
    "appeals",  # record an appeal received
    "decide_appeals",  # decide an appeal and change marks because of it
    "users",  # add users, change roles, reset passwords
    "audit",  # read the audit trail (supervisors: the viewer role)
]

PERMISSION_LABELS: dict[str, str] = {
    "events": "建立赛事",
    "settings": "修改工种设置",
    "contestants": "修改选手名单",
    "status": "修改选手状态",
    "judges": "修改裁判名单",
    "assign_judges": "分配裁判和登记回避",
    "lots": "抽签",
    "checkin": "检录",
    "marks": "录入成绩",
    "resolve": "裁定复核不一致的分数",
    "lock": "锁定或解锁成绩",
    "recheck": "抽取复核样本",
    "codes": "生成或查看加密号",
    "decrypt": "解密",
    "appeals": "登记申诉",
    "decide_appeals": "裁定申诉",
    "users": "管理用户",
    "audit": "查看审计日志",
}

# Locking is the chief judge's signature under the results: the organizer may not lock or unlock,
# so the person who runs the event cannot also seal (or reopen) its marks. Decryption belongs to
# the encryption judge; the organizer may stand in, as small contests often have no encryption
# judge. Marks may be entered by judges and clerks, the chief judge and the organizer (who often
# copies paper score sheets at a small contest); never by the encryption judge, who knows the codes.
GRANTS: dict[str, frozenset[Permission]] = {
    "organizer": frozenset(
        (
            "events",
            "settings",
            "contestants",
            "status",
            "judges",
            "assign_judges",
            "lots",
            "checkin",
            "marks",
            "codes",
            "decrypt",
            "appeals",
            "users",
            "audit",
        )
    ),
    "chief_judge": frozenset(
        (
            "status",
            "assign_judges",
            "checkin",
            "marks",
            "resolve",
            "lock",
            "recheck",
            "appeals",
            "decide_appeals",
            "audit",
        )
    ),
    "judge": frozenset(("marks",)),
    "encryption_judge": frozenset(("codes", "decrypt")),
    # The supervisor (监督) reads everything and the audit trail, and changes nothing.
    "viewer": frozenset(("audit",)),
}


def is_role(text: str) -> bool:
    return text in ROLES


def allows(role: str, permission: Permission) -> bool:
    """Whether a user of `role` may perform an action needing `permission`."""
    grants = GRANTS.get(role)  # an unknown role grants nothing
    return grants is not None and permission in grants
