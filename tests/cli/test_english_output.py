"""`--lang en`: every line a command prints for a person is English, with the same exit status;
without `--lang` the output is the Chinese it always was, byte for byte. Names, trade names
and award names are data and stay as they are; so do the CSV contract and the id line."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
pytestmark = pytest.mark.backends("sqlite")

# U+E000 is drawn by no bundled font: the import goes through with a note on stderr
CSV_GLYPHS = (
    "number,name,trade,unit,team,group,id_number,gender\n"
    "1001,王伟,fitter,重庆长安汽车股份有限公司,,职工组,,男\n"
    "1002,王\ue000,fitter,江北区职业教育中心,,职工组,,男\n"
)
EVENT = ("event", "import", str(EXAMPLES / "event.toml"))
CONTESTANTS = ("contestants", "import", str(EXAMPLES / "contestants.csv"), "--event", "1")
FITTER = ("--event", "1", "--trade", "fitter")
SCORES = ("scores", "import", str(EXAMPLES / "fitter-scores.csv"), *FITTER)
ABSENT = ("checkin", "absent", "--event", "1", "1003")
DRAWN = ("lots", "draw", *FITTER, "--seed", "7", "--sessions", "2x5")


def normalised(text: str) -> str:
    """The output with what changes from run to run (clock, hashes) replaced."""
    text = re.sub(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?", "<time>", text)
    return re.sub(r"\b[0-9a-f]{16}\b", "<hex>", text)


@dataclass(frozen=True)
class Case:
    name: str
    setup: tuple[tuple[str, ...], ...]
    command: tuple[str, ...]
    code: int
    # (stdout, stderr) line by line, in Chinese (no --lang) and in English (--lang en)
    chinese: tuple[tuple[str, ...], tuple[str, ...]]
    english: tuple[tuple[str, ...], tuple[str, ...]]


def _lines(text: str) -> tuple[str, ...]:
    assert text == "" or text.endswith("\n")  # so the lines give the text back byte for byte
    return tuple(normalised(text).split("\n")[:-1])


CASES = (
    Case(
        "event import",
        (),
        EVENT,
        0,
        (("已创建赛事“2022年江北区“北岸匠星”职业技能大赛”，2 个工种", "1"), ()),
        (('Created event "2022年江北区“北岸匠星”职业技能大赛" with 2 trades', "1"), ()),
    ),
    Case(
        "contestants import",
        (EVENT,),
        ("contestants", "import", "{dir}/glyphs.csv", "--event", "1"),
        0,
        (
            ("已导入 2 名选手",),
            (
                "注意：工种“钳工”未设组别：表中的组别（职工组）只作记录，该工种全部选手一同排名",
                "注意：第 3 行 王\ue000：字库缺字 U+E000",
            ),
        ),
        (
            ("Imported 2 contestants",),
            (
                'Note: Trade "钳工" declares no groups: the groups in the form (职工组) are kept as'
                " a note only, and all its contestants are ranked together",
                "Note: Row 3 王\ue000: not in the fonts U+E000",
            ),
        ),
    ),
    Case(
        "scores import",
        (EVENT, CONTESTANTS),
        SCORES,
        0,
        (("已导入 3 行：0 个评分项分数，5 个成绩，3 个用时",), ()),
        (("Imported 3 rows: 0 criterion marks, 5 scores, 3 times",), ()),
    ),
    Case(
        "results table",
        (EVENT, CONTESTANTS, SCORES),
        ("results", *FITTER, "--format", "table"),
        0,
        (
            (
                "rank  number  name  unit                      theory  practical  total  award   title  note",
                "----  ------  ----  ------------------------  ------  ---------  -----  ------  -----  ----------",
                "1     1002    李娜  重庆机床集团有限责任公司  92.50   88.00      89.35  三等奖",
                "2     1001    王伟  重庆长安汽车股份有限公司  85.00   90.00      88.50",
                "      1003    张强  江北区职业教育中心        70.00                                    成绩未录完",
            ),
            (),
        ),
        (
            (
                "rank  number  name  unit                      theory  practical  total  award   title  note",
                "----  ------  ----  ------------------------  ------  ---------  -----  ------  -----  -------------",
                "1     1002    李娜  重庆机床集团有限责任公司  92.50   88.00      89.35  三等奖",
                "2     1001    王伟  重庆长安汽车股份有限公司  85.00   90.00      88.50",
                "      1003    张强  江北区职业教育中心        70.00                                    Marks missing",
            ),
            (),
        ),
    ),
    Case(
        "results csv",
        (EVENT, CONTESTANTS, SCORES),
        ("results", *FITTER),
        0,
        (
            (
                "rank,number,name,unit,theory,practical,total,award,title,note",
                "1,1002,李娜,重庆机床集团有限责任公司,92.50,88.00,89.35,三等奖,,",
                "2,1001,王伟,重庆长安汽车股份有限公司,85.00,90.00,88.50,,,",
                ",1003,张强,江北区职业教育中心,70.00,,,,,成绩未录完",
            ),
            (),
        ),
        (
            (
                "rank,number,name,unit,theory,practical,total,award,title,note",
                "1,1002,李娜,重庆机床集团有限责任公司,92.50,88.00,89.35,三等奖,,",
                "2,1001,王伟,重庆长安汽车股份有限公司,85.00,90.00,88.50,,,",
                ",1003,张强,江北区职业教育中心,70.00,,,,,成绩未录完",
            ),
            (),
        ),
    ),
    Case(
        "lots draw",
        (EVENT, CONTESTANTS),
        DRAWN,
        0,
        (
            (
                "session  station  order  number  name  unit",
                "-------  -------  -----  ------  ----  ------------------------",
                "1        1        1      1001    王伟  重庆长安汽车股份有限公司",
                "1        2        2      1003    张强  江北区职业教育中心",
                "1        3        3      1002    李娜  重庆机床集团有限责任公司",
                "工种：钳工（fitter）  场次容量：5,5  第 1 次抽签  <time>  操作人：（单机）",
                "种子：7",
            ),
            (),
        ),
        (
            (
                "session  station  order  number  name  unit",
                "-------  -------  -----  ------  ----  ------------------------",
                "1        1        1      1001    王伟  重庆长安汽车股份有限公司",
                "1        2        2      1003    张强  江北区职业教育中心",
                "1        3        3      1002    李娜  重庆机床集团有限责任公司",
                "Trade: 钳工 (fitter)  session capacities: 5,5  draw 1  <time>  by: (single user)",
                "Seed: 7",
            ),
            (),
        ),
    ),
    Case(
        "lots verify",
        (EVENT, CONTESTANTS, DRAWN),
        ("lots", "verify", *FITTER),
        0,
        (("抽签结果与种子 7 重算的结果一致",), ()),
        (("The draw matches the draw recomputed from seed 7",), ()),
    ),
    Case(
        "checkin in",
        (EVENT, CONTESTANTS, DRAWN),
        ("checkin", "in", "--event", "1", "1001", "1001", "9999"),
        1,
        (
            ("1001 王伟 钳工 第1场 1号工位", "1001 王伟 钳工 第1场 1号工位（已检录过）"),
            ("9999: 错误：没有参赛证号“9999”的选手",),
        ),
        (
            (
                "1001 王伟 钳工 Session 1, station 1",
                "1001 王伟 钳工 Session 1, station 1 (already checked in)",
            ),
            ('9999: Error: There is no contestant with entry number "9999"',),
        ),
    ),
    Case(
        "checkin missing",
        (
            EVENT,
            CONTESTANTS,
            DRAWN,
            ("checkin", "in", "--event", "1", "1001"),
            ("checkin", "absent", "--event", "1", "1003"),
        ),
        ("checkin", "missing", *FITTER),
        0,
        (
            (
                "session  station  number  name  unit",
                "-------  -------  ------  ----  ------------------------",
                "1        3        1002    李娜  重庆机床集团有限责任公司",
                "第1场：应到 3，已到 1，缺考 1",
            ),
            (),
        ),
        (
            (
                "session  station  number  name  unit",
                "-------  -------  ------  ----  ------------------------",
                "1        3        1002    李娜  重庆机床集团有限责任公司",
                "Session 1: expected 3, present 1, absent 1",
            ),
            (),
        ),
    ),
    Case(
        "marks verification off",
        (EVENT, CONTESTANTS),
        ("marks", "verification", "--event", "1", "--trade", "electrician"),
        0,
        (("本工种未启用复核",), ()),
        (("Double entry is not on for this trade",), ()),
    ),
    Case(
        "marks verification",
        (
            EVENT,
            CONTESTANTS,
            ("trades", "options", "--event", "1", "--trade", "electrician", "--double-entry", "on"),
            (
                "marks",
                "enter",
                "--event",
                "1",
                "--trade",
                "electrician",
                "--number",
                "2001",
                "--criterion",
                "e1",
                "--value",
                "30",
                "--judge",
                "J1",
                "--pass",
                "1",
                "--clerk",
                "甲",
            ),
        ),
        ("marks", "verification", "--event", "1", "--trade", "electrician"),
        3,
        (("应录 8，已核对 0，待另一遍 1，不一致 0，未录 7",), ()),
        (("Expected 8, verified 0, waiting for the other pass 1, mismatched 0, missing 7",), ()),
    ),
    Case(
        "audit verify",
        (EVENT, CONTESTANTS),
        ("audit", "verify"),
        0,
        (
            (
                "审计日志完整：3 条记录，链头 <hex>，密钥指纹 <hex>；锁定状态与用户均与日志一致，分数、成绩与选手记录的封签均相符",
            ),
            (),
        ),
        (
            (
                "The audit log is intact: 3 entries, head <hex>, key fingerprint <hex>; locks and users agree with the log, and the seals of marks, scores and contestants all match",
            ),
            (),
        ),
    ),
    Case(
        "verify an unknown code",
        (EVENT,),
        ("verify", "209999-0001-ABCDEFGH"),
        1,
        (
            (),
            (
                "✗ 本数据库未颁发此证书（验证码 209999-0001-ABCDEFGH）；请核对验证码是否抄错，或到颁发它的赛事数据库核验、用二维码离线核验",
            ),
        ),
        (
            (),
            (
                "✗ This database did not issue this certificate (code 209999-0001-ABCDEFGH); check that the code was copied correctly, or verify it in the database of the event that issued it, or offline with the QR code",
            ),
        ),
    ),
    Case(
        "recheck not drawn",
        (EVENT, CONTESTANTS, SCORES),
        ("recheck", "status", *FITTER),
        3,
        (("尚未抽取复核样本",), ()),
        (("No re-check sample drawn yet",), ()),
    ),
    Case(
        "recheck status",
        (EVENT, CONTESTANTS, SCORES, ABSENT, ("recheck", "draw", *FITTER, "--seed", "3")),
        ("recheck", "status", *FITTER, "--rows"),
        3,
        (
            (
                "种子 3（第 1 次抽取，（单机），<time>）",
                "已复核 0/2 份评分表，抽查 0 份中更正 0 份（差错率 0 %，阈值 5 %）",
                "number  name  rank  part      state   checker  corrections",
                "------  ----  ----  --------  ------  -------  -----------",
                "1002    李娜  1     前列全检  待复核",
                "1001    王伟  2     前列全检  待复核",
            ),
            (),
        ),
        (
            (
                "Seed 3 (draw 1, (single user), <time>)",
                "Checked 0/2 score sheets; 0 of the 0 sampled corrected (error rate 0 %, threshold 5 %)",
                "number  name  rank  part          state     checker  corrections",
                "------  ----  ----  ------------  --------  -------  -----------",
                "1002    李娜  1     Top, in full  To check",
                "1001    王伟  2     Top, in full  To check",
            ),
            (),
        ),
    ),
    Case(
        "codes generate",
        (EVENT, CONTESTANTS),
        ("codes", "generate", *FITTER),
        0,
        (("已为 3 名选手生成检录号和工件号",), ()),
        (("Generated check-in numbers and work-piece codes for 3 contestants",), ()),
    ),
    Case(
        "trades lock",
        (EVENT, CONTESTANTS, SCORES),
        ("trades", "lock", *FITTER),
        0,
        (("已锁定工种“fitter”的成绩",), ()),
        (('Locked the results of trade "fitter"',), ()),
    ),
)


def _run(cli, tmp_path: Path, case: Case, *lang: str):
    (tmp_path / "glyphs.csv").write_text(CSV_GLYPHS, encoding="utf-8")
    for step in case.setup:
        assert cli(*step).code == 0, step
    return cli(*lang, *(a.replace("{dir}", str(tmp_path)) for a in case.command))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_english_lines_and_the_same_exit_status(cli, tmp_path, case):
    run = _run(cli, tmp_path, case, "--lang", "en")
    assert run.code == case.code
    assert (_lines(run.out), _lines(run.err)) == case.english


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_without_lang_the_output_is_the_chinese_it_was(cli, tmp_path, case):
    run = _run(cli, tmp_path, case)
    assert run.code == case.code
    assert (_lines(run.out), _lines(run.err)) == case.chinese


def test_a_genuine_certificate_in_english(cli, tmp_path):
    for step in (EVENT, CONTESTANTS, SCORES, ("trades", "lock", *FITTER)):
        assert cli(*step).code == 0, step
    pdf = tmp_path / "c.pdf"
    run = cli("--lang", "en", "print", "certificates", *FITTER, "--output", str(pdf))
    assert (run.code, run.out) == (0, f"Wrote 1 certificate(s): {pdf}\n")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    code = re.search(r"\d{6}-\d{4}-[0-9A-Z]{8}", text).group(0)  # type: ignore[union-attr]
    english, chinese = cli("--lang", "en", "verify", code), cli("verify", code)
    assert english.code == chinese.code == 0
    serial = code.rsplit("-", 1)[0]
    facts = (
        ("Certificate number", "证书编号", serial),
        ("Name", "姓名", "李娜"),
        ("Unit", "单位", "重庆机床集团有限责任公司"),
        ("Event", "赛事", "2022年江北区“北岸匠星”职业技能大赛"),
        ("Trade", "工种", "钳工"),
        ("Award", "奖项", "三等奖"),
    )
    assert _lines(english.out)[:-1] == (
        "✓ The certificate is genuine",
        *(f"{en}: {value}" for en, _, value in facts),
    )
    assert _lines(chinese.out)[:-1] == (
        "✓ 证书真实有效",
        *(f"{zh}：{value}" for _, zh, value in facts),
    )
    assert _lines(english.out)[-1] == "Issued: <time>"
    assert _lines(chinese.out)[-1] == "颁发时间：<time>"
