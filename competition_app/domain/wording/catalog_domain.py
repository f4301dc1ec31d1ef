"""English for the messages of the domain rules: `(Chinese template, English template)` pairs.

`{}` stands for a value the message interpolates; the English may number them (`{1}`) to
reorder. A value that is itself a known message is translated too.
"""

from __future__ import annotations

CATALOG: tuple[tuple[str, str], ...] = (
    ("另有 {} 处问题未列出", "{} more problems not listed"),
    (
        "{} 的评分项 {} 已有裁判 {} 的评分：不注明裁判的分数会被当作又一位裁判计入，请注明是哪位裁判评的",
        "{0} already has marks by judges {2} on criterion {1}: a mark without a judge would count"
        " as one more judge; name the judge who gave it",
    ),
    (
        "{} 的评分项 {} 已有一个不注明裁判的分数：请先清除它，再按裁判逐一录入",
        "{} has a mark without a judge on criterion {}: clear it first, then enter each judge's"
        " mark",
    ),
    ("裁定的顺序中重复列出了 {}", "The decided order lists {} more than once"),
    ("{} 不在这一并列中（并列的是 {}）", "{} is not in this tie (the tie is {})"),
    (
        "裁定须列出并列的全部选手，还缺 {}",
        "A decision must list every contestant of the tie; missing: {}",
    ),
    # appeals
    (
        "申诉时限“{}”应为不小于 0 的小时数",
        'appeal window "{}" must be a number of hours, 0 or more',
    ),
    (
        "申诉时限已过：工种 {} 结束，申诉须在 {} 小时内（{} 前）提出，本申诉收到于 {}",
        "The appeal window has passed: trade {} ended, appeals must be made within {} hours"
        " (before {}), this appeal was received at {}",
    ),
    ("{}“{}”应写成 2022-07-20 17:30 的形式", '{} "{}" must be written like 2022-07-20 17:30'),
    ("申诉时限“{}”不是数字", 'appeal window "{}" is not a number'),
    ("时间", "time"),
    # certificate codes and statements
    (
        "证书编号只能由字母、数字和连字符组成：{}",
        "A certificate number may contain only letters, digits and hyphens: {}",
    ),
    ("验证码格式不对：{}", "The verification code is not in the right form: {}"),
    (
        "# {}\n# 证书签名公钥指纹 fingerprint: {}\ned25519 {}\n",
        "# {}\n# certificate signing key fingerprint: {}\ned25519 {}\n",
    ),
    ("公钥文件中没有找到 ed25519 公钥", "No ed25519 public key found in the key file"),
    (
        "不是本系统证书二维码的内容（应以 CS1| 开头）",
        "Not the QR content of a certificate from this system (it should start with CS1|)",
    ),
    ("二维码中的签名无法读取", "The signature in the QR code cannot be read"),
    ("公钥文件不是 Ed25519 公钥", "The key file is not an Ed25519 public key"),
    # verified (double) entry
    (
        "第{}遍已由“{}”录入，第{}遍须由另一人录入",
        'pass {} was entered by "{}"; pass {} must be entered by someone else',
    ),
    ("草稿，不作正式结果：{}", "Draft, not an official result: {}"),
    ("成绩未经裁判长锁定", "results not locked by the chief judge"),
    ("有并列待裁判长裁定", "ties awaiting the chief judge's decision"),
    ("复核录入未完成", "verified entry not finished"),
    # ID numbers
    ("身份证号为空", "ID number is empty"),
    ("身份证号应为18位，实际为{}位", "ID number must have 18 characters, it has {}"),
    ("身份证号前17位应为数字", "the first 17 characters of the ID number must be digits"),
    ("身份证号末位应为数字或X", "the last character of the ID number must be a digit or X"),
    ("身份证号中的出生日期无效", "the date of birth in the ID number is not valid"),
    ("身份证号校验位错误", "the check digit of the ID number is wrong"),
    # sessions, late arrival and lots
    (
        "第 {} 场开始时间 {} 早于第 {} 场（{}）；不是同一天的请写明日期",
        "session {} starts at {}, before session {} ({}); write the date if it is another day",
    ),
    (
        "第 {} 场开始时间“{}”不是有效的日期时间",
        'start of session {} "{}" is not a valid date and time',
    ),
    (
        "第 1 场开始时间“{}”须写明日期，如 2022-07-20 08:30",
        'start of session 1 "{}" must include the date, e.g. 2022-07-20 08:30',
    ),
    (
        "第 {} 场开始时间“{}”应写成 2022-07-20 08:30（同一天的可只写 13:30）",
        'start of session {} "{}" must be written like 2022-07-20 08:30 (13:30 alone on the same day)',
    ),
    ("场次容量为空", "session capacities are empty"),
    ("至少要有一个场次", "there must be at least one session"),
    ("每个场次至少要有一个工位", "every session needs at least one workstation"),
    (
        "场次容量合计 {} 个工位，不够 {} 名选手",
        "the sessions hold {} workstations, not enough for {} contestants",
    ),
    (
        "场次容量“{}”应写成“20,20,10”或“3x20”",
        'session capacities "{}" must be written like "20,20,10" or "3x20"',
    ),
    (
        "{}: 应为第{}场 {}号工位（签号 {}），记录中没有",
        "{}: should be session {} workstation {} (lot {}), not in the record",
    ),
    (
        "{}: 记录为第{}场 {}号工位，但不在这次抽签中",
        "{}: recorded as session {} workstation {}, but not in this draw",
    ),
    (
        "{}: 应为第{}场 {}号工位（签号 {}），记录为第{}场 {}号工位（签号 {}）",
        "{}: should be session {} workstation {} (lot {}), recorded as session {} workstation {} (lot {})",
    ),
    # marks and times
    ("未输入分数", "no mark entered"),
    ("“{}”不是数字", '"{}" is not a number'),
    ("分数 {} 超出范围 {}–{}", "mark {} is out of range {}–{}"),
    ("未输入用时", "no time entered"),
    (
        "“{}”不是有效的用时（例如 95、95.5、1:35 或 1:35:30）",
        '"{}" is not a valid time (e.g. 95, 95.5, 1:35 or 1:35:30)',
    ),
    ("“{}”中的分或秒应小于 60", 'the minutes or seconds in "{}" must be less than 60'),
    ("分数只能是整数", "marks must be whole numbers"),
    ("最多 {} 位小数", "at most {} decimal places"),
    ("用时不能为负数", "a time cannot be negative"),
    (
        "公示期：{}年{}月{}日至{}年{}月{}日（{}个工作日）",
        "Notice period: {}-{}-{} to {}-{}-{} ({} working days)",
    ),
    # rules (rules_io, settings_reader)
    (
        "至少需要一个组成部分（例如理论知识、操作技能）",
        "at least one component is needed (e.g. theory, practical)",
    ),
    (
        "排名首先按总分，第一项应为 total",
        "ranking goes by the total first; the first item must be total",
    ),
    ("代码“{}”重复", 'code "{}" appears twice'),
    ("权重 {} 应在 0–1 之间", "weight {} must be between 0 and 1"),
    ("满分应大于 0", "the full mark must be greater than 0"),
    ("权重之和应为 1，实际为 {}", "the weights must add up to 1, they add up to {}"),
    ("没有代码为“{}”的组成部分", 'there is no component with code "{}"'),
    (
        "“{}”的评分细则满分之和为 {}，应等于该部分满分 {}",
        'the criteria of "{}" add up to {}; they must equal its full mark {}',
    ),
    ("未知的排名依据“{}”，应为 {} 之一", 'unknown tie-break "{}", must be one of {}'),
    ("至少需要 total", "total is needed at least"),
    ("称号“{}”重复", 'title "{}" appears twice'),
    ("奖项“{}”重复", 'award "{}" appears twice'),
    (
        "count、share、up_to_share 须且只能给出其中一项",
        "give exactly one of count, share, up_to_share",
    ),
    ("应为 [参赛人数下限, 奖牌数] 两项", "must be two items: [minimum entrants, number of medals]"),
    (
        "应为 4 个名称（金、银、铜牌与优胜奖），实际为 {} 个",
        "must be 4 names (gold, silver, bronze and excellence), there are {}",
    ),
    ("没有名为“{}”的奖项或称号", 'there is no award or title named "{}"'),
    ("未知的预设“{}”，可选：{}", 'unknown preset "{}", choose from: {}'),
    ("排名依据“{}”重复", 'tie-break "{}" appears twice'),
    ("比例 {} 应大于 0 且不超过 1", "share {} must be greater than 0 and at most 1"),
    ("应为表（{ … }）", "must be a table ({ … })"),
    ("应为列表（[ … ]）", "must be a list ([ … ])"),
    ("不能为空", "must not be empty"),
    ("应为文字", "must be text"),
    ("应为 true 或 false", "must be true or false"),
    ("“{}”无效，应为 {} 之一", '"{}" is not valid, must be one of {}'),
    ("缺少此项", "missing"),
    ("“{}”不是整数", '"{}" is not a whole number'),
    ("应在 {}–{} 之间", "must be between {} and {}"),
    ("不能小于 {}", "must not be less than {}"),
    ("未知的设置项", "unknown setting"),
    ("{} 不能小于 {}", "{} must not be less than {}"),
    ("{} 不能大于 {}", "{} must not be greater than {}"),
    ("{} 应在 {}–{} 之间", "{} must be between {} and {}"),
    # errors.py
    (
        "与数据库服务器的连接中断，分数尚未保存，恢复后将自动重试",
        "The connection to the database server was lost; the mark is not saved yet and will be"
        " retried once it is back",
    ),
    # labels that messages interpolate (roles, permissions, statuses)
    ("赛务管理员", "organizer"),
    ("裁判长", "chief judge"),
    ("裁判员/记分员", "judge/clerk"),
    ("裁判员", "judge"),
    ("记分员", "clerk"),
    ("加密裁判", "encryption judge"),
    ("只读用户", "viewer"),
    ("建立赛事", "create events"),
    ("修改工种设置", "change trade settings"),
    ("修改选手名单", "change the contestant list"),
    ("修改选手状态", "change contestant statuses"),
    ("修改裁判名单", "change the judge list"),
    ("分配裁判和登记回避", "assign judges and record recusals"),
    ("抽签", "draw lots"),
    ("检录", "check contestants in"),
    ("录入成绩", "enter marks"),
    ("裁定复核不一致的分数", "rule on mismatched verified marks"),
    ("锁定或解锁成绩", "lock or unlock results"),
    ("生成或查看加密号", "generate or view blind codes"),
    ("解密", "decrypt"),
    ("登记申诉", "record appeals"),
    ("裁定申诉", "decide appeals"),
    ("管理用户", "manage users"),
    ("查看审计日志", "read the audit trail"),
    ("正常", "ok"),
    ("缺考", "absent"),
    ("取消资格", "disqualified"),
    ("不参与评奖", "out of competition"),
    ("并列{}", "tied {}"),
    ("未知的设置项（可用：{}）", "unknown setting (allowed: {})"),
    ("（可用：{}）", "(allowed: {})"),
)
