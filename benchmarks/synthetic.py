"""A synthetic city contest: the event file, the registration XLSX and one mark file per trade.

74 trades, 30,000 contestants, 10 criteria marked by 3 judges each (900,000 marks) at scale 1;
`scale` shrinks the number of contestants (the trades and the scoring plan stay the same).
Everything is drawn from a seeded generator, so two runs write the same files.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

from competition_app.domain.id_number import check_digit

TRADES = 74
CONTESTANTS = 30_000
CRITERIA = 10
JUDGES = 3
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国红梅志强海燕"
UNITS = [f"潍坊市第{i}职业技术学校" for i in range(1, 41)] + [
    f"潍坊{n}有限公司" for n in ("机床", "柴油机", "纺织", "电力", "化工", "汽车", "食品", "建工")
]
TRADE_NAMES = [
    "钳工",
    "车工",
    "铣工",
    "焊工",
    "电工",
    "数控车工",
    "数控铣工",
    "汽车维修工",
    "电梯安装维修工",
    "砌筑工",
    "木工",
    "茶艺师",
    "中式烹调师",
    "中式面点师",
    "西式面点师",
    "美发师",
    "美容师",
    "育婴员",
    "养老护理员",
    "保育师",
    "网络与信息安全管理员",
    "电子商务师",
    "物流服务师",
]


@dataclass(frozen=True)
class Files:
    event_toml: Path
    registration_xlsx: Path
    marks_csv: dict[str, Path]  # trade code -> long-form mark file
    contestants: int
    marks: int


def trade_code(i: int) -> str:
    return f"t{i + 1:02d}"


def trade_name(i: int) -> str:
    base = TRADE_NAMES[i % len(TRADE_NAMES)]
    return base if i < len(TRADE_NAMES) else f"{base}（{i // len(TRADE_NAMES) + 1}）"


def event_toml() -> str:
    """The event: every trade marked on 10 criteria of 10 points by a panel of 3 judges."""
    criteria = ",\n".join(
        f'  {{ code = "c{k + 1:02d}", name = "评分项{k + 1}", component = "practical", max = "10" }}'
        for k in range(CRITERIA)
    )
    parts = [
        '[event]\nname = "“技能兴潍”城市职业技能大赛（基准测试）"\ndate = "2024-06-18"\n'
        'organizer = "潍坊市人力资源和社会保障局"\nteam_best_n = 3\n'
    ]
    for i in range(TRADES):
        parts.append(
            f'[[trades]]\ncode = "{trade_code(i)}"\nname = "{trade_name(i)}"\n'
            'preset = "cn-provincial"\ngroups = ["职工组", "学生组"]\n'
            'components = [ { code = "practical", name = "操作技能", weight = "1" } ]\n'
            f"criteria = [\n{criteria}\n]\n"
            'panel = { method = "mean", spread_tolerance = "3" }\n'
            'tie_break = ["total", "practical"]\n'
        )
    for i in range(TRADES):
        for j in range(JUDGES):
            parts.append(
                f'[[judges]]\ncode = "{trade_code(i)}-J{j + 1}"\nname = "裁判{i + 1}-{j + 1}"\n'
                f'trades = ["{trade_code(i)}"]\n'
            )
    return "\n".join(parts)


def _id_number(rng: random.Random) -> str:
    first17 = (
        f"3707{rng.randint(0, 99):02d}"
        f"{rng.randint(1965, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        f"{rng.randint(0, 999):03d}"
    )
    return first17 + check_digit(first17)


def contestant_rows(count: int, seed: int = 2024) -> list[tuple[str, ...]]:
    """(number, name, trade, unit, team, group, id_number, gender) per contestant, trades dealt
    round-robin so every trade has count / 74 contestants."""
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        unit = rng.choice(UNITS)
        rows.append(
            (
                f"{n + 1:06d}",
                rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(("", rng.choice(GIVEN))),
                trade_code(n % TRADES),
                unit,
                unit.removeprefix("潍坊").removeprefix("市"),
                rng.choice(("职工组", "学生组")),
                _id_number(rng),
                rng.choice(("男", "女")),
            )
        )
    return rows


def write(folder: Path, scale: float = 1.0, seed: int = 2024) -> Files:
    """Write the event file, the registration form and the 74 mark files into `folder`."""
    from openpyxl import Workbook

    folder.mkdir(parents=True, exist_ok=True)
    count = round(CONTESTANTS * scale)
    toml = folder / "event.toml"
    toml.write_text(event_toml(), encoding="utf-8")
    rows = contestant_rows(count, seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("报名表")
    ws.append(["参赛证号", "姓名", "工种", "单位", "代表队", "组别", "身份证号", "性别"])
    for r in rows:
        ws.append(list(r))
    xlsx = folder / "registration.xlsx"
    wb.save(xlsx)
    rng = random.Random(seed + 1)
    marks: dict[str, Path] = {}
    per_trade: dict[str, list[str]] = {}
    for r in rows:
        per_trade.setdefault(r[2], []).append(r[0])
    total = 0
    for i in range(TRADES):
        code = trade_code(i)
        path = folder / f"marks-{code}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["number", "criterion", "judge", "mark"])
            for number in per_trade.get(code, []):
                skill = rng.uniform(5.0, 9.5)
                for k in range(CRITERIA):
                    for j in range(JUDGES):
                        mark = min(10.0, max(0.0, skill + rng.uniform(-1.0, 1.0)))
                        w.writerow([number, f"c{k + 1:02d}", f"{code}-J{j + 1}", f"{mark:.1f}"])
                        total += 1
        marks[code] = path
    return Files(toml, xlsx, marks, count, total)
