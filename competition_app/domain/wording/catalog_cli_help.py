"""English for the command line's help: every command's and option's help text, shown in
English with `--lang en` (`cli.main.build_parser`). Its own table, not the messages' catalogs:
a help text such as 选手 ("contestants") is a word a name could also be, and `to_english`
leaves names as they are."""

from __future__ import annotations

CATALOG: tuple[tuple[str, str], ...] = (
    ("赛事", "events"),
    ("抽签", "draw lots"),
    ("检录", "check contestants in"),
    ("获奖证书", "award certificates"),
    ("成绩公示表", "the public result sheet"),
    ("团体成绩表", "the team standings sheet"),
    ("职业技能大赛赛务系统", "Skills competition manager"),
    (
        "数据库文件或 URL（也可用环境变量 COMPETITION_APP_DB）",
        "database file or URL (or the environment variable COMPETITION_APP_DB)",
    ),
    ("显示版本", "show the version"),
    (
        "以该用户登录（数据库设置了用户之后，修改数据的命令必须登录）",
        "log in as this user (once the database has users, commands that change data need a login)",
    ),
    (
        "自检：在临时数据库中走一遍全流程",
        "self-test: run the whole contest through in a temporary database",
    ),
    (
        "输出的语言：确认、提示、核对结果、表格、错误与帮助文字（默认中文）",
        "the language of what is printed: confirmations, notes, check results, tables, errors and this help (default Chinese)",
    ),
    ("选手", "contestants"),
    ("裁判", "judges"),
    ("成绩", "scores"),
    (
        "工种成绩与奖项；results explain --number N 说明一位选手的成绩与奖项是怎样得出的",
        "a trade's results and awards; results explain --number N shows how one contestant's result and award were reached",
    ),
    ("团体总分", "team standings"),
    ("数据库备份", "database backups"),
    ("赛事归档（.cpa）", "event archives (.cpa)"),
    ("建立演示赛事", "build the demo event"),
    ("打印（生成 PDF）", "printing (makes PDFs)"),
    (
        "核验证书验证码（或离线核验二维码内容）",
        "verify a certificate's code (or, offline, the text of its QR code)",
    ),
    ("用户与角色", "users and roles"),
    ("加密号", "blind codes"),
    ("工种设置与锁定", "trade settings and locking"),
    ("录入分数与复核", "entering marks and verified entry"),
    ("申诉", "appeals"),
    ("审计日志", "audit trail"),
    ("抽样复核", "re-check sampling"),
    ("从 TOML 赛事定义文件创建赛事", "create an event from a TOML event file"),
    ("把赛事写回 TOML 定义文件", "write an event back to a TOML event file"),
    ("列出赛事", "list the events"),
    ("导入报名表（CSV 或 XLSX）", "import a registration form (CSV or XLSX)"),
    ("导入裁判名单（CSV 或 XLSX）", "import a list of judges (CSV or XLSX)"),
    ("分配裁判到工种和评分组", "assign judges to trades and criteria panels"),
    ("登记回避", "declare a conflict of interest"),
    ("列出工种的回避关系", "list a trade's conflicts of interest"),
    (
        "评分一致性分析：各裁判的宽严、超限与被去掉的分数",
        "judge analysis: each judge's leniency, spreads over the tolerance and marks dropped",
    ),
    ("裁判编号", "judge code"),
    ("评分项，如 e1,e2（默认全部）", "criteria, such as e1,e2 (default: all)"),
    ("输出格式（默认 csv）", "output format (default csv)"),
    ("导入成绩（宽表或长表）", "import scores (wide or long form)"),
    (
        "explain：逐项说明一位选手的成绩；decide：裁判长裁定并列的名次先后；undecide：撤销裁定",
        "explain: one contestant's result, step by step; decide: the chief judge's order for a"
        " tie; undecide: withdraw that decision",
    ),
    (
        "参赛证号（explain、undecide 用；盲评未解密时为工件号）",
        "entry number (for explain and undecide; the work-piece code while a blind trade is not"
        " decrypted)",
    ),
    (
        "decide：并列选手的参赛证号，按裁定的名次先后，逗号分隔",
        "decide: the tied contestants' entry numbers in the order decided, separated by commas",
    ),
    (
        "decide / undecide：裁定（或撤销）的依据，记入审计日志",
        "decide / undecide: the grounds of the decision (or of withdrawing it), kept in the"
        " audit trail",
    ),
    ("写入文件（默认输出到屏幕）", "write to this file (default: the screen)"),
    (
        "CSV 文件的编码：utf-8（带 BOM，默认）或 gbk（旧版 Excel）",
        "The CSV file's encoding: utf-8 (with a BOM, the default) or gbk (older Excel)",
    ),
    ("同全局 --lang（也可写在命令之后）", "as the global --lang (may also come after the command)"),
    ("立即备份当前数据库", "back up the current database now"),
    ("列出当前数据库的备份（最新的在前）", "list the current database's backups (newest first)"),
    (
        "用备份替换当前数据库（先自动另存一份安全副本）",
        "replace the current database with a backup (a safety copy of it is kept first)",
    ),
    ("备份文件夹（默认取设置中的备份文件夹）", "backup folder (default: the one in the settings)"),
    (
        "恢复会解除锁定时，由裁判长确认（密码在提示时输入，或用环境变量 COMPETITION_APP_CHIEF_PASSWORD）",
        "when restoring would undo a lock, the chief judge confirms it (the password when asked, or the environment variable COMPETITION_APP_CHIEF_PASSWORD)",
    ),
    (
        "用备份中的用户替换当前用户（默认保留当前用户；须赛务管理员再次输入密码）",
        "take the backup's users instead of the current ones (by default the current users stay; the organizer types their password again)",
    ),
    ("把一个赛事导出为单个归档文件", "export one event as a single archive file"),
    (
        "从归档文件导入赛事（获得新的编号）",
        "import an event from an archive file (it gets a new id)",
    ),
    ("一并带上的证书版式文件", "certificate layout files to take along"),
    (
        "导入没有签名或由另一台电脑的审计密钥签名的归档（审计日志会记下“未核验”）",
        "import an archive that is unsigned or signed with another computer's audit key (the audit trail records it as not verified)",
    ),
    ("建好后打开程序窗口", "open the window once it is built"),
    ("检录表、评分表、桌签、抽签结果", "check-in sheets, score forms, desk cards and lot results"),
    (
        "抽样复核名单（须先 recheck draw 抽取）",
        "the re-check list (draw it first with recheck draw)",
    ),
    (
        "套打校准页：毫米网格和各字段的位置框",
        "a calibration page for pre-printed stock: a millimetre grid and each field's box",
    ),
    (
        "赛事证书签名公钥文件（供公布，离线核验用）",
        "the event's certificate signing public key file (to publish, for offline verification)",
    ),
    ("评分一致性分析表（裁判长签字）", "the judge analysis sheet (signed by the chief judge)"),
    (
        "版式名称（classic-cn、plain-bilingual）或版式文件",
        "a layout name (classic-cn, plain-bilingual) or a layout file",
    ),
    ("只打印这个奖项或称号（可重复）", "print only this award or title (may be repeated)"),
    (
        "套打：只打印内容，印在已印好的证书纸上",
        "pre-printed stock: print only the fields, onto certificates already printed",
    ),
    (
        "套打时整体右移（毫米，可为负）",
        "on pre-printed stock, move everything right (millimetres, may be negative)",
    ),
    (
        "套打时整体下移（毫米，可为负）",
        "on pre-printed stock, move everything down (millimetres, may be negative)",
    ),
    (
        "成绩未锁定（或有待裁定的并列、未完成的复核）时打印草稿样张：加水印，不编号，不颁发",
        "while results are not locked (or a tie awaits the chief judge, or the re-check is unfinished) print a draft: watermarked, no serial numbers, nothing issued",
    ),
    (
        "含字库缺字的姓名、单位也照样打印（缺字处会印成方框）",
        "print names and units with characters the fonts lack anyway (those print as boxes)",
    ),
    ("加一列身份证号（打码）", "add a column of ID numbers (masked)"),
    (
        "裁判长内部审核表（含评分差异超限、并列待裁定等标记），不是公示表",
        "the chief judge's internal review sheet (with flags such as spreads over the tolerance and ties to decide), not the public notice",
    ),
    ("版式名称或版式文件", "a layout name or a layout file"),
    ("整体右移（毫米，可为负）", "move everything right (millimetres, may be negative)"),
    ("整体下移（毫米，可为负）", "move everything down (millimetres, may be negative)"),
    (
        "字库缺字时仍然生成（缺字处会显示为方框）",
        "make it even when the fonts lack characters (those show as boxes)",
    ),
    (
        "验证码；--offline 时为扫描二维码得到的全文",
        "the verification code; with --offline, the whole text scanned from the QR code",
    ),
    (
        "不用数据库：按公钥核验二维码中的签名",
        "without a database: check the QR code's signature against the public key",
    ),
    (
        "赛事公布的公钥文件（competition-app print key 生成）",
        "the public key file the event published (made by competition-app print key)",
    ),
    ("添加用户（第一个用户须为 organizer）", "add a user (the first must be an organizer)"),
    ("列出用户", "list the users"),
    ("更改密码", "change a password"),
    ("更改角色", "change a role"),
    ("停用用户", "deactivate a user"),
    ("重新启用用户", "reactivate a user"),
    ("抽签：场次、工位和签号", "draw lots: sessions, stations and lot numbers"),
    ("显示抽签结果", "show the lot results"),
    (
        "用记录的种子重算并核对抽签结果",
        "redo the draw from its recorded seed and check the results",
    ),
    ("种子（默认随机生成，并随结果显示）", "seed (random by default, shown with the results)"),
    ("场次容量，如 20,20,10 或 3x20", "session capacities, such as 20,20,10 or 3x20"),
    (
        "已抽过签时重新抽签（记入审计日志）",
        "draw again when lots were drawn already (recorded in the audit trail)",
    ),
    (
        "检录到场（不给号码时逐行读取扫码枪输入）",
        "check contestants in (with no numbers given, reads a scanner's input line by line)",
    ),
    ("记为缺考", "mark as absent"),
    ("尚未检录的选手", "contestants not yet checked in"),
    ("迟到的选手（场次开始后才检录）", "late contestants (checked in after their session began)"),
    ("生成检录号和工件号", "make check-in and work-piece codes"),
    ("加密号对照表（加密裁判）", "the code tables (for the encryption judge)"),
    ("打印加密表（PDF，供密封）", "print the code tables (PDF, to seal)"),
    ("解密（成绩锁定后）", "decrypt (once results are locked)"),
    (
        "作废全部加密号重新生成（尚无分数时）",
        "void every code and make new ones (while there are no marks)",
    ),
    (
        "只打印一次加密表（1）或二次加密表（2）",
        "print only the first code table (1) or the second (2)",
    ),
    (
        "含字库缺字的姓名也照样打印（缺字处会印成方框）",
        "print names with characters the fonts lack anyway (those print as boxes)",
    ),
    (
        "盲评、复核、场次容量、开始时间、结束时间与申诉时限",
        "blind marking, verified entry, session capacities, start times, end time and the appeal window",
    ),
    ("锁定成绩（裁判长）", "lock the results (chief judge)"),
    ("解锁成绩（裁判长，须写原因）", "unlock the results (chief judge, with a reason)"),
    (
        "抽签的场次容量，如 20,20,10 或 3x20",
        "the sessions' capacities for the draw, such as 20,20,10 or 3x20",
    ),
    (
        "各场开始时间，此后检录记为迟到，如“2022-07-20 08:30, 13:30”；none 清除",
        'each session\'s start time, after which a check-in is late, such as "2022-07-20 08:30, 13:30"; none clears them',
    ),
    (
        "工种结束时间，如 2022-07-20 17:30；none 清除（之后不能登记申诉）",
        "the trade's end time, such as 2022-07-20 17:30; none clears it (without it no appeal can be registered)",
    ),
    (
        "结束后多少小时内可申诉（默认 2）",
        "how many hours after the end an appeal may be made (default 2)",
    ),
    (
        "录入一个评分项分数（按参赛证号或工件号）",
        "enter one criterion mark (by entry number or work-piece code)",
    ),
    ("复核进度与不一致的分数", "verified entry: progress and the marks that differ"),
    ("裁定两遍不一致的分数（裁判长）", "decide a mark whose two passes differ (chief judge)"),
    ("参赛证号", "entry number"),
    (
        "工件号（二次加密号，盲评工种解密前）",
        "work-piece code (the second code, in a blind trade before decryption)",
    ),
    ("裁判编号（评分组）", "judge code (of a panel)"),
    ("复核：第几遍", "verified entry: which pass"),
    (
        "复核录入员姓名（未设用户的单机模式下必填；两遍须由两人录入）",
        "the clerk's name for verified entry (needed in single-user mode; the two passes need two people)",
    ),
    ("登记申诉（须在时限内）", "register an appeal (within the time allowed)"),
    ("列出申诉", "list the appeals"),
    ("裁定申诉（裁判长）", "rule on an appeal (chief judge)"),
    (
        "按成立的申诉修改分数，显示名次和奖项的变化",
        "change marks as an upheld appeal says, showing how ranks and awards change",
    ),
    (
        "收到时间（默认现在），如 2022-07-20 18:10",
        "when it was received (default now), such as 2022-07-20 18:10",
    ),
    (
        "参赛证号:评分项=分数，评分组加 @裁判编号，如 2001:e1@J1=35；可重复",
        "number:criterion=mark, with @judge for a panel, such as 2001:e1@J1=35; may be repeated",
    ),
    ("检查审计日志的哈希链", "check the audit trail's hash chain"),
    (
        "审计密钥：位置与指纹；恢复码；在另一台电脑上安装",
        "the audit key: where it is and its fingerprint; the recovery code; installing it on another computer",
    ),
    ("显示审计日志（最新的在前）", "show the audit trail (newest first)"),
    ("显示恢复码（裁判长登录）", "show the recovery code (chief judge logged in)"),
    ("安装另一台电脑的密钥（恢复码）", "install another computer's key (its recovery code)"),
    (
        "抽取复核名单：前列全检加随机抽查（裁判长）",
        "draw the re-check list: the top places in full and a random sample (chief judge)",
    ),
    ("确认一份评分表的分数无误", "confirm that a score sheet's marks are right"),
    (
        "更正一个分数（记入审计日志，成绩随之重算）",
        "correct a mark (recorded in the audit trail; results are worked out again)",
    ),
    (
        "复核进度与差错率（未完成时退出码为 3）",
        "re-check progress and error rate (exit status 3 while unfinished)",
    ),
    ("打印复核名单（PDF）", "print the re-check list (PDF)"),
    (
        "种子（默认随机生成，并随名单显示和记入审计日志）",
        "seed (random by default, shown with the list and recorded in the audit trail)",
    ),
    (
        "重新抽取的原因（尚无评分表复核过时才可重新抽取）",
        "why it is drawn again (only while no sheet has been re-checked)",
    ),
    ("评分项代码", "criterion code"),
    (
        "直接录入的成绩（如理论知识 theory）的组成部分代码",
        "the code of a directly entered component (such as theory)",
    ),
    ("更正后的分数", "the corrected mark"),
    ("裁判代码（多人评分的评分项）", "judge code (for a criterion marked by a panel)"),
    (
        "依据，如：核对原始评分表",
        "on what grounds, such as: checked against the original score sheet",
    ),
    ("同时列出每份评分表", "list every score sheet too"),
    ("PDF 文件", "PDF file"),
)


HELP: dict[str, str] = dict(CATALOG)
