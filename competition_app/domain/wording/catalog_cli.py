"""English for the refusals the command line itself raises (its options and look-ups)."""

from __future__ import annotations

CATALOG: tuple[tuple[str, str], ...] = (
    (
        "--order 和 --reason 只用于 results decide / undecide（裁定并列）",
        "--order and --reason are only for results decide / undecide (deciding a tie)",
    ),
    (
        "results decide 需要 --order：按名次先后列出并列选手的参赛证号，逗号分隔",
        "results decide needs --order: the tied contestants' entry numbers in the order decided, separated by commas",
    ),
    (
        "results undecide 需要 --number：并列中任一位选手的参赛证号",
        "results undecide needs --number: the entry number of any contestant of the tie",
    ),
    (
        "本数据库已设置用户：修改数据的命令须用 --user 姓名 登录"
        "（密码在提示时输入，或用环境变量 COMPETITION_APP_PASSWORD）",
        "this database has users: commands that change data need --user NAME"
        " (the password is asked for, or taken from COMPETITION_APP_PASSWORD)",
    ),
    ("xlsx 格式需要 --output 文件名", "the xlsx format needs an --output file name"),
    (
        "--number 只用于 results explain（说明一位选手的成绩是怎样算出来的）",
        "--number is only for results explain (how one contestant's result was worked out)",
    ),
    (
        "results explain 需要 --number 参赛证号（盲评未解密时为工件号）",
        "results explain needs --number, the entry number (the work code while blind marks are sealed)",
    ),
    ("两次输入的密码不一致", "the two passwords differ"),
    ("赛事 {} 没有裁判“{}”", 'event {} has no judge "{}"'),
    ("赛事 {} 没有参赛证号“{}”的选手", 'event {} has no contestant with entry number "{}"'),
    ("分数不能为空", "the mark must not be empty"),
    (
        "“{}”应写成 参赛证号:评分项=分数，如 2001:e1=35",
        '"{}" must be written entry-number:criterion=mark, e.g. 2001:e1=35',
    ),
    ("没有裁判“{}”", 'there is no judge "{}"'),
    ("赛事 {} 没有编号为 {} 的申诉", "event {} has no appeal number {}"),
    ("找不到公钥文件 {}", "public key file {} not found"),
    ("公钥文件 {} 是一个文件夹，不是文件", "public key file {} is a folder, not a file"),
    ("无法读取公钥文件 {}：{}", "cannot read public key file {}: {}"),
    (
        "公钥文件 {} 过大，不是 print key 生成的公钥文件",
        "public key file {} is too large to be one print key wrote",
    ),
    (
        "公钥文件 {} 不是 UTF-8 文本，不是 print key 生成的公钥文件",
        "public key file {} is not UTF-8 text, not one print key wrote",
    ),
    ("更正的分数不能为空", "the corrected mark must not be empty"),
    (
        "直接录入的成绩没有裁判，不能与 --judge 同用",
        "a directly entered score has no judge: --judge cannot go with --component",
    ),
    (
        "离线核验须用 --key 给出赛事公布的公钥文件",
        "an offline check needs --key, the public key file the event published",
    ),
)
