"""A realistic demo event: five trades, a few hundred contestants, judges and most marks entered."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select

from competition_app.domain.rules_io import rules_from_mapping
from competition_app.io.event_file import EventDefinition, JudgeDefinition, TradeDefinition
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.integrity.row_seals import seal_event
from competition_app.services.setup.events import create_event
from competition_app.storage.models import (
    Component,
    ComponentScore,
    Contestant,
    Criterion,
    CriterionMark,
    Event,
    Judge,
    Trade,
)

DEMO_NAME = "2022年江北区“北岸匠星”职业技能大赛（演示）"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强丛华车冉房边"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华文辉力志鹏飞宇浩然子涵欣怡梓轩晨阳思远嘉豪俊杰雨婷佳琪博文天佑海峰国庆建国红梅玉兰春生冬梅永强金凤小龙"
UNITS = [
    "重庆长安汽车股份有限公司",
    "江北区职业教育中心",
    "重庆机床集团有限责任公司",
    "重庆市工业技师学院",
    "国网重庆市电力公司江北供电分公司",
    "重庆建设工业（集团）有限责任公司",
    "重庆红江机械有限责任公司",
    "江北区观音桥街道社区服务中心",
    "重庆川仪自动化股份有限公司",
    "重庆轻工职业学院",
]
# Judges come from bodies that send no contestants, so no judge must stand aside (回避).
JUDGE_UNITS = [
    "重庆市职业技能鉴定指导中心",
    "重庆市机械工程学会",
    "重庆大学机械与运载工程学院",
    "重庆市电力行业协会",
    "重庆市焊接学会",
]
AREA_CODES = ["500105", "500103", "500112", "500106", "510104", "330106"]


def _id_number(rng: random.Random) -> str:
    body = (
        rng.choice(AREA_CODES)
        + f"{rng.randint(1975, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        + f"{rng.randint(0, 999):03d}"
    )
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]
    return body + check


def _trade_defs() -> list[TradeDefinition]:
    def crit(code: str, name: str, comp: str, mx: int, kind: str = "measurement") -> dict[str, Any]:
        return {"code": code, "name": name, "component": comp, "max": str(mx), "kind": kind}

    specs: list[tuple[str, str, dict[str, Any], tuple[str, ...]]] = [
        (
            "fitter",
            "钳工",
            {
                "preset": "cn-provincial",
                "criteria": [
                    crit("f1", "尺寸精度", "practical", 40),
                    crit("f2", "形位公差", "practical", 20),
                    crit("f3", "表面粗糙度", "practical", 15),
                    crit("f4", "装配与功能", "practical", 15),
                    crit("f5", "安全文明生产", "practical", 10, "judgement"),
                ],
                "panel": {"method": "mean", "spread_tolerance": "3"},
                "titles": [{"name": "技术能手", "top_n": 3}],
                "promotions": {"一等奖": "技师", "二等奖": "高级工"},
            },
            ("职工组", "学生组"),
        ),
        (
            "electrician",
            "电工",
            {
                "preset": "cn-electrician",
                "criteria": [
                    crit("e1", "电路设计", "practical", 20),
                    crit("e2", "安装工艺", "practical", 30),
                    crit("e3", "通电调试", "practical", 35),
                    crit("e4", "安全规范", "practical", 15),
                ],
                "panel": {"method": "single"},
            },
            (),
        ),
        (
            "cnc_lathe",
            "数控车工",
            {
                "preset": "cn-fixed",
                "components": [
                    {"code": "theory", "name": "理论知识", "weight": "0.3"},
                    {"code": "practical", "name": "操作技能", "weight": "0.7"},
                ],
                "criteria": [
                    crit("c1", "程序编制", "practical", 20),
                    crit("c2", "尺寸精度", "practical", 50),
                    crit("c3", "表面质量", "practical", 20),
                    crit("c4", "安全文明生产", "practical", 10),
                ],
                "panel": {"method": "single"},
            },
            (),
        ),
        (
            "welder",
            "焊工",
            {
                "preset": "cn-provincial",
                "criteria": [
                    crit("w1", "焊缝外观", "practical", 40, "judgement"),
                    crit("w2", "射线探伤", "practical", 40),
                    crit("w3", "安全文明生产", "practical", 20),
                ],
                "panel": {"method": "trimmed_mean", "trim_min_judges": 5, "spread_tolerance": "6"},
                "forbid_shared_top": 3,
            },
            (),
        ),
        (
            "electronics",
            "电子技术",
            {
                "preset": "worldskills",
                "criteria": [
                    crit("x1", "电路功能测试", "practical", 40),
                    crit("x2", "PCB 设计", "practical", 25),
                    crit("x3", "焊接工艺", "practical", 20, "judgement"),
                    crit("x4", "文档与安全", "practical", 15, "judgement"),
                ],
                "panel": {"method": "worldskills_judgement", "spread_tolerance": "1"},
            },
            (),
        ),
    ]
    out = []
    for code, name, mapping, groups in specs:
        out.append(
            TradeDefinition(
                code=code,
                name=name,
                preset=mapping["preset"],
                rules=rules_from_mapping(mapping, where=code),
                groups=groups,
            )
        )
    return out


def build_demo_event(
    ctx: Context, *, seed: int = 2022, per_trade: int = 48, new: bool = False
) -> int:
    """Create the demo event (or return the one already in this database)."""
    require(ctx, "events")
    with ctx.db.reading() as s:
        found = s.scalars(select(Event.id).where(Event.name == DEMO_NAME)).first()
    if found is not None and not new:
        return found
    rng = random.Random(seed)
    trades = _trade_defs()
    judges = []
    prefixes = {
        "fitter": "QG",
        "electrician": "DG",
        "cnc_lathe": "SK",
        "welder": "HG",
        "electronics": "DZ",
    }
    for t in trades:
        size = {"welder": 5, "fitter": 3, "electronics": 3}.get(t.code, 1)
        for k in range(size):
            judges.append(
                JudgeDefinition(
                    code=f"{prefixes[t.code]}{k + 1}",
                    name=_name(rng),
                    unit=rng.choice(JUDGE_UNITS),
                    trades=(t.code,),
                )
            )
        judges.append(
            JudgeDefinition(
                code=f"{prefixes[t.code]}C",
                name=_name(rng),
                unit=rng.choice(JUDGE_UNITS),
                role="chief_judge",
                trades=(t.code,),
            )
        )
    event_id = create_event(
        ctx,
        EventDefinition(
            name=DEMO_NAME,
            date="2022-07-20",
            organizer="江北区人力资源和社会保障局",
            venue="江北区职业教育中心实训楼",
            team_best_n=3,
            settings={
                "issuer": "江北区人力资源和社会保障局",
                "notice_days": 5,
                "objection_deadline": "各工种比赛结束后 2 小时内",
                "objection_office": "大赛监督仲裁组（实训楼 A101）",
                "objection_phone": "0574-87654321",
                "signatures": ["裁判员", "裁判长", "监督员"],
                "english": {
                    "event": "2022 Jiangbei District Vocational Skills Competition (demo)",
                    "issuer": "Jiangbei District Human Resources and Social Security Bureau",
                    "trades": {
                        "fitter": "Fitter",
                        "electrician": "Electrician",
                        "cnc_lathe": "CNC Lathe Operator",
                        "welder": "Welder",
                        "electronics": "Electronics Technician",
                    },
                    "groups": {"职工组": "Staff", "学生组": "Students"},
                    "honours": {
                        "一等奖": "First Prize",
                        "二等奖": "Second Prize",
                        "三等奖": "Third Prize",
                        "优胜奖": "Merit Award",
                        "技术能手": "Technical Expert",
                    },
                },
            },
            trades=tuple(trades),
            judges=tuple(judges),
        ),
    )
    with ctx.db.unit_of_work() as s:
        number = 1000
        for ti, trade in enumerate(s.scalars(select(Trade).where(Trade.event_id == event_id))):
            tdef = trades[ti]
            crits = list(s.scalars(select(Criterion).where(Criterion.trade_id == trade.id)))
            comps = list(s.scalars(select(Component).where(Component.trade_id == trade.id)))
            panel = [
                j.id
                for j in s.scalars(select(Judge).where(Judge.event_id == event_id))
                if j.role == "judge" and trade in j.trades
            ]
            rows = []
            for k in range(per_trade):
                number += 1
                status = "ok"
                if k in (7, 31):
                    status = "absent"
                elif k == 12 and ti == 0:
                    status = "out_of_competition"
                rows.append(
                    {
                        "event_id": event_id,
                        "trade_id": trade.id,
                        "number": str(number),
                        "name": _name(rng),
                        "gender": rng.choice("男男男女"),
                        "id_number": _id_number(rng),
                        "unit": (unit := rng.choice(UNITS)),
                        "team": unit,
                        "group_name": tdef.groups[k % len(tdef.groups)] if tdef.groups else "",
                        "status": status,
                        "version": 1,
                        "time_minutes": Decimal(rng.randint(150, 240)) if status == "ok" else None,
                    }
                )
            s.execute(insert(Contestant), rows)
            people = list(s.scalars(select(Contestant).where(Contestant.trade_id == trade.id)))
            marks, scores = [], []
            for c in people:
                if c.status == "absent":
                    continue
                skill = Decimal(rng.randint(55, 98)) / 100
                for comp in comps:
                    if tdef.rules.is_direct(comp.code):
                        v = min(
                            comp.max_score,
                            (comp.max_score * skill + rng.randint(-8, 6)).quantize(Decimal("0.5")),
                        )
                        scores.append(
                            {
                                "contestant_id": c.id,
                                "component_id": comp.id,
                                "score": max(Decimal(0), v),
                                "entered_by": "演示",
                                "version": 1,
                            }
                        )
                # The last few contestants of the fitter trade still wait for their marks.
                if ti == 0 and c.number.endswith(("45", "46", "47")):
                    continue
                for cr in crits:
                    limit = tdef.rules.mark_limit(tdef.rules.criterion(cr.code))
                    for j in panel if tdef.rules.panel.method != "single" else [0]:
                        if limit == 3:
                            v = (skill * 3 + Decimal(rng.choice((-1, 0, 0, 1))) / 2).quantize(
                                Decimal(1)
                            )
                        else:
                            v = (limit * skill + Decimal(rng.randint(-20, 10)) / 10).quantize(
                                Decimal("0.5")
                            )
                        marks.append(
                            {
                                "contestant_id": c.id,
                                "criterion_id": cr.id,
                                "judge_id": j,
                                "mark": min(limit, max(Decimal(0), v)),
                                "entered_by": "演示",
                                "version": 1,
                            }
                        )
            if marks:
                s.execute(insert(CriterionMark), marks)
            if scores:
                s.execute(insert(ComponentScore), scores)
        seal_event(s, event_id)  # written in bulk, past the ORM's sealing hook
        audit.record(
            s, ctx, "demo.build", event_id=event_id, entity="event", key=str(event_id),
            new={"contestants": s.execute(select(func.count()).select_from(Contestant).where(
                Contestant.event_id == event_id)).scalar_one()},
        )  # fmt: skip
    return event_id


def _name(rng: random.Random) -> str:
    given = rng.choice(GIVEN) if rng.random() < 0.4 else rng.choice(GIVEN) + rng.choice(GIVEN)
    return rng.choice(SURNAMES) + given
