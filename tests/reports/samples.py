"""Made-up but realistic contestants, results and certificates for the report tests."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from competition_app.domain.certificate_codes import certificate_facts, make_code
from competition_app.domain.results import FLAG_TIE_DECISION, ResultRow
from competition_app.reports.certificate import CertificateData

EVENT = "2022年江北区“北岸匠星”职业技能大赛"
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚建华文辉力俊峰鑫宇浩然轩涵诺欣怡"
UNITS = (
    "宁波市江北区北岸机械制造有限公司",
    "江北区职业技术学校",
    "宁波甬江电气设备股份有限公司",
    "慈城镇中心工业园区精密模具厂",
    "宁波市第二技师学院",
)
ID_NUMBER = "330205199001011234"
SECRET = b"test-event-secret"


def name_for(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def result_rows(n: int, seed: int = 7) -> list[ResultRow]:
    """`n` rows as the engine returns them: ranked by total, with a tie at 4th, one absent
    contestant and one row missing marks at the end."""
    rng = random.Random(seed)
    totals = []
    for i in range(n):
        theory = Decimal(rng.randint(5000, 9900)) / 100
        practical = Decimal(rng.randint(5000, 9900)) / 100
        total = (theory * Decimal("0.3") + practical * Decimal("0.7")).quantize(Decimal("0.01"))
        totals.append((total, theory, practical, i))
    totals.sort(reverse=True)
    rows: list[ResultRow] = []
    for k, (total, theory, practical, i) in enumerate(totals):
        award = (
            "一等奖"
            if k < n * 0.1
            else "二等奖"
            if k < n * 0.3
            else "三等奖"
            if k < n * 0.6
            else ""
        )
        rows.append(
            ResultRow(
                key=f"k{i}",
                number=f"JB{i + 1:05d}",
                name=name_for(rng),
                unit=UNITS[i % len(UNITS)],
                team="",
                group="职工组",
                status="ok",
                components={"theory": theory, "practical": practical},
                total=total,
                rank=k + 1,
                tied=False,
                award=award,
                titles=("技术能手",) if k < 3 else (),
            )
        )
    if n >= 6:
        a, b = rows[3], rows[4]
        rows[3] = ResultRow(
            **{**a.__dict__, "rank": 4, "tied": True, "flags": (FLAG_TIE_DECISION,)}
        )
        rows[4] = ResultRow(**{**b.__dict__, "rank": 4, "tied": True, "total": a.total})
        last = rows[-1]
        rows[-1] = ResultRow(
            **{**last.__dict__, "status": "absent", "rank": None, "total": None, "award": "",
               "components": {"theory": None, "practical": None}}
        )  # fmt: skip
    return rows


def certificate(i: int = 1, *, unit: str = UNITS[0], name: str = "张三丰") -> CertificateData:
    serial = f"JB2022-{i:04d}"
    facts = certificate_facts(name=name, unit=unit, trade="钳工", award="一等奖", event=EVENT)
    return CertificateData(
        serial=serial,
        code=make_code(serial, facts, SECRET),
        name=name,
        unit=unit,
        trade="钳工",
        award="一等奖",
        title="技术能手",
        event=EVENT,
        date=date(2022, 7, 28),
        issuer="江北区人力资源和社会保障局",
        group="职工组",
    )


def certificates(n: int) -> list[CertificateData]:
    rng = random.Random(3)
    return [certificate(i + 1, unit=UNITS[i % 5], name=name_for(rng)) for i in range(n)]
