"""Names no bundled font can print are named by row and character, on import and before print."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

# U+E000 (private use) is drawn by no bundled font; 𠮷 and 䶮 are, by the fallback fonts.
BAD = "王\ue000"
CSV = (
    "number,name,trade,unit,team,group,id_number,gender\n"
    "1001,陈\U00020bb7,fitter,宁波市\u4dae精密机械厂,,职工组,,男\n"
    f"1002,{BAD},fitter,江北区职业教育中心,,职工组,,男\n"
    "1003,阿卜杜热合曼·买买提明,fitter,重庆机床集团有限责任公司,,职工组,,男\n"
)


def pdftext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def event(cli, write) -> str:
    run = cli("event", "import", "examples/event.toml")
    assert run.code == 0, run.err
    ev = run.last_line
    run = cli("contestants", "import", str(write("c.csv", CSV)), "--event", ev)
    assert run.code == 0, run.err
    # The import goes through (the person is real) but says which row and character.
    assert f"第 3 行 {BAD}：字库缺字 U+E000" in run.err
    assert "陈\U00020bb7" not in run.err and "买买提明" not in run.err
    return ev


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("kind", ["checkin", "desk"])
def test_forms_are_refused_until_allowed(cli, event, tmp_path, kind) -> None:
    out = tmp_path / "f.pdf"
    run = cli(
        "print", "forms", "--event", event, "--trade", "fitter", "--kind", kind, "-o", str(out)
    )
    if kind == "desk":  # desk cards print the entry number, not the name
        assert run.code == 0, run.err
        return
    assert run.code != 0 and not out.exists()
    assert f"第 2 行（1002）{BAD}：字库缺字 U+E000" in run.err
    run = cli(
        "print", "forms", "--event", event, "--trade", "fitter", "--kind", kind,
        "--allow-missing-glyphs", "-o", str(out),
    )  # fmt: skip
    assert run.code == 0, run.err
    text = "".join(pdftext(out).split())
    assert (
        "陈\U00020bb7" in text
        and "阿卜杜热合曼·买买提明" in text
        and "宁波市\u4dae精密机械厂" in text
    )


@pytest.mark.backends("sqlite")
def test_result_sheet_is_refused_until_allowed(cli, event, tmp_path) -> None:
    out = tmp_path / "r.pdf"
    run = cli("print", "results", "--event", event, "--trade", "fitter", "-o", str(out))
    assert run.code != 0 and "U+E000" in run.err and not out.exists()
    run = cli(
        "print", "results", "--event", event, "--trade", "fitter",
        "--allow-missing-glyphs", "-o", str(out),
    )  # fmt: skip
    assert run.code == 0, run.err


@pytest.mark.backends("sqlite")
def test_certificates_are_refused_before_any_serial_is_issued(cli, event, tmp_path, write) -> None:
    scores = "number,theory,practical,time\n1001,95,96,100\n1002,90,91,100\n1003,80,81,100\n"
    run = cli(
        "scores", "import", str(write("s.csv", scores)), "--event", event, "--trade", "fitter"
    )
    assert run.code == 0, run.err
    assert cli("trades", "lock", "--event", event, "--trade", "fitter").code == 0
    out = tmp_path / "c.pdf"
    run = cli("print", "certificates", "--event", event, "--trade", "fitter", "-o", str(out))
    assert run.code != 0 and not out.exists()
    assert f"{BAD}：字库缺字 U+E000" in run.err
    run = cli("print", "certificates", "--event", event, "--trade", "fitter",
              "--allow-missing-glyphs", "-o", str(out))  # fmt: skip
    assert run.code == 0, run.err
    text = "".join(pdftext(out).split())
    assert "陈\U00020bb7" in text
    # the refused job issued nothing: the serials start at 0001
    assert "-0001-" in text


@pytest.mark.backends("sqlite")
def test_the_notice_says_where_to_object_as_the_event_sets_it(cli, event, tmp_path) -> None:
    out = tmp_path / "r.pdf"
    run = cli("print", "results", "--event", event, "--trade", "fitter",
              "--allow-missing-glyphs", "-o", str(out))  # fmt: skip
    assert run.code == 0, run.err
    text = "".join(pdftext(out).split())
    assert "大赛监督仲裁组（实训楼A101）" in text and "受理电话：0574-87654321" in text
    assert "监督员签字" in text and "（盖章）" in text
    assert "草稿，不作正式结果：成绩未经裁判长锁定" in text  # not locked: a draft


@pytest.mark.backends("sqlite")
def test_sealed_code_lists_are_refused_until_allowed(cli, event, tmp_path) -> None:
    assert (
        cli("trades", "options", "--event", event, "--trade", "fitter", "--blind", "on").code == 0
    )
    run = cli("codes", "generate", "--event", event, "--trade", "fitter")
    assert run.code == 0, run.err
    out = tmp_path / "codes.pdf"
    run = cli("codes", "print", "--event", event, "--trade", "fitter", "-o", str(out))
    assert run.code != 0 and not out.exists()
    assert f"第 2 行（1002）{BAD}：字库缺字 U+E000" in run.err
    # the second layer lists codes only: nothing of a name to miss
    run = cli("codes", "print", "--event", event, "--trade", "fitter", "--layer", "2",
              "-o", str(out))  # fmt: skip
    assert run.code == 0, run.err
    run = cli("codes", "print", "--event", event, "--trade", "fitter",
              "--allow-missing-glyphs", "-o", str(out))  # fmt: skip
    assert run.code == 0, run.err
    assert "陈\U00020bb7" in "".join(pdftext(out).split())
