"""English for the messages of the services: setup, registration, contest day, scoring, results
and printing (integrity and backup are in `catalog_integrity`)."""

from __future__ import annotations

CATALOG: tuple[tuple[str, str], ...] = (
    ("另有 {} 个分数同样不能导入", "and {} more marks cannot be imported either"),
    (
        "工种“{}”未设组别：表中的组别（{}）只作记录，该工种全部选手一同排名",
        'Trade "{}" declares no groups: the groups in the form ({}) are kept as a note only, and'
        " all its contestants are ranked together",
    ),
    ("{} 没有与他人并列，无需裁定", "Nobody shares a place with {}: there is nothing to decide"),
    (
        "工种“{}”中没有参赛证号（或工件号）{}",
        'Trade "{}" has no entry number (or work-piece code) {}',
    ),
    ("撤销裁定必须填写原因", "Withdrawing a decision needs a reason"),
    ("裁定并列必须填写依据", "Deciding a tie needs its grounds (the reason)"),
    (
        "请按名次先后列出并列的选手",
        "List the tied contestants in the order decided, first place first",
    ),
    ("这一并列尚未裁定", "This tie has not been decided"),
    # setup
    ("没有编号为 {} 的赛事", "there is no event with id {}"),
    ("赛事名称不能为空", "the event name must not be empty"),
    ("公示期应为 0–{} 个工作日", "the notice period must be 0–{} working days"),
    (
        "工种代码只能用字母、数字、下划线和连字符",
        "a trade code may only use letters, digits, underscores and hyphens",
    ),
    ("工种名称不能为空", "the trade name must not be empty"),
    ("没有规则预设“{}”", 'there is no rules preset "{}"'),
    ("工种代码“{}”已被使用", 'trade code "{}" is already used'),
    (
        "工种“{}”已有 {} 个分数，删除前须确认（确认的是 {} 个）",
        'trade "{}" has {} marks; removing it needs confirmation (confirmed for {})',
    ),
    ("结束时间", "end time"),
    ("场次开始时间", "session start times"),
    ("不能同时设置和清除结束时间", "cannot set and clear the end time at once"),
    (
        "工种“{}”已有 {} 个分数，不能再启用复核",
        'trade "{}" already has {} marks; verified entry can no longer be turned on',
    ),
    (
        "工种“{}”已有 {} 个分数，不能再改为盲评：裁判已看到选手",
        'trade "{}" already has {} marks; it cannot become blind: the judges have seen the'
        " contestants",
    ),
    (
        "工种“{}”已有 {} 个分数，不能再取消盲评：须由加密裁判解密",
        'trade "{}" already has {} marks; blind marking cannot be switched off: the encryption'
        " judge decrypts it",
    ),
    ("{}已有成绩，不能删除", "{} already has marks and cannot be removed"),
    ("组成部分“{}”", 'component "{}"'),
    ("评分项“{}”", 'criterion "{}"'),
    ("工种不存在", "the trade does not exist"),
    # registration
    ("参赛证号为空", "entry number is empty"),
    ("姓名为空", "name is empty"),
    ("未知的状态“{}”", 'unknown status "{}"'),
    ("未知的工种“{}”", 'unknown trade "{}"'),
    ("该选手已被删除", "this contestant has been deleted"),
    (
        "选手 {} 已被他人修改，请刷新后重试",
        "contestant {} was changed by someone else; refresh and try again",
    ),
    ("该选手不存在", "this contestant does not exist"),
    ("参赛证号“{}”已存在", 'entry number "{}" already exists'),
    ("内容过长（{} 个字，最多 {} 个）", "too long ({} characters, at most {})"),
    ("裁判编号为空", "judge code is empty"),
    ("未知的角色“{}”", 'unknown role "{}"'),
    ("该裁判已被删除", "this judge has been deleted"),
    (
        "裁判 {} {} 已录入 {} 个分数，不能删除",
        "judge {} {} has entered {} marks and cannot be removed",
    ),
    ("裁判编号“{}”已存在", 'judge code "{}" already exists'),
    (
        "选手 {} 在预览后被修改过（另一台电脑或本机），请重新导入预览",
        "contestant {} was changed after the preview (on another computer or this one); import and preview again",
    ),
    (
        "{} {} 已报名工种“{}”；换工种请在选手页修改",
        '{} {} is registered in trade "{}"; change the trade on the Contestants page',
    ),
    # contest day: check-in and lots
    ("迟到 {} 分钟（{} {} 开始）", "{} minutes late ({} started at {})"),
    ("比赛", "the contest"),
    ("没有参赛证号“{}”的选手", 'there is no contestant with entry number "{}"'),
    ("选手 {} {} 已被取消资格", "contestant {} {} is disqualified"),
    (
        "选手 {} {} 已检录到场，不能记为缺考",
        "contestant {} {} has checked in and cannot be marked absent",
    ),
    ("抽签种子应为非负整数", "the lot seed must be a whole number, 0 or more"),
    (
        "工种“{}”已于 {} 抽签（种子 {}），重新抽签须确认（命令行加 --force）",
        'lots for trade "{}" were drawn at {} (seed {}); drawing again needs confirmation (--force on the command line)',
    ),
    (
        "工种“{}”没有可以参加抽签的选手",
        'trade "{}" has no contestants who can take part in the draw',
    ),
    ("工种“{}”尚未抽签", 'lots have not been drawn for trade "{}"'),
    ("工种“{}”还没有抽签", 'lots have not been drawn for trade "{}" yet'),
    ("审计记录中没有这次抽签", "this draw is not in the audit trail"),
    ("种子 {} 与审计记录（第 {} 条）不符", "seed {} does not match the audit trail (entry {})"),
    # contest day: blind codes
    ("打印时间：{}年{}月{}日 {}", "Printed: {}-{}-{} {}"),
    (
        "加密表只有一次加密（1）和二次加密（2）两层",
        "code tables have only two layers: first (1) and second (2) encryption",
    ),
    (
        "“{}”不是工件号（三个字母加三个数字，如 KRW-358）",
        '"{}" is not a work code (three letters and three digits, e.g. KRW-358)',
    ),
    ("工种“{}”没有工件号 {}", 'trade "{}" has no work code {}'),
    ("工种“{}”还没有生成加密号", 'no blind codes have been generated for trade "{}" yet'),
    ("{} 是检录号，不是工件号", "{} is a check-in code, not a work code"),
    (
        "工种“{}”的成绩尚未由裁判长锁定，不能解密",
        'the results of trade "{}" are not locked by the chief judge yet; they cannot be decrypted',
    ),
    ("工种“{}”没有加密号", 'trade "{}" has no blind codes'),
    (
        "工种“{}”已有 {} 个分数，不能重新生成加密号",
        'trade "{}" already has {} marks; blind codes cannot be generated again',
    ),
    (
        "工种“{}”为盲评，解密前不能打印{}：{}",
        'trade "{}" is marked blind; {} cannot be printed before decryption: {}',
    ),
    (
        "须先由裁判长锁定成绩，再由加密裁判解密",
        "the chief judge locks the results first, then the encryption judge decrypts them",
    ),
    (
        "已锁定，请加密裁判在“加密”页解密",
        'locked; the encryption judge may decrypt on the "Codes" page',
    ),
    ("（无工件号）", "(no work code)"),
    # scoring
    ("裁判 {} {} 不在评分项“{}”的评分组中", 'judge {} {} is not on the panel of criterion "{}"'),
    ("裁判 {} {} 已登记须回避{}：{}", "judge {} {} is recorded as recused{}: {}"),
    ("（未写原因）", "(no reason given)"),
    ("裁判 {} {} 与{}同属“{}”，须回避", 'judge {} {} and {} both belong to "{}" and must recuse'),
    ("该工件的选手", "the contestant of this work"),
    ("全部评分项", "all criteria"),
    ("该裁判不存在", "this judge does not exist"),
    ("登记回避须写明原因", "a recusal needs a reason"),
    ("撤销回避须写明原因", "withdrawing a recusal needs a reason"),
    ("裁判与工种不属于同一赛事", "the judge and the trade are not in the same event"),
    ("工种“{}”没有评分项：{}", 'trade "{}" has no criterion: {}'),
    ("同单位：{}", "same unit: {}"),
    (
        "工种“{}”启用了复核，评分项分数须由两人各录一遍，不能导入",
        'trade "{}" uses verified entry: criterion marks must be entered twice by two people, not imported',
    ),
    (
        "另一台记分电脑刚刚修改了该选手（用时：{}）。请核对后再修改。",
        "Another scoring computer has just changed this contestant (time: {}). Check before changing it.",
    ),
    (
        "另一台记分电脑刚刚保存了这个分数：{}。请核对后再修改。",
        "Another scoring computer has just saved this mark: {}. Check before changing it.",
    ),
    ("（已清空）", "(cleared)"),
    (
        "工种“{}”启用了复核，分数须由两人各录一遍",
        'trade "{}" uses verified entry: marks must be entered twice by two people',
    ),
    ("工种“{}”没有评分项“{}”", 'trade "{}" has no criterion "{}"'),
    ("“{}”不能直接录入分数", 'marks cannot be entered directly for "{}"'),
    ("只能录入第1遍或第2遍", "only pass 1 or pass 2 can be entered"),
    (
        "单机模式下复核录入须注明录入员姓名（两遍须由两人分别录入）",
        "in single-user mode verified entry needs the clerk's name (the two passes by two people)",
    ),
    (
        "裁定须写明依据（如：核对原始评分表）",
        "a ruling needs its basis (e.g. checked against the original score sheet)",
    ),
    ("工种“{}”未启用复核", 'trade "{}" does not use verified entry'),
    (
        "该分数已核对一致，修改须由裁判长处理",
        "this mark has been verified; only the chief judge can change it",
    ),
    (
        "两遍录入不一致，须由裁判长核对原始评分表后裁定",
        "the two passes differ; the chief judge must rule after checking the original score sheet",
    ),
    ("第{}遍已由“{}”录入", 'pass {} was entered by "{}"'),
    ("两遍录入一致", "the two passes agree"),
    ("裁判长裁定：{}", "chief judge's ruling: {}"),
    ("用时（分钟）", "time (minutes)"),
    # results and locking
    ("解锁必须填写原因", "unlocking needs a reason"),
    (
        "工种“{}”复核未完成（{}/{} 个分数已核对，{} 个不一致），不能锁定",
        'verified entry of trade "{}" is not finished ({}/{} marks verified, {} differ); it cannot be locked',
    ),
    (
        "工种“{}”为盲评，解密前不计算团体成绩",
        'trade "{}" is marked blind; team results are not computed before decryption',
    ),
    (
        "工种“{}”的成绩已由裁判长锁定，不能修改",
        'the results of trade "{}" are locked by the chief judge and cannot be changed',
    ),
    # printing
    (
        "没有名为“{}”的证书版式（可选：{}，或版式文件路径）",
        'there is no certificate layout named "{}" (choose from: {}, or a layout file path)',
    ),
    (
        "签名有效：由公钥指纹为 {} 的赛事签发（离线核验，不含作废信息）",
        "Signature valid: issued by the event whose key fingerprint is {} (checked offline, without voiding information)",
    ),
    ("赛事 {} 没有工种“{}”", 'event {} has no trade "{}"'),
    (
        "成绩还不是最终结果，不能打印正式证书（需要样张可打印带“草稿”水印的样张：打印页勾选“证书打印草稿样张”，命令行加 --draft）：\n{}",
        'The results are not final; official certificates cannot be printed (for a sample, print one with a "draft" watermark: tick “Draft certificates” on the printing page, or add --draft on the command line):\n{}',
    ),
    (
        "偏移量使字段超出纸张：{}；请减小 --dx/--dy",
        "the offsets push fields off the paper: {}; reduce --dx/--dy",
    ),
    ("证书真实有效", "The certificate is genuine"),
    (
        "签名不符：二维码内容被改动，或不是公钥指纹为 {} 的赛事颁发的",
        "Signature does not match: the QR content was altered, or it was not issued by the event whose key fingerprint is {}",
    ),
    (
        "没有获奖或获得称号的选手，没有证书可打印",
        "no contestant has an award or a title; there is no certificate to print",
    ),
    (
        "验证码格式不对：应为“证书编号-校验码”",
        'The verification code is not in the right form: it should be "certificate number-check code"',
    ),
    (
        "本数据库未颁发此证书（验证码 {}-{}）{}；请核对验证码是否抄错，或到颁发它的赛事数据库核验、用二维码离线核验",
        "This database did not issue this certificate (code {}-{}){}; check that the code was copied"
        " correctly, or verify it in the database of the event that issued it, or offline with the QR code",
    ),
    (
        "：本库同编号证书的校验码不同，编号在不同赛事数据库间会重复",
        ": a certificate with the same number here has another check code; numbers repeat across event databases",
    ),
    (
        "校验码与本数据库记录的证书内容不符：证书记录在颁发后被篡改",
        "The check code does not match the certificate recorded in this database: the record was tampered with after issue",
    ),
    ("已作废（成绩已变更）", "void (the results changed)"),
    ("{}，已重新颁发", "{}, reissued"),
    ("{}，需重新打印", "{}, needs reprinting"),
    ("第 {} 行（{}）{}：字库缺字 {}", "row {} ({}) {}: not in the fonts {}"),
    ("第 {} 张（{}）{}：字库缺字 {}", "sheet {} ({}) {}: not in the fonts {}"),
    ("第 {} 张证书 {}：字库缺字 {}", "certificate {} {}: not in the fonts {}"),
    ("第 {} 行 {}：字库缺字 {}", "row {} {}: not in the fonts {}"),
    ("表头 {}：字库缺字 {}", "heading {}: not in the fonts {}"),
    ("赛事 {}：字库缺字 {}", "event {}: not in the fonts {}"),
    ("{}{}{}：字库缺字 {}", "{}{}{}: not in the fonts {}"),
    (
        "以下文字含有字库中没有的字，打印会缺字（核对后可用 --allow-missing-glyphs 照样打印）：\n{}",
        "These texts hold characters no font has; they would print with gaps"
        " (after checking, --allow-missing-glyphs prints anyway):\n{}",
    ),
    ("第 {} 行（{}）", "row {} ({})"),
    ("第 {} 行", "row {}"),
    ("第 {} 张（{}）", "sheet {} ({})"),
    ("第 {} 张证书", "certificate {}"),
    ("表头", "heading"),
    ("赛事", "event"),
    ("获奖证书", "award certificates"),
    ("成绩公示表", "the public result sheet"),
    ("{}签字", "{} signature"),
    ("签字", "signature"),
    ("{} {}{}成绩", "{} {}{} results"),
    ("{} {}检录表", "{} {} check-in sheet"),
    ("第 {} 场", "session {}"),
    ("尚未抽签", "lots not drawn"),
    ("工种“{}”没有评分项目", 'trade "{}" has no criteria'),
    ("工种“{}”没有选手", 'trade "{}" has no contestants'),
    ("未知的表格“{}”（可选：{}）", 'unknown form "{}" (choose from: {})'),
    (
        "对公示结果有异议的，请{}以书面形式向{}提出。",
        "Objections to these results may be made in writing {} to {}.",
    ),
    (
        "对公示结果有异议的，请{}以书面形式向",
        "Objections to these results may be made in writing {} to",
    ),
    ("监督仲裁组", "the supervision and arbitration panel"),
    ("于{}", "by {}"),
    ("受理电话：{}", "Telephone: {}"),
    ("工种“{}”没有组别“{}”", 'trade "{}" has no group "{}"'),
    ("工种“{}”尚未抽取复核样本", 'no re-check sample has been drawn for trade "{}"'),
    ("{}没有参赛证号“{}”的选手", '{} has no contestant with entry number "{}"'),
    ("种子不能为负数", "the seed must not be negative"),
    (
        "工种“{}”还有 {} 名选手成绩未录完，名次未定，不能抽取复核样本",
        'trade "{}" still has {} contestants with marks missing; the ranking is not settled, so no re-check sample can be drawn',
    ),
    ("该选手不在复核名单中", "this contestant is not on the re-check list"),
    (
        "更正的分数与原分数相同；分数无误请用“确认”",
        'the corrected mark equals the stored one; if the mark is right, use "confirm"',
    ),
    (
        "工种“{}”已于 {} 抽取复核样本（种子 {}）；重新抽取须写明原因",
        'the re-check sample of trade "{}" was drawn at {} (seed {}); drawing again needs a reason',
    ),
    (
        "已有 {} 份评分表复核过，不能重新抽取复核样本",
        "{} score sheets have already been re-checked; the sample cannot be drawn again",
    ),
    ("（空）", "(empty)"),
    (
        "工种“{}”抽样复核未完成（{}），不能锁定",
        'the re-check of trade "{}" is not complete ({}); it cannot be locked',
    ),
    ("尚未抽取复核样本", "no re-check sample drawn yet"),
    ("抽样复核更正{}", "re-check correction{}"),
)
