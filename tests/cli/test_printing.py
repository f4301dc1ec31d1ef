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


def lock(cli, event: str, trade: str) -> None:
    run = cli("trades", "lock", "--event", event, "--trade", trade)
    assert run.code == 0, run.err


def winners(cli, event: str, trade: str) -> list[dict[str, str]]:
    out = cli("results", "--event", event, "--trade", trade).out
    return [r for r in csv.DictReader(io.StringIO(out)) if r["award"] or r["title"]]


def test_certificates_one_page_per_winner_and_codes_verify(cli, demo, tmp_path):
    out = tmp_path / "certs.pdf"
    lock(cli, demo, "fitter")
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
    # a made-up check part and a mistyped one look alike: neither was issued here
    assert bad.code != 0 and "本数据库未颁发此证书" in bad.err and "抄错" in bad.err
    unknown = cli("verify", "209999-0001-ABCDEFGH")
    assert unknown.code != 0
    assert "本数据库未颁发此证书" in unknown.err and "伪造" not in unknown.err


def test_certificates_of_an_unlocked_trade_are_refused_unless_drafts(cli, demo, tmp_path):
    out = tmp_path / "draft.pdf"
    run = cli("print", "certificates", "--event", demo, "--trade", "fitter", "-o", str(out))
    assert run.code != 0 and not out.exists()
    assert "成绩未经裁判长锁定" in run.err and "--draft" in run.err
    run = cli(
        "print", "certificates", "--event", demo, "--trade", "fitter", "--draft", "-o", str(out)
    )
    assert run.code == 0, run.err
    flat = re.sub(r"\s+", "", pdftext(out))
    assert flat.count("草稿/未锁定") == pages(out) == len(winners(cli, demo, "fitter"))
    assert "草稿，不作正式结果：成绩未经裁判长锁定" in flat
    # a draft is never issued: no serial, no code that could verify
    assert not re.search(r"\d{6}-\d{4}-[0-9A-Z]{8}", flat)


def test_reprint_keeps_serials_and_a_changed_result_voids_the_old_one_at_once(
    cli, demo, tmp_path, write
):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    lock(cli, demo, "electrician")
    cli("print", "certificates", "--event", demo, "--trade", "electrician", "-o", str(first))
    cli("print", "certificates", "--event", demo, "--trade", "electrician", "-o", str(second))
    serials = lambda p: sorted(re.findall(r"\d{6}-\d{4}-[0-9A-Z]{8}", pdftext(p)))  # noqa: E731
    assert serials(first) == serials(second)
    # the electrician winner loses every mark on appeal: their certificate must stop verifying
    top = winners(cli, demo, "electrician")[0]
    top_code = next(
        c for c in serials(first) if "证书真实有效" in cli("verify", c).out
        and top["name"] in cli("verify", c).out
    )  # fmt: skip
    assert cli("trades", "unlock", "--event", demo, "--trade", "electrician",
               "--reason", "申诉成立").code == 0  # fmt: skip
    marks = "number,e1,e2,e3,e4\n" + f"{top['number']},0,0,0,0\n"
    run = cli("scores", "import", str(write("m.csv", marks)), "--event", demo,
              "--trade", "electrician")  # fmt: skip
    assert run.code == 0, run.err
    # at once, before any reprint: the old code is void
    void = cli("verify", top_code)
    assert void.code != 0 and "已作废（成绩已变更）" in void.err
    lock(cli, demo, "electrician")
    cli("print", "certificates", "--event", demo, "--trade", "electrician", "-o", str(second))
    assert top["name"] not in pdftext(second)
    revoked = [c for c in serials(first) if c not in serials(second)]
    assert top_code in revoked
    assert "已作废（成绩已变更）" in cli("verify", top_code).err


def test_renamed_trade_reissues_and_verify_names_the_new_trade(cli, demo, tmp_path, database_url):
    from competition_app.services.context import Context
    from competition_app.services.setup.trades import get_trade, update_trade
    from competition_app.storage.database import Database

    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    lock(cli, demo, "welder")
    cli("print", "certificates", "--event", demo, "--trade", "welder", "-o", str(first))
    old = re.findall(r"\d{6}-\d{4}-[0-9A-Z]{8}", pdftext(first))
    assert old and "焊工" in cli("verify", old[0]).out
    assert cli("trades", "unlock", "--event", demo, "--trade", "welder",
               "--reason", "更正工种名称").code == 0  # fmt: skip
    db = Database(database_url)
    try:
        ctx = Context(db)
        update_trade(ctx, get_trade(ctx, int(demo), "welder").id, name="焊接工")
    finally:
        db.dispose()
    lock(cli, demo, "welder")
    void = cli("verify", old[0])
    assert void.code != 0 and "已作废（成绩已变更）" in void.err
    cli("print", "certificates", "--event", demo, "--trade", "welder", "-o", str(second))
    new = re.findall(r"\d{6}-\d{4}-[0-9A-Z]{8}", pdftext(second))
    assert new and not set(new) & set(old)
    ok = cli("verify", new[0])
    assert ok.code == 0 and "焊接工" in ok.out and "焊工" not in ok.out.replace("焊接工", "")


def test_pre_printed_stock_prints_no_heading(cli, demo, tmp_path):
    out = tmp_path / "stock.pdf"
    lock(cli, demo, "welder")
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


def test_score_forms_before_codes_have_no_code_column_and_then_print_codes(cli, demo, tmp_path):
    out = tmp_path / "forms.pdf"
    run = cli("print", "forms", "--event", demo, "--trade", "welder", "--kind", "scoreform",
              "-o", str(out))  # fmt: skip
    assert run.code == 0, run.err
    flat = re.sub(r"\s+", "", pdftext(out))
    assert "加密号尚未生成" in flat
    assert "序号加密号" not in flat and "序号焊缝外观" in flat  # no code column at all
    assert not re.search(r"\d-\d\d", flat), "no session-workstation numbers in entry order"
    assert cli("codes", "generate", "--event", demo, "--trade", "welder").code == 0
    run = cli("print", "forms", "--event", demo, "--trade", "welder", "--kind", "scoreform",
              "-o", str(out))  # fmt: skip
    assert run.code == 0, run.err
    text = pdftext(out)
    codes = re.findall(r"\b[A-Z]{3}-\d{3}\b", text)
    assert codes and "加密号尚未生成" not in re.sub(r"\s+", "", text)
    assert "序号加密号" in re.sub(r"\s+", "", text)
    # every page names its criterion (the mark column's heading and the footer)
    for page in range(1, pages(out) + 1):
        page_text = re.sub(
            r"\s+", "", subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(out),
                                        "-"], capture_output=True, text=True, check=True).stdout
        )  # fmt: skip
        assert "评分项目" in page_text and "得分（满分" in page_text


def test_a_trade_without_criteria_still_gets_score_forms(cli, tmp_path, write):
    ev = cli("event", "import", "examples/event.toml").last_line
    assert cli("contestants", "import", "examples/contestants.csv", "--event", ev).code == 0
    out = tmp_path / "f.pdf"
    run = cli("print", "forms", "--event", ev, "--trade", "fitter", "--kind", "scoreform",
              "-o", str(out))  # fmt: skip
    assert run.code == 0, run.err
    flat = re.sub(r"\s+", "", pdftext(out))
    assert "理论知识得分（满分100）" in flat and "操作技能得分（满分100）" in flat


@pytest.mark.parametrize("kind", ["checkin", "desk"])
def test_before_the_draw_forms_say_so_and_invent_no_session(cli, demo, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    run = cli("print", "forms", "--event", demo, "--trade", "welder", "--kind", kind,
              "-o", str(out))  # fmt: skip
    assert run.code == 0, run.err
    flat = re.sub(r"\s+", "", pdftext(out))
    assert "尚未抽签" in flat and "第1场" not in flat
    assert cli("lots", "draw", "--event", demo, "--trade", "welder", "--seed", "7").code == 0
    assert cli("print", "forms", "--event", demo, "--trade", "welder", "--kind", kind,
               "-o", str(out)).code == 0  # fmt: skip
    flat = re.sub(r"\s+", "", pdftext(out))
    assert "尚未抽签" not in flat and "第1场" in flat


def test_qr_statement_verifies_offline_with_the_published_key(cli, demo, tmp_path, database_url):
    import shutil

    from competition_app.domain.certificate_statement import Statement, sign
    from competition_app.services.context import Context
    from competition_app.services.printing.certificates import issue_certificates
    from competition_app.storage.database import Database

    lock(cli, demo, "fitter")
    key = tmp_path / "event.key"
    run = cli("print", "key", "--event", demo, "-o", str(key))
    assert run.code == 0, run.err
    fp = re.search(r"[0-9A-F]{4}(?:-[0-9A-F]{4}){7}", run.out).group(0)  # type: ignore[union-attr]
    out = tmp_path / "certs.pdf"
    assert (
        cli("print", "certificates", "--event", demo, "--trade", "fitter", "-o", str(out)).code == 0
    )
    assert fp in re.sub(r"\s+", "", pdftext(out))  # the fingerprint is printed on every page
    db = Database(database_url)
    try:
        item = issue_certificates(Context(db), int(demo), trade_code="fitter").items[0]
    finally:
        db.dispose()
    assert item.qr.startswith(f"CS1|{item.serial}|{item.name}|")
    if shutil.which("zbarimg"):  # what a phone reads off the paper is that statement
        subprocess.run(["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", "-singlefile",
                        str(out), str(tmp_path / "p")], check=True)  # fmt: skip
        scanned = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "p.png")],
                                 capture_output=True, text=True).stdout.strip()  # fmt: skip
        assert scanned == item.qr
    ok = cli("verify", "--offline", item.qr, "--key", str(key))
    assert ok.code == 0, ok.err
    assert "签名有效" in ok.out and item.name in ok.out and fp in ok.out
    forged = item.qr.replace(item.name, "王二")
    bad = cli("verify", "--offline", forged, "--key", str(key))
    assert bad.code != 0 and "签名不符" in bad.err
    # a statement signed with another key (another event, or a forger's) does not check
    other = sign(Statement(item.serial, item.name, item.unit, "钳工", "一等奖", "x", "2022-07-28"),
                 b"forger")  # fmt: skip
    assert cli("verify", "--offline", other, "--key", str(key)).code != 0
    assert cli("verify", "--offline", item.qr).code != 0  # no key, no offline check


@pytest.mark.parametrize(
    "key",
    [None, "dir", b"\xff\xfe\x00k\x00e\x00y\xa9", b"\x89PNG\r\n\x1a\n\x00\x00"],
    ids=["missing", "directory", "utf16-latin1", "binary"],
)
def test_an_unreadable_key_file_for_offline_checks_is_one_refusal_line(cli, tmp_path, key):
    path = tmp_path / "event.pub"
    if key == "dir":
        path.mkdir()
    elif key is not None:
        path.write_bytes(key)
    run = cli("verify", "--offline", "CS1|X|张三|", "--key", str(path))
    assert run.code not in (0, 70), run.err
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and "公钥文件" in lines[0] and "程序错误" not in run.err, run.err


def test_calibration_page_and_offsets_that_push_a_field_off_are_refused(cli, demo, tmp_path):
    out = tmp_path / "cal.pdf"
    run = cli("print", "calibration", "--layout", "classic-cn", "--dx", "2", "--dy", "-1.5",
              "-o", str(out))  # fmt: skip
    assert run.code == 0, run.err
    flat = re.sub(r"\s+", "", pdftext(out))
    assert "套打校准页" in flat and "右+2.0毫米、下-1.5毫米" in flat
    for key in ("name", "unit", "issuer", "date", "serial", "qr"):
        assert key in flat
    assert_fonts_embedded(out)
    refused = cli("print", "calibration", "--dx", "40", "-o", str(tmp_path / "x.pdf"))
    assert refused.code != 0 and "超出纸张" in refused.err and "issuer" in refused.err
    lock(cli, demo, "welder")
    refused = cli("print", "certificates", "--event", demo, "--trade", "welder", "--preprinted",
                  "--dy", "-95", "-o", str(tmp_path / "y.pdf"))  # fmt: skip
    assert refused.code != 0 and "超出纸张" in refused.err and not (tmp_path / "y.pdf").exists()


def test_a_layout_can_give_titles_certificates_of_their_own(cli, demo, tmp_path):
    from competition_app.resources_path import resource

    classic = resource("layouts", "classic-cn.toml").read_text(encoding="utf-8")
    layout = tmp_path / "titles.toml"
    layout.write_text('titles = "separate"\n' + classic.replace('name = "classic-cn"', 'name = "t"'),
                      encoding="utf-8")  # fmt: skip
    lock(cli, demo, "fitter")
    rows = winners(cli, demo, "fitter")
    with_title = [r for r in rows if r["title"]]
    assert with_title and any(r["award"] for r in with_title)
    out = tmp_path / "t.pdf"
    run = cli("print", "certificates", "--event", demo, "--trade", "fitter", "--layout",
              str(layout), "-o", str(out))  # fmt: skip
    assert run.code == 0, run.err
    expected = sum(bool(r["award"]) + len(r["title"].split("、")) * bool(r["title"]) for r in rows)
    assert pages(out) == expected
    codes = re.findall(r"\d{6}-\d{4}-[0-9A-Z]{8}", pdftext(out))
    assert len(set(codes)) == expected  # each its own serial
    for code in codes:
        assert cli("verify", code).code == 0


def _issued(database_url: str) -> list[str]:
    from sqlalchemy import select

    from competition_app.storage.database import Database
    from competition_app.storage.models import IssuedCertificate

    db = Database(database_url)
    try:
        with db.reading() as s:
            return list(s.scalars(select(IssuedCertificate.serial)))
    finally:
        db.dispose()


def test_certificates_whose_pdf_cannot_be_written_are_not_issued(
    cli, demo, tmp_path, database_url, monkeypatch
):
    import errno

    from competition_app import safe_write
    from competition_app.services.printing import certificates

    lock(cli, demo, "fitter")
    printed: list[str] = []
    render = certificates.render_certificates

    def recording(items, *a, **k):  # the codes the PDF would have carried
        printed.extend(i.code for i in items)
        return render(items, *a, **k)

    def full_disk(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(certificates, "render_certificates", recording)
    monkeypatch.setattr(safe_write, "_fsync", full_disk)
    out = tmp_path / "certs.pdf"
    run = cli("print", "certificates", "--event", demo, "--trade", "fitter", "-o", str(out))
    assert run.code != 0 and "磁盘空间已满" in run.err and not out.exists()
    assert printed and _issued(database_url) == []
    never = cli("verify", printed[0])
    assert never.code != 0 and "证书真实有效" not in never.out
    # once the disk has room, the same certificates are issued and verify
    monkeypatch.undo()
    run = cli("print", "certificates", "--event", demo, "--trade", "fitter", "-o", str(out))
    assert run.code == 0, run.err
    codes = re.findall(r"\d{6}-\d{4}-[0-9A-Z]{8}", pdftext(out))
    assert len(_issued(database_url)) == len(codes)
    assert cli("verify", codes[0]).code == 0


@pytest.mark.backends("sqlite")
def test_a_certificate_of_another_database_with_the_same_serial_is_not_called_forged(
    cli, demo, tmp_path, database_url, capsys
):
    from sqlalchemy import text

    from competition_app.cli import main
    from competition_app.storage.database import Database

    # a second laptop: its event 1 of the same year gives the same serials, with its own secret
    other = f"sqlite:///{tmp_path / 'other.db'}"

    def on_other(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", other, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    assert on_other("demo")[0] == 0
    assert on_other("trades", "lock", "--event", demo, "--trade", "fitter")[0] == 0
    theirs = tmp_path / "theirs.pdf"
    code, _out, err = on_other("print", "certificates", "--event", demo, "--trade", "fitter",
                               "-o", str(theirs))  # fmt: skip
    assert code == 0, err
    lock(cli, demo, "fitter")
    ours = tmp_path / "ours.pdf"
    assert (
        cli("print", "certificates", "--event", demo, "--trade", "fitter", "-o", str(ours)).code
        == 0
    )
    their_code = re.findall(r"\d{6}-\d{4}-[0-9A-Z]{8}", pdftext(theirs))[0]
    our_code = re.findall(r"\d{6}-\d{4}-[0-9A-Z]{8}", pdftext(ours))[0]
    assert their_code[:11] == our_code[:11] and their_code != our_code  # same serial
    answer = cli("verify", their_code)
    assert answer.code != 0 and "本数据库未颁发此证书" in answer.err
    assert "篡改" not in answer.err and "伪造" not in answer.err
    assert on_other("verify", their_code)[0] == 0  # genuine where it was issued
    # a record of this database whose facts were changed after issue is tampered with
    db = Database(database_url)
    try:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE issued_certificate SET name = '王二' WHERE serial = :s"),
                         {"s": our_code[:11]})  # fmt: skip
    finally:
        db.dispose()
    altered = cli("verify", our_code)
    assert altered.code != 0 and "篡改" in altered.err and "本数据库未颁发" not in altered.err


def _header_x(path: Path) -> dict[str, float]:
    """xMin of each column heading on page 1 (the first time each word appears)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    out: dict[str, float] = {}
    for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', html):
        if word in ("名次", "姓名", "单位", "总成绩", "奖项", "称号", "备注"):
            out.setdefault(word, float(x))
    return out


@pytest.mark.backends("sqlite")
def test_each_group_printed_alone_gets_the_same_column_widths(cli, demo, tmp_path, database_url):
    from competition_app.services.context import Context
    from competition_app.services.registration.contestants import (
        list_contestants,
        update_contestant,
    )
    from competition_app.storage.database import Database

    db = Database(database_url)  # one student with a long name and a 35-character unit
    try:
        ctx = Context(db)
        student = next(c for c in list_contestants(ctx, int(demo))
                       if c.trade_code == "fitter" and c.group == "学生组")  # fmt: skip
        update_contestant(ctx, student._replace(
            name="阿卜杜热合曼·买买提明",
            unit="宁波市江北区人力资源和社会保障局直属技术服务中心精密制造实训基地"))  # fmt: skip
    finally:
        db.dispose()
    staff, students = tmp_path / "staff.pdf", tmp_path / "students.pdf"
    for group, out in (("职工组", staff), ("学生组", students)):
        run = cli("print", "results", "--event", demo, "--trade", "fitter", "--group", group,
                  "-o", str(out))  # fmt: skip
        assert run.code == 0, run.err
    assert len(_header_x(staff)) == 7
    assert _header_x(staff) == _header_x(students)
