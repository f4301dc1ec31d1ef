"""The figures, each measured in a process of its own: `python -m benchmarks.figures KEY VARIANT DIR`.

VARIANT is `app` (the app's own services, reports and windows) or `baseline` (the bare thing the
figure is compared with: a plain executemany, a plain sort, a bare ReportLab canvas, a bare
PySide6 window). A figure prints one JSON line: the seconds of the measured part, the peak
resident memory of the process (ru_maxrss) and the memory before the measured part started.
What is set up before the clock starts (opening a database, building rows to print) is not timed.

DIR is the scale's work folder (see runner.py): the synthetic files, and the databases the import
figures leave behind for the figures that need a filled event.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import figures_big_file as big_file
from benchmarks import figures_scoring as scoring
from benchmarks import figures_window as window
from benchmarks import synthetic
from benchmarks.measure import (
    EVENT_ID,
    bare_sqlite,
    before_kib,
    children_cpu_seconds,
    children_peak_kib,
    clock,
    context,
    copy_db,
    cpu_seconds,
    extra,
    mb,
    peak_kib,
)

# -- preparation (not a figure) ---------------------------------------------------------------


def prepare(work: Path, scale: float) -> dict[str, Any]:
    """Write the synthetic files and the event database (event, trades, judges; no contestants)."""
    from competition_app.io.event_file import read_event_definition
    from competition_app.services.setup.events import create_event

    files = synthetic.write(work / "data", scale)
    db = work / "event.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    ctx = context(db)
    event_id = create_event(ctx, read_event_definition(files.event_toml))
    assert event_id == EVENT_ID
    ctx.db.dispose()
    return {"contestants": files.contestants, "marks": files.marks, "trades": synthetic.TRADES}


# -- import_contestants_xlsx ------------------------------------------------------------------


def import_contestants_app(work: Path) -> float:
    from competition_app.services.registration.contestants import import_contestants

    ctx = context(copy_db(work / "event.db", work / "contestants.db"))
    start = clock()
    n = import_contestants(ctx, EVENT_ID, work / "data" / "registration.xlsx")
    seconds = time.perf_counter() - start
    assert n > 0
    ctx.db.dispose()
    return seconds


def import_contestants_baseline(work: Path) -> float:
    from openpyxl import load_workbook

    con = bare_sqlite(work / "bare-contestants.db")
    con.execute(
        "CREATE TABLE contestant (id INTEGER PRIMARY KEY, number TEXT, name TEXT, trade TEXT,"
        " unit TEXT, team TEXT, grp TEXT, id_number TEXT, gender TEXT)"
    )
    start = clock()
    wb = load_workbook(work / "data" / "registration.xlsx", read_only=True)
    rows = wb.worksheets[0].iter_rows(min_row=2, values_only=True)
    con.executemany(
        "INSERT INTO contestant (number, name, trade, unit, team, grp, id_number, gender)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ([str(v) if v is not None else "" for v in row] for row in rows),
    )
    con.commit()
    wb.close()
    return time.perf_counter() - start


# -- import_marks_csv -------------------------------------------------------------------------


def import_marks_app(work: Path) -> float:
    from competition_app.services.scoring.score_file import import_scores

    ctx = context(copy_db(work / "contestants.db", work / "full.db"))
    start = clock()
    for i in range(synthetic.TRADES):
        code = synthetic.trade_code(i)
        import_scores(ctx, EVENT_ID, code, work / "data" / f"marks-{code}.csv")
    seconds = time.perf_counter() - start
    ctx.db.dispose()
    return seconds


def import_marks_baseline(work: Path) -> float:
    con = bare_sqlite(work / "bare-marks.db")
    con.execute(
        "CREATE TABLE mark (id INTEGER PRIMARY KEY, number TEXT, criterion TEXT, judge TEXT,"
        " mark TEXT, UNIQUE (number, criterion, judge))"
    )
    start = clock()
    for i in range(synthetic.TRADES):
        path = work / "data" / f"marks-{synthetic.trade_code(i)}.csv"
        with path.open(encoding="utf-8", newline="") as f:
            rows = csv.reader(f)
            next(rows)
            con.executemany(
                "INSERT INTO mark (number, criterion, judge, mark) VALUES (?, ?, ?, ?)", rows
            )
        con.commit()  # one file, one transaction, as the app does
    return time.perf_counter() - start


# -- rank_all_trades --------------------------------------------------------------------------


def rank_app(work: Path) -> float:
    from competition_app.services.results.results import all_results

    ctx = context(work / "full.db")
    cpu = cpu_seconds() + children_cpu_seconds()
    start = clock()
    ranked = sum(1 for res in all_results(ctx, EVENT_ID) for r in res.rows if r.rank is not None)
    seconds = time.perf_counter() - start
    assert ranked > 0
    # ranked on two cores (services.results.two_cores): what the helper process used, told
    extra["cpu_seconds"] = round(cpu_seconds() + children_cpu_seconds() - cpu, 3)
    extra["helper_peak_mb"] = mb(children_peak_kib())
    ctx.db.dispose()
    return seconds


def rank_baseline(work: Path) -> float:
    """The marks read with plain sqlite3, summed per contestant and sorted per trade."""
    con = sqlite3.connect(work / "full.db")
    start = clock()
    totals: dict[int, dict[int, float]] = {}
    for trade_id, contestant_id, mark in con.execute(
        "SELECT c.trade_id, m.contestant_id, m.mark FROM criterion_mark m"
        " JOIN criterion c ON c.id = m.criterion_id"
    ):
        per_trade = totals.setdefault(trade_id, {})
        per_trade[contestant_id] = per_trade.get(contestant_id, 0.0) + float(mark)
    ranked = 0
    for per_trade in totals.values():
        ranked += len(sorted(per_trade.items(), key=lambda kv: -kv[1]))
    seconds = time.perf_counter() - start
    assert ranked > 0
    return seconds


# -- results_sheet_30k_pdf --------------------------------------------------------------------


def _all_rows(work: Path) -> tuple[Any, list[Any]]:
    from competition_app.services.results.results import all_results

    ctx = context(work / "full.db")
    results = all_results(ctx, EVENT_ID)
    ctx.db.dispose()
    return results[0], [r for res in results for r in res.rows]


def results_sheet_app(work: Path) -> float:
    from competition_app.reports.result_sheet import ResultSheetData, render_result_sheet

    res, rows = _all_rows(work)
    data = ResultSheetData(
        event_title=res.event.name,
        trade="全部工种",
        components=[(c.code, c.name) for c in res.rules.components],
        rows=rows,
        decimals=res.rules.rounding.decimals,
        date=res.event.date,
        organizer=res.event.organizer,
    )
    start = clock()
    pdf = render_result_sheet(data)
    (work / "results-sheet.pdf").write_bytes(pdf)
    return time.perf_counter() - start


def results_sheet_baseline(work: Path) -> float:
    """The same cells drawn with drawString on a bare canvas, 40 rows a page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from competition_app.reports.fonts import SANS, register_fonts

    _, rows = _all_rows(work)
    register_fonts()
    start = clock()
    c = Canvas(str(work / "results-sheet-bare.pdf"), pagesize=A4, pageCompression=1)
    xs = [30, 70, 130, 190, 380, 430, 480, 530]
    for i, r in enumerate(rows):
        if i % 40 == 0:
            if i:
                c.showPage()
            c.setFont(SANS, 9)
        y = 800 - (i % 40) * 19
        cells = [str(r.rank or "—"), r.number, r.name, r.unit, str(r.total or "—"), r.award,
                 r.group, r.note]  # fmt: skip
        for x, text in zip(xs, cells, strict=True):
            c.drawString(x, y, text[:24])
    c.save()
    return time.perf_counter() - start


# -- certificates_1000_pdf --------------------------------------------------------------------

CERTIFICATES = 1000


def _certificate_items() -> list[Any]:
    from competition_app.domain.certificate_codes import certificate_facts, make_code
    from competition_app.reports.certificate import CertificateData

    secret = bytes(range(32))
    awards = ("一等奖", "二等奖", "三等奖")
    items = []
    rows = synthetic.contestant_rows(CERTIFICATES)
    for i, (_number, name, trade, unit, *_rest) in enumerate(rows):
        award = awards[i % 3]
        trade_name = synthetic.trade_name(int(trade[1:]) - 1)
        event = "“技能兴潍”城市职业技能大赛"
        facts = certificate_facts(name=name, unit=unit, trade=trade_name, award=award, event=event)
        serial = f"WF2024-{i + 1:04d}"
        items.append(
            CertificateData(
                serial=serial, code=make_code(serial, facts, secret), name=name, unit=unit,
                trade=trade_name, award=award, title="", event=event, date="2024-06-18",
                issuer="潍坊市人力资源和社会保障局",
            )
        )  # fmt: skip
    return items


def certificates_app(work: Path) -> float:
    from competition_app.reports.certificate import render_certificates
    from competition_app.reports.layouts import builtin_layout

    items = _certificate_items()
    layout = builtin_layout("classic-cn")
    start = clock()
    pdf = render_certificates(items, layout)
    (work / "certificates.pdf").write_bytes(pdf)
    return time.perf_counter() - start


def certificates_baseline(work: Path) -> float:
    """The same texts and a QR code per page, drawn on a bare canvas with ReportLab's QR widget."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from competition_app.reports.fonts import SANS, register_fonts

    items = _certificate_items()
    register_fonts()
    start = clock()
    c = Canvas(str(work / "certificates-bare.pdf"), pagesize=landscape(A4), pageCompression=1)
    for it in items:
        c.setFont(SANS, 36)
        c.drawCentredString(421, 480, "荣誉证书")
        c.setFont(SANS, 16)
        c.drawString(120, 400, f"{it.name}（{it.unit}）：")
        c.drawString(150, 360, f"在{it.event}{it.trade}比赛中荣获{it.award}，特发此证。")
        c.drawString(520, 200, it.issuer)
        c.drawString(560, 170, "二〇二四年六月十八日")
        c.setFont(SANS, 9)
        c.drawString(60, 60, f"证书编号：{it.serial}  验证码：{it.code}")
        widget = QrCodeWidget(it.code)
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(70, 70, transform=[70 / (x1 - x0), 0, 0, 70 / (y1 - y0), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, c, 720, 50)
        c.showPage()
    c.save()
    return time.perf_counter() - start


def prepare_demo(work: Path) -> None:
    """The demo event the cold start opens (the one `competition-app demo` builds)."""
    from competition_app.services.setup.demo import build_demo_event

    db = work / "demo.db"
    if not db.exists():
        ctx = context(db)
        assert build_demo_event(ctx) == EVENT_ID
        ctx.db.dispose()


FIGURES: dict[str, tuple[Callable[[Path], float], Callable[[Path], float]]] = {
    "import_contestants_xlsx": (import_contestants_app, import_contestants_baseline),
    "import_marks_csv": (import_marks_app, import_marks_baseline),
    "import_marks_one_big_file": (big_file.import_big_file_app, big_file.import_big_file_baseline),
    "rank_all_trades": (rank_app, rank_baseline),
    "save_one_mark": (scoring.save_one_mark_app, scoring.save_one_mark_baseline),
    "load_score_grid_30k": (scoring.load_grid_app, scoring.load_grid_baseline),
    "results_sheet_30k_pdf": (results_sheet_app, results_sheet_baseline),
    "certificates_1000_pdf": (certificates_app, certificates_baseline),
    "open_contestants_view": (window.open_contestants_view_app,
                              window.open_contestants_view_baseline),
    "cold_start": (window.cold_start_app, window.cold_start_baseline),
    "open_event_city": (window.open_event_city_app, window.open_event_city_baseline),
    "cli_results_one_trade": (scoring.cli_results_app, scoring.cli_results_baseline),
}  # fmt: skip


def main(argv: list[str]) -> None:
    key, variant, work = argv[0], argv[1], Path(argv[2])
    if key == "prepare":
        out: dict[str, Any] = prepare(work, float(variant))
    elif key == "prepare_demo":
        prepare_demo(work)
        out = {}
    elif key == "prepare_grid30k":
        scoring.prepare_grid30k(work)
        out = {}
    elif key == "prepare_big_file":
        big_file.prepare_big_file(work)
        out = {}
    else:
        app_fn, baseline_fn = FIGURES[key]
        fn = app_fn if variant == "app" else baseline_fn
        seconds = fn(work)
        before = before_kib[0] if before_kib else peak_kib()
        out = {"seconds": seconds, "rss_before_mb": mb(before), "peak_mb": mb(peak_kib())}
        if "peak_mb" in extra:  # a whole process measured from here: its own memory
            out["rss_before_mb"] = 0.0
        out.update(extra)
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
