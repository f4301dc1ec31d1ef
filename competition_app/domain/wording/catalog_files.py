"""English for the messages of file reading (io) and the database file (storage)."""

from __future__ import annotations

CATALOG: tuple[tuple[str, str], ...] = (
    ("“{}”不是日期：应写成 2022-07-20 的形式", '"{}" is not a date: write it like 2022-07-20'),
    ("组别重复", "a group is listed twice"),
    ("裁判代码“{}”重复", 'judge code "{}" is given twice'),
    ("含有换行，请写在一行内", "contains a line break; write it on one line"),
    ("组别为空：工种“{}”分为 {}", 'the group is empty: trade "{}" is divided into {}'),
    ("组别“{}”不是工种“{}”的组别（{}）", 'group "{}" is not a group of trade "{}" ({})'),
    # event definition files
    (
        "文件过大（{} 字节），不像赛事定义文件",
        "file too large ({} bytes) to be an event definition",
    ),
    ("缺少 [event] 节", "the [event] section is missing"),
    ("至少需要一个工种（[[trades]]）", "at least one trade is needed ([[trades]])"),
    ("这是一个文件夹，不是文件", "this is a folder, not a file"),
    ("文件不存在：{}", "file not found: {}"),
    ("无法读取：{}", "cannot read: {}"),
    ("TOML 格式错误：{}", "TOML syntax error: {}"),
    ("文件不是 UTF-8 编码", "the file is not UTF-8 encoded"),
    ("TOML 嵌套层数过多，不是赛事定义文件", "TOML nested too deeply, not an event definition"),
    ("未知的项“{}”", 'unknown key "{}"'),
    (
        '签字栏应为文字列表，如 ["裁判员", "裁判长", "监督员"]',
        'signatures must be a list of texts, e.g. ["Judge", "Chief judge", "Supervisor"]',
    ),
    ("工种代码“{}”重复", 'trade code "{}" appears twice'),
    ("组别应为文字列表", "groups must be a list of texts"),
    (
        '应为文字的表，如 { 一等奖 = "First Prize" }',
        'must be a table of texts, e.g. { 一等奖 = "First Prize" }',
    ),
    # registration and judge lists
    ("裁判编号“{}”重复", 'judge code "{}" appears twice'),
    ("工种为空", "trade is empty"),
    ("性别“{}”应为 男 或 女", 'gender "{}" must be 男 (male) or 女 (female)'),
    ("状态“{}”应为 {} 之一", 'status "{}" must be one of {}'),
    ("参赛证号“{}”与第 {} 行重复", 'entry number "{}" repeats row {}'),
    ("参赛证号“{}”已存在于本赛事", 'entry number "{}" already exists in this event'),
    # score sheets
    ("本工种没有参赛证号“{}”", 'this trade has no entry number "{}"'),
    (
        "长表只能有 number、criterion、judge、mark 列",
        "a long form may only have the columns number, criterion, judge, mark",
    ),
    (
        "长表需要 number、criterion、mark 三列",
        "a long form needs the three columns number, criterion, mark",
    ),
    ("长表缺少列“{}”", 'the long form is missing column "{}"'),
    ("未知的评分项“{}”", 'unknown criterion "{}"'),
    ("评分项为空", "criterion is empty"),
    ("未知的裁判“{}”", 'unknown judge "{}"'),
    ("分数为空", "mark is empty"),
    (
        "与第 {} 行重复（同一选手、评分项和裁判）",
        "repeats row {} (same contestant, criterion and judge)",
    ),
    (
        "“{}”由评分项累加得出，请按评分项列出分数（或使用长表）",
        '"{}" is the sum of its criteria; list the marks by criterion (or use the long form)',
    ),
    # tables (CSV / XLSX)
    (
        "{}{}；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入",
        '{}{}; in Excel, save it as "CSV UTF-8 (Comma delimited)" and import that',
    ),
    ("，看起来是 {}", ", it looks like {}"),
    ("Latin-1/cp1252（西欧文字）", "Latin-1/cp1252 (Western European)"),
    (
        "文件不是 UTF-8 编码，按 GB18030 读出的也不是中文",
        "the file is not UTF-8 encoded, and read as GB18030 it is not Chinese either",
    ),
    (
        "文件不是 UTF-8 编码（可能是无 BOM 的 UTF-16）",
        "the file is not UTF-8 encoded (maybe UTF-16 without a BOM)",
    ),
    (
        "不是 Excel 工作簿（缺少 xl/workbook.xml）",
        "not an Excel workbook (xl/workbook.xml is missing)",
    ),
    ("解压后共 {} 字节，超过上限 {} 字节", "{} bytes when unpacked, over the limit of {} bytes"),
    ("内容有 {} 个字符，超过上限 {}", "the content has {} characters, over the limit of {}"),
    (
        "含有看不见的字符（零宽空格等），请删除后重新输入",
        "contains invisible characters (zero-width spaces and the like); delete them and type it again",
    ),
    ("含有控制字符（如 NUL）", "contains control characters (such as NUL)"),
    ("文件既不是 UTF-8 也不是 GB18030 编码", "the file is neither UTF-8 nor GB18030 encoded"),
    ("文件有 {} 字节，超过上限 {} 字节", "the file has {} bytes, over the limit of {} bytes"),
    ("没有读取权限：{}", "no permission to read: {}"),
    (
        "不是有效的 XLSX 文件（已损坏、不完整，或是改了扩展名的其他文件）",
        "not a valid XLSX file (damaged, incomplete, or another file renamed to .xlsx)",
    ),
    (
        "{} 解压后 {} 字节，超过上限 {} 字节",
        "{} is {} bytes when unpacked, over the limit of {} bytes",
    ),
    ("无法读取此 XLSX 文件：{}", "cannot read this XLSX file: {}"),
    ("工作簿中没有工作表", "the workbook has no sheets"),
    (
        "第一个工作表“{}”是隐藏的；请把要导入的表放在第一个并显示它",
        'the first sheet "{}" is hidden; put the sheet to import first and unhide it',
    ),
    (
        "不支持的文件类型“{}”，请使用 CSV 或 XLSX",
        'file type "{}" is not supported; use CSV or XLSX',
    ),
    ("文件是空的", "the file is empty"),
    ("文件只有表头，没有数据行", "the file has a header but no data rows"),
    ("标为 UTF-8 的文件中有无效字节", "invalid bytes in a file marked as UTF-8"),
    ("标为 UTF-16 的文件中有无效字节", "invalid bytes in a file marked as UTF-16"),
    ("CSV 格式错误：{}", "CSV syntax error: {}"),
    ("工作表内容已损坏，无法读取：{}", "the sheet is damaged and cannot be read: {}"),
    ("未知的列“{}”", 'unknown column "{}"'),
    ("缺少必需的列“{}”", 'required column "{}" is missing'),
    ("列“{}”重复", 'column "{}" appears twice'),
    ("该行的值比表头的列多", "this row has more values than the header has columns"),
    (
        "公式单元格没有保存计算结果；请在 Excel 中打开并保存，或把公式换成数值",
        "a formula cell has no saved result; open and save the file in Excel, or replace the formula by its value",
    ),
    (
        "单元格是日期或时间格式，请改为文本格式后重新输入",
        "the cell is formatted as a date or time; format it as text and type it again",
    ),
    # the database file (storage)
    ("数据库文件不存在：{}", "database file not found: {}"),
    ("恢复后的数据库未通过完整性检查：{}", "the restored database failed the integrity check: {}"),
    ("无法备份 {}：{}", "cannot back up {}: {}"),
    ("无法恢复到 {}：{}", "cannot restore to {}: {}"),
    ("“{}”不是可读的 SQLite 数据库：{}", '"{}" is not a readable SQLite database: {}'),
    (
        "备份校验失败（{}），原数据库可能已损坏：{}",
        "the backup check failed ({}); the original database may be damaged: {}",
    ),
    ("“{}”不是本程序的赛事数据库", '"{}" is not an event database of this program'),
    (
        "无法打开“{}”：它不是数据库文件，或已损坏；文件未被改动",
        'cannot open "{}": it is not a database file, or it is damaged; the file was not changed',
    ),
    ("数据库正忙，请稍后重试", "the database is busy, try again shortly"),
    (
        "数据库中保存的设置已损坏，无法读取（第 {} 个字符处：{}）。成绩数据未被改动；请运行 competition-app audit verify 检查，或从备份恢复",
        "a setting stored in the database is damaged and cannot be read (at character {}: {})."
        " The marks were not changed; run competition-app audit verify to check, or restore a"
        " backup",
    ),
    (
        "数据库中保存的设置已损坏，无法读取。成绩数据未被改动；请运行 competition-app audit verify 检查，或从备份恢复",
        "a setting stored in the database is damaged and cannot be read. The marks were not"
        " changed; run competition-app audit verify to check, or restore a backup",
    ),
    (
        "数据库文件{}是只读的，未保存本次操作；请把它复制到可以写入的位置（不是写保护的 U 盘或光盘），或去掉只读属性后重新打开",
        "the database file{} is read-only, nothing was saved; copy it somewhere it can be written"
        " (not a write-protected USB stick or disc), or clear its read-only mark, and open it again",
    ),
    (
        "磁盘空间已满，未保存本次操作；请腾出空间后重试",
        "the disk is full, nothing was saved; free some space and try again",
    ),
    (
        "读写数据库文件{}时磁盘出错（disk I/O error），未保存本次操作；请检查磁盘或 U 盘是否仍连接、可写后重试",
        "a disk error (disk I/O error) while using the database file{}; nothing was saved. Check that"
        " the disk or USB stick is still connected and writable, and try again",
    ),
    (
        "数据库 {} 由更新版本的程序创建（结构版本 {}），本程序无法安全打开。请升级程序后再打开。",
        "database {} was made by a newer version of the program (schema {}); this version cannot open"
        " it safely. Upgrade the program and open it again.",
    ),
    (
        "无法连接数据库服务器 {}，请检查网络和服务器后重试",
        "cannot reach the database server {}; check the network and the server and try again",
    ),
    (
        "“{}”中的“{}”不能用 GBK 编码；请改用 UTF-8 导出（默认，Excel 可直接打开）",
        '"{1}" in "{0}" cannot be written in GBK; export in UTF-8 instead (the default, which Excel opens directly)',
    ),
    (
        "不支持的文件类型“{}”，请使用 CSV、XLSX 或 XLS",
        'unsupported file type "{}"; use CSV, XLSX or XLS',
    ),
    (
        "不是有效的 XLS 文件（内容是{}）；请在 Excel 中另存为 XLSX 后再导入",
        "not a valid XLS file (its content is {}); save it as XLSX in Excel and import that",
    ),
    ("无法读取此 XLS 文件：{}", "cannot read this XLS file: {}"),
    ("其他格式", "another format"),
)
