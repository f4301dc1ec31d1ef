"""Files a careless or hostile user feeds the importers: one `file:row:column: reason` line each,
a non-zero exit, nothing written, never a traceback; text in an encoding not known for certain is
refused naming the likely one, never read as mojibake."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.cli.conftest import Run

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HEADER = "参赛证号,姓名,工种,单位\n"
ROW = "3001,陳大文,钳工,江北职教\n"


@pytest.fixture
def event(cli: Callable[..., Run]) -> str:
    run = cli("event", "import", str(EXAMPLES / "event.toml"))
    assert run.code == 0, run.err
    return run.last_line


def _xlsx(path: Path, rows: list[list[object]], *, hide_first: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    if hide_first:
        wb.create_sheet("名单")
        ws.sheet_state = "hidden"
    wb.save(path)
    return path


def _files(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, what the one line must say)."""
    good_xlsx = _xlsx(tmp / "good.xlsx", [["参赛证号", "姓名", "工种"], ["3001", "陳大文", "钳工"]])
    out: dict[str, tuple[Path, str]] = {}

    def put(name: str, data: bytes, says: str) -> None:
        (tmp / name).write_bytes(data)
        out[name] = (tmp / name, says)

    put("utf16-no-bom.csv", (HEADER + ROW).encode("utf-16-le"), "UTF-16")
    # plain ASCII in UTF-16 is valid UTF-8 full of NULs: still named UTF-16, not read
    put(
        "utf16-ascii-no-bom.csv",
        "number,name,trade\n3001,Jose,fitter\n".encode("utf-16-le"),
        "UTF-16",
    )
    put("latin1.csv", b"number,name,trade\n3001,Jos\xe9 M\xfcller,fitter\n", "latin1.csv:2:9:")
    put("shift-jis.csv", (HEADER + ROW * 3).encode("shift_jis", "replace"), "不是中文")
    put("big5.csv", (HEADER + "3001,陳大文,鉗工,台北\n1002,張三,電工,台北\n").encode("big5", "replace"),
        "big5")  # fmt: skip
    put("renamed.xlsx", (HEADER + ROW).encode(), "不是有效的 XLSX")
    data = good_xlsx.read_bytes()
    put("truncated.xlsx", data[: len(data) // 2], "不是有效的 XLSX")
    put("header-only.csv", HEADER.encode(), "只有表头")
    put(
        "huge-field.csv",
        (HEADER + "3001," + "x" * 131_073 + ",钳工,江北\n").encode(),
        "huge-field.csv:2",
    )
    put("nul.csv", (HEADER + "3001,陳\x00大文,钳工,江北\n").encode(), "控制字符")
    put("zero-width.csv", (HEADER + "30\u200b01,陳大文,钳工,江北\n").encode(), "看不见的字符")
    put("long-code.csv", (HEADER + "9" * 500 + ",陳大文,钳工,江北\n").encode(), "long-code.csv:2")
    _xlsx(tmp / "hidden.xlsx", [["参赛证号", "姓名", "工种"], ["3001", "陳大文", "钳工"]],
          hide_first=True)  # fmt: skip
    out["hidden.xlsx"] = (tmp / "hidden.xlsx", "隐藏")
    import datetime

    _xlsx(tmp / "date-cell.xlsx",
          [["参赛证号", "姓名", "工种"], [datetime.datetime(2022, 7, 20), "陳大文", "钳工"]])  # fmt: skip
    out["date-cell.xlsx"] = (tmp / "date-cell.xlsx", "date-cell.xlsx:2:1: 单元格是日期")
    _xlsx(tmp / "formula.xlsx",
          [["参赛证号", "姓名", "工种"], ["=3000+1", "陳大文", "钳工"]])  # fmt: skip
    out["formula.xlsx"] = (tmp / "formula.xlsx", "formula.xlsx:2:1: 公式单元格没有保存计算结果")
    (tmp / "a-folder.csv").mkdir()
    out["a-folder.csv"] = (tmp / "a-folder.csv", "文件夹")
    out["missing.csv"] = (tmp / "missing.csv", "文件不存在")
    return out


CASES = [
    "utf16-no-bom.csv", "latin1.csv", "shift-jis.csv", "big5.csv", "renamed.xlsx",
    "truncated.xlsx", "header-only.csv", "huge-field.csv", "nul.csv", "zero-width.csv",
    "long-code.csv", "hidden.xlsx", "date-cell.xlsx", "formula.xlsx", "a-folder.csv",
    "missing.csv",
]  # fmt: skip


def _one_problem_line(run: Run, says: str) -> None:
    assert run.code != 0
    assert "Traceback" not in run.err
    lines = run.err.strip().splitlines()
    assert lines[-1].startswith("共 1 处问题") and "未写入" in lines[-1]
    assert len(lines) == 2, run.err
    assert says in lines[0], lines[0]
    assert re.match(r"^[^:]+(:\d+(:[^:]+)?)?: ", lines[0]), lines[0]  # file[:row[:column]]: why


@pytest.mark.parametrize("name", CASES)
def test_a_hostile_registration_file_gives_one_line_and_writes_nothing(
    cli: Callable[..., Run],
    event: str,
    tmp_path: Path,
    db_state: Callable[[], str],
    name: str,
) -> None:
    path, says = _files(tmp_path)[name]
    before = db_state()
    _one_problem_line(cli("contestants", "import", str(path), "--event", event), says)
    assert db_state() == before


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("name", ["truncated.xlsx", "utf16-no-bom.csv", "missing.csv"])
def test_the_score_and_judge_importers_refuse_the_same_way(
    cli: Callable[..., Run], event: str, tmp_path: Path, db_state: Callable[[], str], name: str
) -> None:
    path, says = _files(tmp_path)[name]
    before = db_state()
    scores = cli("scores", "import", str(path), "--event", event, "--trade", "fitter")
    judges = cli("judges", "import", str(path), "--event", event)
    for run in (scores, judges):
        assert run.code != 0 and "Traceback" not in run.err and says in run.err
    assert db_state() == before


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        pytest.param(HEADER + ROW, "utf-16", id="utf-16-with-bom"),
        pytest.param(HEADER + ROW, "gb18030", id="gb18030"),
        pytest.param(HEADER + "3001,𠮷野,钳工,江北\n", "gb18030", id="gb18030-four-byte-name"),
    ],
)
def test_utf16_with_a_bom_and_chinese_gb18030_are_read(
    cli: Callable[..., Run], event: str, tmp_path: Path, text: str, encoding: str
) -> None:
    path = tmp_path / "reg.csv"
    path.write_bytes(text.encode(encoding))
    run = cli("contestants", "import", str(path), "--event", event)
    assert run.code == 0, run.err
    name = text.splitlines()[1].split(",")[1]
    assert name in cli("results", "--event", event, "--trade", "fitter").out


@pytest.mark.backends("sqlite")
def test_an_xlsx_whose_shared_strings_expand_too_far_is_refused_before_parsing(
    cli: Callable[..., Run], event: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from competition_app.io import tabular

    path = _xlsx(tmp_path / "big.xlsx", [["参赛证号", "姓名", "工种"], ["3001", "陳大文", "钳工"]])
    # A million shared strings that compress to almost nothing.
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/sharedStrings.xml", "<sst>" + "<si><t>名</t></si>" * 100_000 + "</sst>")
    assert path.stat().st_size < 100_000
    monkeypatch.setattr(tabular, "MAX_XLSX_PART_BYTES", 1_000_000)

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("openpyxl was asked to parse a file already refused")

    monkeypatch.setattr("openpyxl.load_workbook", no_parsing)
    run = cli("contestants", "import", str(path), "--event", event)
    assert run.code != 0 and "sharedStrings.xml" in run.err and "超过上限" in run.err


EVENT_FILES = {
    "deep.toml": ("a = " + "[" * 100_000 + "]" * 100_000 + "\n", "嵌套层数过多"),
    "judges-five.toml": ("judges = 5\n", "judges"),
    "notice-text.toml": (None, "notice_days"),
    "name-table.toml": (None, "event.name"),
}


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("name", [*EVENT_FILES, "missing.toml"])
def test_a_hostile_event_file_gives_one_line(
    cli: Callable[..., Run], tmp_path: Path, db_state: Callable[[], str], name: str
) -> None:
    example = (EXAMPLES / "event.toml").read_text(encoding="utf-8")
    head, rest = example.split("[[trades]]", 1)
    text, says = EVENT_FILES.get(name, (None, "文件不存在"))
    if name == "judges-five.toml":
        text = "judges = 5\n" + example
    elif name == "notice-text.toml":
        text = head.replace("team_best_n = 3", 'team_best_n = 3\nnotice_days = "abc"')
        text += "[[trades]]" + rest
    elif name == "name-table.toml":
        text = head.replace('name = "', 'name = {a = 1}\n# "', 1) + "[[trades]]" + rest
    path = tmp_path / name
    if text is not None:
        path.write_text(text, encoding="utf-8")
    assert cli("event", "list").code == 0
    before = db_state()
    run = cli("event", "import", str(path))
    assert run.code != 0 and "Traceback" not in run.err
    assert says in run.err.splitlines()[0]
    assert db_state() == before


# -- failures that are not the input's fault ------------------------------------------------


def _disk_full(*args: object, **kwargs: object) -> None:
    import errno

    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.backends("sqlite")
def test_a_full_disk_leaves_the_old_export_whole_and_says_so_in_one_line(
    cli: Callable[..., Run], event: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from competition_app import safe_write

    out = tmp_path / "results.csv"
    out.write_text("上一次导出的内容\n", encoding="utf-8")
    monkeypatch.setattr(safe_write, "_fsync", _disk_full)
    for args in (
        ("results", "--event", event, "--trade", "fitter", "--output", str(out)),
        ("print", "results", "--event", event, "--trade", "fitter", "--output", str(out)),
    ):
        run = cli(*args)
        assert run.code != 0 and "Traceback" not in run.err, run.err
        assert len(run.err.strip().splitlines()) == 1 and "磁盘空间已满" in run.err
        assert out.read_text(encoding="utf-8") == "上一次导出的内容\n"
    assert sorted(p.name for p in tmp_path.iterdir() if "results" in p.name) == ["results.csv"]


@pytest.mark.backends("sqlite")
def test_a_full_disk_during_a_backup_leaves_no_file(
    cli: Callable[..., Run], event: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from competition_app.storage import backup

    monkeypatch.setattr(backup, "_fsync_file", _disk_full)
    folder = tmp_path / "b"
    run = cli("backup", "now", "--folder", str(folder))
    assert run.code != 0 and "Traceback" not in run.err and "磁盘空间已满" in run.err
    assert list(folder.iterdir()) == []


@pytest.mark.backends("sqlite")
def test_a_busy_database_says_so_after_a_bounded_wait(
    cli: Callable[..., Run], event: str, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mark entered while another station (a long import) holds the write lock."""
    import sqlite3

    from competition_app.storage import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        run = cli("contestants", "import", str(EXAMPLES / "contestants.csv"), "--event", event)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert run.code != 0 and "Traceback" not in run.err
    assert run.err.strip() == "错误：数据库正忙，请稍后重试"
    again = cli("contestants", "import", str(EXAMPLES / "contestants.csv"), "--event", event)
    assert again.code == 0, again.err  # tried again once the other is done: it goes through


@pytest.mark.backends("sqlite")
def test_an_unexpected_error_is_one_line_and_a_log_entry(
    cli: Callable[..., Run], event: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import competition_app.settings as settings
    from competition_app.cli import INTERNAL_ERROR
    from competition_app.cli import event as event_commands

    monkeypatch.setattr(settings, "log_dir", lambda: tmp_path / "logs")

    def bug(args: object) -> int:
        raise KeyError("a bug, not the user's doing")

    monkeypatch.setattr(event_commands, "cmd_event_list", bug)
    run = cli("event", "list")
    assert run.code == INTERNAL_ERROR
    assert "Traceback" not in run.err and len(run.err.strip().splitlines()) == 1
    assert "KeyError" in run.err and str(tmp_path / "logs") in run.err
    logged = (tmp_path / "logs" / "competition-app.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "a bug, not the user's doing" in logged


def test_a_file_of_endless_bad_rows_lists_the_first_and_counts_the_rest(
    cli: Callable[..., Run], event: str, write: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One bad value repeated through a huge file: the first problems listed, the rest counted
    (kept whole, millions of them took gigabytes)."""
    from competition_app.domain.errors import ProblemList

    monkeypatch.setattr(ProblemList, "LISTED", 3)
    rows = "9999,x9,,80\n" * 10  # no such entry number, no such criterion: two problems a row
    run = cli("scores", "import", str(write("m.csv", "number,criterion,judge,mark\n" + rows)),
              "--event", event, "--trade", "fitter")  # fmt: skip
    lines = run.err.strip().splitlines()
    assert run.code != 0
    assert len(lines) == 3 + 2
    assert lines[-2:] == ["另有 17 处问题未列出", "共 20 处问题，未写入任何数据。"]
