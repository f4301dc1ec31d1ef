"""`competition-app --self-test`: the whole chain once, in a temporary folder, on the real code.

Run on a venue laptop after installing (and by the packaging tests on the bundle): it proves the
installed app finds its migrations, fonts, layouts and samples, that Qt loads its platform and
image plugins, that the PDFs render, and that SQLite backups and event archives work. Each step
prints one line; the first failure prints its traceback and the exit status is 1. Nothing outside
the temporary folder is touched, and the user's settings are not read.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from competition_app import __version__
from competition_app.resources_path import resource

SAMPLES = ("samples",)


class SelfTestFailure(Exception):
    """A step found something wrong (as opposed to crashing)."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


@dataclass
class _Run:
    tmp: Path
    out: Callable[[str], None]
    state: dict[str, Any] = field(default_factory=dict)


def _sample(name: str) -> Path:
    path = resource(*SAMPLES, name)
    _check(path.is_file(), f"sample file missing from the installation: {path}")
    return path


def step_qt(run: _Run) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    assert isinstance(app, QApplication)
    run.state["qt_app"] = app
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.addWidget(QLabel("职业技能大赛 self-test"))
    widget.resize(320, 120)
    app.processEvents()
    pixmap = widget.grab()  # renders without showing: no window flashes on a real desktop
    _check(not pixmap.isNull(), "Qt could not draw a widget")
    icon = QIcon(str(resource("icons", "app.svg")))
    _check(not icon.pixmap(64, 64).isNull(), "Qt could not load the SVG icon (imageformats)")
    widget.close()
    from competition_app.ui.window.about_dialog import AboutDialog

    about = AboutDialog(data_path=run.tmp / "self-test.db", log_path=run.tmp / "logs")
    _check(__version__ in about.version_text(), "about dialog does not show the version")
    about.close()
    return f"Qt {_qt_version()} platform {app.platformName()}"


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return str(qVersion())


def step_database(run: _Run) -> str:
    from competition_app.services.context import Context
    from competition_app.storage.database import Database

    db = Database(run.tmp / "self-test.db")
    run.state["db"] = db
    run.state["ctx"] = Context(db, user="self-test")
    return f"schema {db.schema_revision()}"


def step_event(run: _Run) -> str:
    from competition_app.io.event_file import read_event_definition
    from competition_app.services.setup.events import create_event

    definition = read_event_definition(_sample("event.toml"))
    run.state["event_id"] = create_event(run.state["ctx"], definition)
    run.state["trades"] = [t.code for t in definition.trades]
    return f"“{definition.name}”, {len(definition.trades)} trades"


def step_registration(run: _Run) -> str:
    from competition_app.services.registration.contestants import import_contestants, preview_import

    ctx, event_id = run.state["ctx"], run.state["event_id"]
    preview = preview_import(ctx, event_id, _sample("报名表模板.xlsx"))
    _check(preview.ok, f"sample workbook refused: {[str(p) for p in preview.problems]}")
    _check(len(preview.rows) >= 3, "sample workbook has too few example rows")
    n = import_contestants(ctx, event_id, _sample("contestants.csv"))
    _check(n > 0, "no contestants imported")
    return f"workbook {len(preview.rows)} rows checked, {n} contestants imported"


def step_scores(run: _Run) -> str:
    from decimal import Decimal

    from competition_app.services.registration.contestants import list_contestants
    from competition_app.services.scoring.score_file import import_scores
    from competition_app.services.scoring.scoring import record_score

    ctx, event_id = run.state["ctx"], run.state["event_id"]
    fitter = import_scores(ctx, event_id, "fitter", _sample("fitter-scores.csv"))
    electrician = import_scores(ctx, event_id, "electrician", _sample("electrician-marks.csv"))
    # One score through the path the scoring grid uses: the missing practical of 1003.
    c1003 = next(c for c in list_contestants(ctx, event_id) if c.number == "1003")
    saved = record_score(ctx, c1003.id, "practical", Decimal(80))
    _check(saved.value == Decimal("80"), f"saved value read back as {saved.value}")
    return f"{fitter.rows + electrician.rows} score rows imported, one score saved"


def step_results(run: _Run) -> str:
    from competition_app.services.results.results import results_for

    ctx, event_id = run.state["ctx"], run.state["event_id"]
    results = {code: results_for(ctx, event_id, code) for code in run.state["trades"]}
    ranked = [r for res in results.values() for r in res.rows if r.rank is not None]
    _check(bool(ranked), "no contestant was ranked")
    run.state["results"] = results
    awards = sum(1 for r in ranked if r.award)
    return f"{len(ranked)} ranked, {awards} awards"


def step_spreadsheets(run: _Run) -> str:
    # the results workbook written, and read back by the .xls reader's native module (calamine
    # reads .xlsx as well): a bundle that left it out fails here, not at the venue's first .xls
    from python_calamine import CalamineWorkbook

    from competition_app.io.result_tables import result_sheets
    from competition_app.io.table_files import write_xlsx

    res = next(iter(run.state["results"].values()))
    sheets = result_sheets(res.rows, res.rules, event=res.event.name, trade=res.trade.name)
    path = write_xlsx(run.tmp / "results.xlsx", sheets)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    _check(len(rows) == len(sheets[0].rows) + 2, "the results workbook did not read back whole")
    return f"{len(rows) - 2} rows written and read back"


def _event_secret(run: _Run) -> bytes:
    from competition_app.storage.models import Event

    with run.state["ctx"].db.reading() as s:
        ev = s.get(Event, run.state["event_id"])
        assert ev is not None
        return bytes.fromhex(ev.secret)


def step_certificate(run: _Run) -> str:
    from competition_app.domain.certificate_codes import certificate_facts, make_code
    from competition_app.reports.certificate import CertificateData, render_certificates
    from competition_app.reports.layouts import builtin_layout, builtin_layout_names

    secret = _event_secret(run)
    res = run.state["results"]["fitter"]
    names = builtin_layout_names()
    _check(bool(names), "no certificate layouts in the installation")
    items = []
    for i, row in enumerate(r for r in res.rows if r.rank is not None):
        award = row.award or "优秀奖"
        facts = certificate_facts(
            name=row.name, unit=row.unit, trade=res.trade.name, award=award, event=res.event.name
        )
        serial = f"ST{date.today():%Y}-{i + 1:04d}"
        code = make_code(serial, facts, secret)
        items.append(
            CertificateData(
                serial=serial, code=code, name=row.name, unit=row.unit, trade=res.trade.name,
                award=award, title="", event=res.event.name, date=res.event.date,
                issuer=res.event.issuer or res.event.organizer, group=row.group,
            )
        )  # fmt: skip
        run.state.setdefault("codes", []).append((code, facts))
    pages = 0
    for name in names:
        pdf = render_certificates(items, builtin_layout(name))
        path = run.tmp / f"certificates-{name}.pdf"
        path.write_bytes(pdf)
        pages += _pdf_pages(path)
    _check(pages == len(items) * len(names), f"certificate PDFs have {pages} pages")
    return f"{len(items)} certificates × {len(names)} layouts ({', '.join(names)})"


def _pdf_pages(path: Path) -> int:
    """Open the PDF with PDFium (the same library the print preview uses) and count its pages."""
    data = path.read_bytes()
    _check(data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], f"{path.name} is not a whole PDF")
    import pypdfium2

    doc = pypdfium2.PdfDocument(path)
    try:
        n = len(doc)
        page = doc[0]
        bitmap = page.render(scale=0.5)
        _check(bitmap.width > 0, f"PDFium could not draw {path.name}")
    finally:
        doc.close()
    return n


def step_result_sheet(run: _Run) -> str:
    from competition_app.reports.result_sheet import ResultSheetData, render_result_sheet

    pages = 0
    for code, res in run.state["results"].items():
        data = ResultSheetData(
            event_title=res.event.name,
            trade=res.trade.name,
            components=[(c.code, c.name) for c in res.rules.components],
            rows=res.rows,
            decimals=res.rules.rounding.decimals,
            date=res.event.date,
            organizer=res.event.organizer,
        )
        path = run.tmp / f"results-{code}.pdf"
        path.write_bytes(render_result_sheet(data))
        pages += _pdf_pages(path)
    return f"{len(run.state['results'])} result sheets, {pages} pages"


def step_codes(run: _Run) -> str:
    from competition_app.domain.certificate_codes import check_code

    secret = _event_secret(run)
    codes = run.state["codes"]
    for code, facts in codes:
        _check(check_code(code, facts, secret), f"code {code} does not verify")
        _check(not check_code(code, facts + "x", secret), f"altered facts pass for {code}")
    return f"{len(codes)} codes verified, altered facts refused"


def step_backup(run: _Run) -> str:
    from competition_app.services.backup.backups import backup_now, list_backups, preview_backup

    ctx = run.state["ctx"]
    folder = run.tmp / "backups"
    info = backup_now(ctx, folder, reason="manual")
    summary = preview_backup(info.path)
    _check(summary.ok, f"backup failed its integrity check: {summary.integrity}")
    _check(summary.contestants > 0 and summary.marks > 0, "backup is missing data")
    _check(len(list_backups(ctx.db.path, folder)) == 1, "backup not listed")
    return f"{info.size // 1024} KB, {summary.contestants} contestants, {summary.marks} marks"


def step_archive(run: _Run) -> str:
    from competition_app.services.backup.archive import export_event_archive, import_event_archive
    from competition_app.services.context import Context
    from competition_app.services.results.results import results_for
    from competition_app.storage.database import Database

    ctx, event_id = run.state["ctx"], run.state["event_id"]
    archive = run.tmp / "event.cpa"
    export_event_archive(ctx, event_id, archive)
    other = Database(run.tmp / "other-laptop.db")
    try:
        report = import_event_archive(Context(other), archive, files_dir=run.tmp / "imported")
        for code, res in run.state["results"].items():
            again = results_for(Context(other), report.event_id, code)
            _check(
                [(r.number, r.total, r.rank) for r in again.rows]
                == [(r.number, r.total, r.rank) for r in res.rows],
                f"results of {code} differ after the archive round trip",
            )
    finally:
        other.dispose()
    return f"{archive.stat().st_size // 1024} KB archive imported with the same results"


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("Qt", step_qt),
    ("database", step_database),
    ("event", step_event),
    ("registration", step_registration),
    ("scores", step_scores),
    ("results", step_results),
    ("spreadsheets", step_spreadsheets),
    ("certificates", step_certificate),
    ("result sheets", step_result_sheet),
    ("codes", step_codes),
    ("backup", step_backup),
    ("archive", step_archive),
)


def run_self_test(out: Callable[[str], None] | None = None) -> int:
    """Run every step; 0 when all pass, 1 at the first failure."""
    write = out or (lambda line: print(line, flush=True))
    write(f"competition-app {__version__} self-test (Python {sys.version.split()[0]})")
    write(f"resources: {resource()}")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="competition-app-self-test-") as tmp:
        run = _Run(Path(tmp), write)
        try:
            for name, step in STEPS:
                t0 = time.monotonic()
                try:
                    detail = step(run)
                except Exception as e:
                    write(f"FAIL {name}: {e}")
                    write(traceback.format_exc())
                    return 1
                write(f"ok   {name:<14} {detail} ({time.monotonic() - t0:.1f} s)")
        finally:
            db = run.state.get("db")
            if db is not None:
                db.dispose()
    write(f"self-test passed in {time.monotonic() - started:.1f} s")
    return 0
