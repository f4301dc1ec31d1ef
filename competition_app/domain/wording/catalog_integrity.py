"""English for the messages of the integrity services (users, permissions, audit, seals,
appeals, state checks) and of backups and event archives."""

from __future__ import annotations

CATALOG: tuple[tuple[str, str], ...] = (
    (
        "“{}”中的 {} 既是文件又是文件夹，拒绝导入",
        '"{}": the member {} is both a file and a folder; not imported',
    ),
    # users and permissions
    ("（单机）", "(single user)"),
    ("用户“{}”（{}）无权{}", 'user "{}" ({}) may not {}'),
    ("本数据库已设置用户，请先登录", "this database has users; log in first"),
    ("用户“{}”不存在或已停用，请重新登录", 'user "{}" does not exist or is disabled; log in again'),
    ("密码至少 {} 个字符", "the password needs at least {} characters"),
    ("未知的角色“{}”，可用：{}", 'unknown role "{}", available: {}'),
    ("用户名为空", "the user name is empty"),
    ("第一个用户必须是赛务管理员（organizer）", "the first user must be an organizer"),
    ("没有用户“{}”", 'there is no user "{}"'),
    ("用户名或密码不正确", "wrong user name or password"),
    ("用户“{}”已停用", 'user "{}" is disabled'),
    ("用户“{}”已存在", 'user "{}" already exists'),
    ("至少要保留一名在用的赛务管理员", "at least one active organizer must remain"),
    # appeals
    ("申诉须写明事由", "an appeal needs its grounds"),
    ("没有编号为 {} 的申诉", "there is no appeal number {}"),
    ("裁定应为 {}", "the decision must be {}"),
    (" 或 ", " or "),
    ("裁定须写明理由", "a decision needs its reasons"),
    ("没有要修改的分数", "no marks to change"),
    ("申诉 {}：{}", "appeal {}: {}"),
    (
        "工种“{}”未设置结束时间，无法判断申诉时限；请先设置结束时间",
        'trade "{}" has no end time, so the appeal window cannot be judged; set the end time first',
    ),
    ("工种“{}”没有参赛证号“{}”的选手", 'trade "{}" has no contestant with entry number "{}"'),
    (
        "申诉 {} 已裁定（{}），裁定为最终结果",
        "appeal {} has been decided ({}); the decision is final",
    ),
    (
        "申诉 {} 未裁定成立，不能据此修改分数",
        "appeal {} was not upheld; marks cannot be changed because of it",
    ),
    (
        "工种“{}”没有评分项或可直接录入的成绩“{}”",
        'trade "{}" has no criterion or directly entered score "{}"',
    ),
    # audit trail and its key
    (
        "本机的审计密钥（指纹 {}）不是此数据库所用的（指纹 {}）；请用 audit key --install 安装该密钥后再操作，本次未保存",
        "this computer's audit key (fingerprint {}) is not the one this database uses (fingerprint {});"
        " install that key with audit key --install and try again; nothing was saved",
    ),
    (
        "审计链头记录缺失（被删除），已按现有最后一条记录重建",
        "the audit chain head was missing (deleted); it was rebuilt from the last entry",
    ),
    (
        "此数据库的审计链由另一个密钥（指纹 {}）签名，本机的密钥指纹为 {}；请安装该数据库所用的密钥文件（{}）后再核验",
        "this database's audit chain is signed by another key (fingerprint {}), this computer's key is {};"
        " install the key file this database uses ({}) and check again",
    ),
    (
        "第 {} 条：起始记录所在的位置与它登记的不符（被移动或插入）",
        "entry {}: the first entry is not where it says it is (moved or inserted)",
    ),
    (
        "审计日志是空的：连起始记录都没有，整个日志可能已被删除",
        "the audit trail is empty: not even its first entry; the whole trail may have been deleted",
    ),
    (
        "审计日志没有起始记录：未用密钥签名（可能被删除后重算），无法核验",
        "the audit trail has no first entry signed with the key (maybe deleted and recomputed); it cannot be checked",
    ),
    ("审计链头记录缺失（被删除）", "the audit chain head is missing (deleted)"),
    (
        "第 {} 条及以后的 {} 条记录缺失（被删除）",
        "entry {} and the {} entries after it are missing (deleted)",
    ),
    (
        "第 {} 条记录不在链头登记之内（被插入）",
        "entry {} is not covered by the chain head (inserted)",
    ),
    (
        "第 {} 条记录与链头登记的哈希不符（被修改）",
        "entry {} does not match the hash in the chain head (modified)",
    ),
    (
        "审计链头记录的签名不符：第 {} 条之后的记录可能已被删除（日志被截断），或链头被人改动过",
        "the chain head's signature does not match: entries after {} may have been deleted (the trail truncated), or the head was altered",
    ),
    ("第 {} 条记录缺失（被删除）", "entry {} is missing (deleted)"),
    (
        "第 {} 条记录与哈希链不符（被修改或插入）",
        "entry {} does not match the hash chain (modified or inserted)",
    ),
    (
        "第 {} 条：审计链头记录曾被删除后重建",
        "entry {}: the audit chain head was once deleted and rebuilt",
    ),
    (
        "审计密钥文件 {} 的内容不是有效的密钥（应为 64 位十六进制数）",
        "audit key file {} does not hold a valid key (it should be 64 hexadecimal digits)",
    ),
    (
        "本机已有另一个审计密钥 {}（指纹 {}）；不会覆盖它",
        "this computer already has another audit key {} (fingerprint {}); it is not overwritten",
    ),
    ("无法读取审计密钥文件 {}：{}", "cannot read audit key file {}: {}"),
    (
        "本机已有审计密钥 {}；不会覆盖它",
        "this computer already has an audit key {}; it is not overwritten",
    ),
    ("无法写入审计密钥文件 {}：{}", "cannot write audit key file {}: {}"),
    (
        "本机没有审计密钥（{}）；请用 audit key --install 安装写入此数据库时所用的密钥",
        "this computer has no audit key ({}); install the key this database was written with using audit key --install",
    ),
    ("无法创建审计密钥文件 {}：{}", "cannot create audit key file {}: {}"),
    # row seals and the state check
    (
        "{}（{} 第 {} 行）与其封签不符：被直接改动过",
        "{} ({} row {}) does not match its seal: changed directly",
    ),
    (
        "选手 {}（{}）的报名信息、状态或用时",
        "the registration, status or time of contestant {} ({})",
    ),
    ("选手 {} 评分项 {}{} 的分数 {}", "contestant {} criterion {}{} mark {}"),
    ("，裁判 {}", ", judge {}"),
    ("选手 {} 的 {} 成绩 {}", "contestant {} {} score {}"),
    ("{} 另有 {} 行与封签不符", "{} has {} more rows that do not match their seals"),
    (
        "用户“{}”在审计日志中，但已不在用户表中（被直接删除）",
        'user "{}" is in the audit trail but no longer in the user table (deleted directly)',
    ),
    (
        "用户“{}”不在审计日志中（被直接加入用户表）",
        'user "{}" is not in the audit trail (added to the user table directly)',
    ),
    (
        "用户“{}”：角色现为 {}，审计日志最后记录为 {}（被直接改动）",
        'user "{}": the role is now {}, the audit trail last recorded {} (changed directly)',
    ),
    (
        "用户“{}”：现为{}，审计日志最后记录为{}（被直接改动）",
        'user "{}": now {}, the audit trail last recorded {} (changed directly)',
    ),
    ("启用", "active"),
    ("停用", "disabled"),
    (
        "用户“{}”：密码哈希与审计日志最后记录的不符（被直接改动）",
        'user "{}": the password hash does not match the audit trail (changed directly)',
    ),
    (
        "工种“{}”（{}，赛事 {}）：现为{}，审计日志最后记录为{}（被直接改动）",
        'trade "{}" ({}, event {}): now {}, the audit trail last recorded {} (changed directly)',
    ),
    ("已锁定", "locked"),
    ("未锁定", "not locked"),
    (
        "赛事“{}”（{}）：现有 {} 名选手，按审计日志应为 {} 名（有选手被直接{}）",
        'event "{}" ({}): {} contestants now, the audit trail says {} (contestants were {} directly)',
    ),
    ("删除", "deleted"),
    ("加入", "added"),
    # event archives
    (
        "“{}”导出时，导出电脑上的审计日志未通过核验（{}）",
        'when "{}" was exported, the audit trail on the exporting computer failed its check ({})',
    ),
    ("未记录核验结果", "no check result recorded"),
    ("“{}”中的数据库已损坏：{}", 'the database in "{}" is damaged: {}'),
    ("“{}”含有不安全的文件名：{}（{}）", '"{}" holds an unsafe file name: {} ({})'),
    (
        "“{}”中的 {} 指向导入文件夹之外，拒绝导入",
        '{1} in "{0}" points outside the import folder; import refused',
    ),
    (
        "导入文件夹中已有 {}，不会覆盖它；请换一个文件夹",
        "the import folder already has {}; it is not overwritten; choose another folder",
    ),
    ("“{}”中的审计记录无法读取", 'the audit entries in "{}" cannot be read'),
    ("“{}”应只含一个赛事，实际含 {} 个", '"{}" should hold one event, it holds {}'),
    (
        "“{}”由较新版本的程序导出，请先升级本程序。（{}）",
        '"{}" was exported by a newer version of the program; upgrade this program first. ({})',
    ),
    (
        "归档中的数据与本数据库中的数据冲突，未导入任何内容：{}",
        "the data in the archive conflicts with this database; nothing was imported: {}",
    ),
    (
        "“{}”没有签名（较早版本导出），无法确认它未被改动",
        '"{}" has no signature (exported by an older version); it cannot be confirmed unaltered',
    ),
    (
        "“{}”的签名无法读取，归档已损坏或被改动",
        'the signature of "{}" cannot be read; the archive is damaged or altered',
    ),
    (
        "“{}”由另一个审计密钥（指纹 {}）签名，本机密钥指纹为 {}；请先安装导出电脑的密钥（audit key --install）",
        "\"{}\" is signed by another audit key (fingerprint {}), this computer's is {}; install the exporting computer's key first (audit key --install)",
    ),
    (
        "“{}”的签名不符：归档在导出后被改动过（清单或其中的文件）",
        'the signature of "{}" does not match: the archive was altered after export (its manifest or files)',
    ),
    ("文件名为空", "the file name is empty"),
    ("含有反斜杠", "it contains a backslash"),
    ("含有控制字符", "it contains control characters"),
    ("是绝对路径", "it is an absolute path"),
    ("含有盘符或冒号", "it contains a drive letter or colon"),
    ("含有空的路径部分", "it contains an empty path part"),
    ("含有 . 或 .. 路径部分", "it contains a . or .. path part"),
    ("“{}”含有 {} 个文件，超过上限 {}", '"{}" holds {} files, over the limit of {}'),
    (
        "“{}”解压后共 {} 字节，超过上限 {} 字节",
        '"{}" is {} bytes unpacked, over the limit of {} bytes',
    ),
    ("{} 的长度与目录不符", "the length of {} does not match the directory"),
    (
        "“{}”中的 {} 解压后 {} 字节，超过单个文件上限 {} 字节",
        '{1} in "{0}" is {2} bytes unpacked, over the per-file limit of {3} bytes',
    ),
    (
        "“{}”已损坏或不完整，无法作为赛事归档打开（{}）",
        '"{}" is damaged or incomplete and cannot be opened as an event archive ({})',
    ),
    ("无法读取“{}”：{}", 'cannot read "{}": {}'),
    (
        "“{}”含有重名的文件，可能被改动过",
        '"{}" holds files with the same name; it may have been altered',
    ),
    (
        "“{}”不是本程序导出的赛事归档（缺少 {}）",
        '"{}" is not an event archive exported by this program ({} is missing)',
    ),
    ("“{}”不是本程序导出的赛事归档", '"{}" is not an event archive exported by this program'),
    ("“{}”的归档格式版本无效", 'the archive format version of "{}" is not valid'),
    (
        "“{}”由较新版本的程序（{}）导出，归档格式版本 {} 高于本程序支持的 {}。请先升级本程序。",
        '"{}" was exported by a newer version of the program ({}); archive format {} is above the {} this program supports. Upgrade this program first.',
    ),
    ("“{}”的清单不完整，归档已损坏", 'the manifest of "{}" is incomplete; the archive is damaged'),
    (
        "“{}”含有清单之外的文件（{}），可能被改动过",
        '"{}" holds files not in its manifest ({}); it may have been altered',
    ),
    (
        "“{}”的清单文件无法读取，归档已损坏",
        'the manifest of "{}" cannot be read; the archive is damaged',
    ),
    ("“{}”缺少 {}，归档不完整", '"{}" is missing {}; the archive is incomplete'),
    (
        "“{}”已损坏或被改动：{} 的校验值不符",
        '"{}" is damaged or altered: the checksum of {} does not match',
    ),
    # backups and restore
    (
        "只有 SQLite 数据库文件可以由本程序备份；PostgreSQL 数据库请由服务器管理员用 pg_dump 备份。",
        "Only SQLite database files can be backed up by this program; a PostgreSQL database is backed up by its server administrator with pg_dump.",
    ),
    ("无法创建备份文件夹 {}：{}", "cannot create the backup folder {}: {}"),
    (
        "“{}”的校验文件没有签名，无法确认备份未被改动，不能恢复",
        'the check file of "{}" has no signature; the backup cannot be confirmed unaltered and is not restored',
    ),
    (
        "“{}”由另一个审计密钥（指纹 {}）签名，本机密钥指纹为 {}；请先安装该密钥（audit key --install）再恢复",
        '"{}" is signed by another audit key (fingerprint {}), this computer\'s is {}; install that key (audit key --install) and restore again',
    ),
    (
        "“{}”的签名不符：备份或其校验文件被改动过，不能恢复",
        'the signature of "{}" does not match: the backup or its check file was altered; it is not restored',
    ),
    (
        "备份文件已损坏，不能恢复：{}（{}）",
        "the backup file is damaged and is not restored: {} ({})",
    ),
    (
        "“{}”不是本程序的赛事数据库（没有结构版本），不能恢复",
        '"{}" is not an event database of this program (no schema version); it is not restored',
    ),
    (
        "备份 {} 由更新版本的程序写入（结构版本 {}），请升级程序后再恢复。",
        "backup {} was written by a newer version of the program (schema {}); upgrade the program and restore again.",
    ),
    (
        "恢复此备份会{}，需要裁判长输入用户名和密码确认后才能恢复",
        "restoring this backup would {}; the chief judge must confirm with user name and password first",
    ),
    ("解除 {} 的锁定", "unlock {}"),
    ("改动已锁定的 {} 的成绩", "change the results of locked {}"),
    ("撤销申诉 {} 的裁定", "undo the decision on appeal {}"),
    (
        "用户“{}”无权解除锁定或改动已锁定的成绩；恢复此备份需要裁判长确认（{}）",
        'user "{}" may not unlock or change locked results; restoring this backup needs the chief judge\'s confirmation ({})',
    ),
    (
        "“{}”旁没有校验文件 {}{}，无法确认备份未被改动，不能恢复（复制备份时请连同校验文件一起复制）",
        'there is no check file {1}{2} next to "{0}"; the backup cannot be confirmed unaltered and is not restored (copy the check file along with the backup)',
    ),
    (
        "“{}”的校验值不符：备份已损坏或被改动，不能恢复",
        'the checksum of "{}" does not match: the backup is damaged or altered and is not restored',
    ),
    ("不能把数据库恢复为它自己", "a database cannot be restored onto itself"),
    ("备份文件不存在：{}", "backup file not found: {}"),
    ("无法读取备份中的工种：{}", "cannot read the trades in the backup: {}"),
    (
        "无法比较备份与当前数据库中已锁定的成绩：{}",
        "cannot compare the locked results in the backup with the current database: {}",
    ),
    ("无法读取备份 {}：{}", "cannot read backup {}: {}"),
    (
        "无法在备份文件夹 {} 中准备恢复：{}",
        "cannot prepare the restore in the backup folder {}: {}",
    ),
    ("打开赛事时", "when the event was opened"),
)
