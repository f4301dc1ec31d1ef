"""Printing from the command line: certificates that verify, result sheets and contest-day forms."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from pathlib import Path

import pytest


def pdftext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]


def assert_fonts_embedded(path: Path) -> None:
    rows = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert " yes " in row.split("TrueType", 1)[-1][:40] or row.split()[-5] == "yes", row
        assert "Helvetica" not in row and "STSong" not in row


@pytest.fixture
def demo(cli) -> str:
    run = cli("demo")
    assert run.code == 0
    return run.last_line


def winners(cli, event: str, trade: str) -> list[dict[str, str]]:
    out = cli("results", "--event", event, "--trade", trade).out
    return [r for r in csv.DictReader(io.StringIO(out)) if r["award"] or r["title"]]


def test_certificates_one_page_per_winner_and_codes_verify(cli, demo, tmp_path):
    out = tmp_path / "certs.pdf"
    run = cli("print", "certificates", "--event", demo, "--trade", "fitter", "--output", str(out))
    assert run.code == 0, run.err
    expected = winners(cli, demo, "fitter")
    assert pages(out) == len(expected)
    text = pdftext(out)
    assert expected[0]["name"] in text and "一等奖" in text
    assert_fonts_embedded(out)
    code = re.search(r"\d{6}-\d{4}-[0-9A-Z]{8}", text).group(0)  # type: ignore[union-attr]
    ok = cli("verify", code)
    assert ok.code == 0
    assert "证书真实有效" in ok.out and "钳工" in ok.out
    forged = code[:-1] + ("A" if code[-1] != "A" else "B")
    bad = cli("verify", forged)
    assert bad.code != 0 and "不符" in bad.err
    unknown = cli("verify", "209999-0001-ABCDEFGH")
    assert unknown.code != 0


def test_reprint_keeps_serials_and_a_changed_award_revokes_the_old_one(cli, demo, tmp_path, write):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    cli("print", "certificates", "--event", demo, "--trade", "electrician", "-o", str(first))
    cli("print", "certificates", "--event", demo, "--trade", "electrician", "-o", str(second))
    serials = lambda p: sorted(re.findall(r"\d{6}-\d{4}-[0-9A-Z]{8}", pdftext(p)))  # noqa: E731
    assert serials(first) == serials(second)
    # the electrician winner loses every mark on appeal: their certificate must stop verifying
    top = winners(cli, demo, "electrician")[0]
    old_code = next(c for c in serials(first) if c in pdftext(first))
    marks = "number,e1,e2,e3,e4\n" + f"{top['number']},0,0,0,0\n"
    assert (
        cli(
            "scores",
            "import",
            str(write("m.csv", marks)),
            "--event",
            demo,
            "--trade",
            "electrician",
        ).code
        == 0
    )
    cli("print", "certificates", "--event", demo, "--trade", "electrician", "-o", str(second))
    assert top["name"] not in pdftext(second)
    revoked = [c for c in serials(first) if c not in serials(second)]
    assert revoked
    assert cli("verify", revoked[0]).code != 0
    assert old_code


def test_pre_printed_stock_prints_no_heading(cli, demo, tmp_path):
    out = tmp_path / "stock.pdf"
    run = cli(
        "print",
        "certificates",
        "--event",
        demo,
        "--trade",
        "welder",
        "--preprinted",
        "--dx",
        "2",
        "--dy",
        "-1.5",
        "-o",
        str(out),
    )
    assert run.code == 0, run.err
    text = pdftext(out)
    assert "荣誉证书" not in text.replace(" ", "")
    assert winners(cli, demo, "welder")[0]["name"] in text


def test_result_sheet_has_pages_names_and_masked_ids(cli, demo, tmp_path):
    out = tmp_path / "results.pdf"
    run = cli(
        "print",
        "results",
        "--event",
        demo,
        "--trade",
        "fitter",
        "--group",
        "职工组",
        "--id-numbers",
        "-o",
        str(out),
    )
    assert run.code == 0, run.err
    text = pdftext(out)
    flat = re.sub(r"\s+", "", text)
    n = pages(out)
    assert f"第1页/共{n}页" in flat
    assert "职工组" in text and "成绩" in text
    assert re.search(r"\d{4}\*{10}[\dX]{4}", text), "ID numbers are printed masked"
    assert not re.search(r"\d{17}[\dX]", text), "no full ID number"
    assert "裁判长签字" in flat
    assert_fonts_embedded(out)


@pytest.mark.parametrize("kind", ["checkin", "scoreform", "desk"])
def test_contest_day_forms(cli, demo, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    run = cli(
        "print", "forms", "--event", demo, "--trade", "welder", "--kind", kind, "-o", str(out)
    )
    assert run.code == 0, run.err
    text = pdftext(out)
    names = [
        r["name"]
        for r in csv.DictReader(
            io.StringIO(cli("results", "--event", demo, "--trade", "welder").out)
        )
    ]
    if kind == "scoreform":
        assert not any(name in text for name in names), "score forms list codes, never names"
        assert "焊缝外观" in text
    elif kind == "checkin":
        assert names[0] in text and "检录" in text
    else:
        assert "焊工" in text
    assert_fonts_embedded(out)


def test_lot_sheet_needs_a_draw_first(cli, demo, tmp_path):
    out = tmp_path / "lots.pdf"
    refused = cli(
        "print", "forms", "--event", demo, "--trade", "welder", "--kind", "lots", "-o", str(out)
    )
    assert refused.code != 0 and "抽签" in refused.err
    assert cli("lots", "draw", "--event", demo, "--trade", "welder", "--seed", "7").code == 0
    assert (
        cli(
            "print", "forms", "--event", demo, "--trade", "welder", "--kind", "lots", "-o", str(out)
        ).code
        == 0
    )
    assert "7" in pdftext(out)


def test_team_standings_sheet(cli, demo, tmp_path):
    out = tmp_path / "teams.pdf"
    assert cli("print", "teams", "--event", demo, "-o", str(out)).code == 0
    standings = list(csv.DictReader(io.StringIO(cli("teams", "--event", demo).out)))
    assert standings[0]["team"] in pdftext(out)
