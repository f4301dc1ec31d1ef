"""English for what the command line prints for a person (`--lang en`): its confirmations,
findings, notes, prompts and the words in its human tables. Names, codes and numbers inside
them are holes and stay as they are; the CSV contract is not worded at all."""

from __future__ import annotations

CATALOG: tuple[tuple[str, str], ...] = (
    ("已记录裁定：{}", "Decision recorded: {}"),
    ("第 {} 名：{}", "place {}: {}"),
    ("已撤销裁定：{} 的 {} 重新并列", "Decision withdrawn: in {}, {} share their place again"),
    # confirmations
    ("已创建赛事“{}”，{} 个工种", 'Created event "{}" with {} trades'),
    ("已导出到 {}", "Exported to {}"),
    ("已导入 {} 名选手", "Imported {} contestants"),
    ("已导入 {} 名裁判", "Imported {} judges"),
    (
        "已导入 {} 行：{} 个评分项分数，{} 个成绩，{} 个用时",
        "Imported {} rows: {} criterion marks, {} scores, {} times",
    ),
    ("演示赛事已建在 {}", "The demo event was built in {}"),
    ("已登记申诉 {}", "Recorded appeal {}"),
    ("已修改 {} 个分数", "Changed {} marks"),
    ("收到时间", "time received"),
    ("已把赛事“{}”导出到 {}", 'Exported event "{}" to {}'),
    (
        "已导入赛事“{}”：{} 个工种，{} 名选手，{} 名裁判，{} 个分数",
        'Imported event "{}": {} trades, {} contestants, {} judges, {} marks',
    ),
    ("已备份到 {}（{} KB）", "Backed up to {} ({} KB)"),
    (
        "已从 {} 恢复：{} 个赛事，{} 个工种，{} 名选手，{} 个分数；最后修改于 {}",
        "Restored from {}: {} events, {} trades, {} contestants, {} marks; last changed {}",
    ),
    (
        "恢复前的数据已另存为安全副本，可用 backup list 查看。",
        "The data before the restore was kept as a safety copy; backup list shows it.",
    ),
    (
        "已为 {} 名选手生成检录号和工件号",
        "Generated check-in numbers and work-piece codes for {} contestants",
    ),
    ("一次加密（参赛证号 -> 检录号）  {}", "First layer (entry number -> check-in number)  {}"),
    ("二次加密（检录号 -> 工件号）  {}", "Second layer (check-in number -> work-piece code)  {}"),
    (
        "已生成加密表：{}（打印后请密封，已记入审计日志）",
        "Wrote the code tables: {} (seal them once printed; recorded in the audit log)",
    ),
    ("已生成评分一致性分析表：{}", "Wrote the judge-analysis sheet: {}"),
    ("已生成 {} 张证书：{}", "Wrote {} certificate(s): {}"),
    ("已生成公钥文件：{}（指纹 {}）", "Wrote the public key file: {} (fingerprint {})"),
    ("已生成成绩公示表：{}", "Wrote the public result sheet: {}"),
    ("已生成内部成绩审核表：{}", "Wrote the internal result sheet: {}"),
    ("已生成表格：{}", "Wrote the forms: {}"),
    ("已生成团体成绩表：{}", "Wrote the team standings sheet: {}"),
    ("已生成套打校准页：{}", "Wrote the calibration page: {}"),
    ("已生成{}：{}", "Wrote {}: {}"),
    ("内部成绩审核表", "the internal result sheet"),
    ("表格", "the forms"),
    ("团体成绩表", "the team standings sheet"),
    ("套打校准页", "the calibration page"),
    ("已写入 {}", "Wrote {}"),
    ("裁判 {} {} 评 {}：{}", "Judge {} {} on {}: {}"),
    ("已登记：裁判 {} 回避选手 {}", "Recorded: judge {} stands aside for contestant {}"),
    ("已保存：{}", "Saved: {}"),
    ("已裁定：{}", "Ruled: {}"),
    ("第{}遍已录入：{}", "Pass {} entered: {}"),
    ("已锁定工种“{}”的成绩", 'Locked the results of trade "{}"'),
    (
        "已解锁工种“{}”（原因已记入审计日志）",
        'Unlocked trade "{}" (the reason is in the audit log)',
    ),
    ("已添加用户“{}”（{}）", 'Added user "{}" ({})'),
    (
        "本数据库从此需要登录：修改数据的命令须加 --user 姓名。",
        "This database now needs a log-in: commands that change data need --user NAME.",
    ),
    ("已更改“{}”的密码", 'Changed the password of "{}"'),
    ("“{}”现在是{}", '"{}" is now {}'),
    ("“{}”已启用", '"{}" is enabled'),
    ("“{}”已停用", '"{}" is disabled'),
    ("“{}”已{}", '"{}": {}'),
    ("已安装审计密钥：{}（指纹 {}）", "Installed the audit key: {} (fingerprint {})"),
    ("审计密钥：{}（指纹 {}）", "Audit key: {} (fingerprint {})"),
    ("恢复码：{}", "Recovery code: {}"),
    # prompts
    ("“{}”的密码：", 'Password of "{}": '),
    ("裁判长“{}”的密码：", 'Password of the chief judge "{}": '),
    ("新用户的密码：", "Password of the new user: "),
    ("再输入一次：", "Once more: "),
    ("（日志文件无法写入）", "(the log file cannot be written)"),
    # findings
    (
        "审计日志完整：{} 条记录，链头 {}，密钥指纹 {}；锁定状态与用户均与日志一致，"
        "分数、成绩与选手记录的封签均相符",
        "The audit log is intact: {} entries, head {}, key fingerprint {}; locks and users"
        " agree with the log, and the seals of marks, scores and contestants all match",
    ),
    ("审计日志被改动：{}", "The audit log was altered: {}"),
    ("第一个有问题的记录：{}", "First bad entry: {}"),
    ("数据与审计日志不符：{}", "The data disagrees with the audit log: {}"),
    ("抽签结果与种子 {} 重算的结果一致", "The draw matches the draw recomputed from seed {}"),
    (
        "抽签结果与种子 {} 重算的结果不一致：",
        "The draw differs from the draw recomputed from seed {}:",
    ),
    (
        "工种：{}（{}）  场次容量：{}  第 {} 次抽签  {}  操作人：{}",
        "Trade: {} ({})  session capacities: {}  draw {}  {}  by: {}",
    ),
    ("种子：{}", "Seed: {}"),
    ("种子 {}（第 {} 次抽取，{}，{}）", "Seed {} (draw {}, {}, {})"),
    # the re-check summary (services/results/recheck_status: one line the CLI and window show)
    (
        "已复核 {}/{} 份评分表，抽查 {} 份中更正 {} 份（差错率 {}，阈值 {}）",
        "Checked {0}/{1} score sheets; {3} of the {2} sampled corrected"
        " (error rate {4}, threshold {5})",
    ),
    (
        "已复核 {}/{} 份评分表，抽查 {} 份中更正 {} 份（差错率 {}，阈值 {}），已扩大为全部复核",
        "Checked {0}/{1} score sheets; {3} of the {2} sampled corrected"
        " (error rate {4}, threshold {5}); widened to a full re-check",
    ),
    (
        "警告：加密号表与生成时记录的指纹不符，可能被改动过",
        "Warning: the code table does not match the fingerprint recorded when it was generated;"
        " it may have been altered",
    ),
    ("本工种未启用复核", "Double entry is not on for this trade"),
    (
        "应录 {}，已核对 {}，待另一遍 {}，不一致 {}，未录 {}",
        "expected {}, verified {}, waiting for the other pass {}, mismatched {}, missing {}",
    ),
    ("分析的评分组（两名以上裁判评分）：{}", "Panels analysed (marked by two judges or more): {}"),
    (
        "评价分一致（相差不超过 {} 分）：{} {} {}",
        "Judgement marks in agreement (within {} points): {} {} {}",
    ),
    ("注意：{}，分数仍可能变动", "Note: {}; the marks may still change"),
    ("未计入盲评未解密的工种：{}", "Not counted (blind marks still sealed): {}"),
    # `verify` of a code no certificate here has (the services' template with the middle part
    # empty: a hole never matches nothing)
    (
        "本数据库未颁发此证书（验证码 {}-{}）；请核对验证码是否抄错，或到颁发它的赛事数据库核验、"
        "用二维码离线核验",
        "This database did not issue this certificate (code {}-{}); check that the code was copied"
        " correctly, or verify it in the database of the event that issued it, or offline with"
        " the QR code",
    ),
    # check-in
    ("第{}场 {}号工位", "Session {}, station {}"),
    ("第{}场", "Session {}"),
    ("未抽签", "No lots drawn"),
    ("（已检录过）", " (already checked in)"),
    ("  检录号 {}", "  check-in number {}"),
    ("  迟到 {} 分钟（{} 开始）", "  {} minutes late (starts {})"),
    ("{}: 缺考", "{}: absent"),
    ("已到 {}（其中迟到 {}）", "present {} ({} late)"),
    ("已到 {}", "present {}"),
    ("{}：应到 {}，{}，缺考 {}", "{}: expected {}, {}, absent {}"),
    ("迟到 {} 人", "{} late"),
    # a verified certificate
    ("证书编号：{}", "Certificate number: {}"),
    ("姓名：{}", "Name: {}"),
    ("单位：{}", "Unit: {}"),
    ("赛事：{}", "Event: {}"),
    ("工种：{}", "Trade: {}"),
    ("奖项：{}", "Award: {}"),
    ("称号：{}", "Title: {}"),
    ("颁发时间：{}", "Issued: {}"),
    # the words in human tables (users, backups, re-check, double entry)
    ("是", "yes"),
    ("organizer（赛务管理员）", "organizer (organizer)"),
    ("chief_judge（裁判长）", "chief_judge (chief judge)"),
    ("judge（裁判员/记分员）", "judge (judge/clerk)"),
    ("encryption_judge（加密裁判）", "encryption_judge (encryption judge)"),
    ("viewer（只读用户）", "viewer (viewer)"),
    ("定时自动", "scheduled"),
    ("手动", "manual"),
    ("恢复前的安全副本", "safety copy before a restore"),
    ("导入归档前", "before importing an archive"),
    ("前列全检", "top, in full"),
    ("随机抽查", "drawn at random"),
    ("扩大全检", "full re-check"),
    ("待复核", "to check"),
    ("已确认", "confirmed"),
    ("已更正", "corrected"),
    ("（分数已变，须重新复核）", " (marks changed since: check again)"),
    ("未录入", "not entered"),
    ("待另一遍", "waiting for the other pass"),
    ("一致", "verified"),
    ("不一致", "mismatch"),
    ("裁判长已裁定", "settled by the chief judge"),
    ("成绩未录完", "marks missing"),
    ("并列待裁判长裁定", "tie for the chief judge"),
    ("评分差异超限", "panel spread"),
    ("并列跨奖项", "tie across awards"),
    ("抽样复核名单", "re-check list"),
)
