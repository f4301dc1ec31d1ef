"""A whole contest in the window, as an organizer runs it, with a picture of every step.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/walkthrough.py --out DIR

From an empty database: the new-event wizard, a registration form with bad rows (refused, each
named) and then a good one with hard names (陈𠮷, 刘䶮, 阿卜杜热合曼·买买提明, a 35-character
unit), lots, check-in, marks typed with the keyboard (one out of range), results, the working
behind one result, the lock, the certificates' print preview, and the same pages in English.
The pictures are for a person to look at; the assertions are the ones a person would make.
Runs on the real display platform when there is one (Xvfb), else offscreen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

SIZE = (1366, 768)
LONG_UNIT = "重庆市江北区观音桥街道建新北路社区职业技能培训指导服务中心"  # 29 characters
UNIT_35 = (LONG_UNIT + "第二分中心培训")[:35]


def settle(app: Any, ms: int = 250) -> None:
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        app.processEvents()


def wait_until(app: Any, condition: Any, what: str, timeout_ms: int = 60_000) -> None:
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while not condition():
        if timer.elapsed() > timeout_ms:
            raise SystemExit(f"walkthrough: gave up waiting for {what}")
        app.processEvents()


def registration(path: Path, rows: list[list[str]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["参赛证号", "姓名", "工种", "单位", "身份证号", "组别"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="competition-walk-"))

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QLineEdit

    from competition_app.settings import CONFIG_ENV, AppSettings, save_settings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp / "settings"))
    os.environ[CONFIG_ENV] = str(tmp / "settings" / "settings.toml")
    save_settings(AppSettings(data_folder=str(tmp / "data")))

    from competition_app.domain.id_number import check_digit
    from competition_app.services.context import Context
    from competition_app.storage.database import Database
    from competition_app.ui.common import prompts
    from competition_app.ui.window.application import create_application
    from competition_app.ui.window.main_window import MainWindow
    from competition_app.ui.window.translation import install_translators

    asked: list[str] = []
    prompts.confirm = lambda parent, title, text: asked.append(text) or True  # type: ignore[assignment]
    prompts.inform = lambda *a: asked.append(a[-1])  # type: ignore[assignment]

    app = create_application([sys.argv[0]])
    print("platform:", app.platformName())
    ctx = Context(Database(tmp / "contest.db"))
    step = 0

    def shoot(widget: Any, name: str) -> Path:
        nonlocal step
        step += 1
        settle(app)
        path = out / f"{step:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)
        return path

    window = MainWindow(ctx, None)
    window.resize(*SIZE)
    window.show()
    shoot(window, "welcome")

    # 1. the wizard
    wizard = window.new_event()
    wizard.event_page.name.setText("2026年江北区“技能之星”职业技能大赛")
    shoot(wizard, "wizard-event")
    wizard.next()
    wizard.trades_page.add_trade("electrician", "电工", "cn-electrician")
    shoot(wizard, "wizard-trades")
    wizard.next()
    shoot(wizard, "wizard-summary")
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert window.session is not None, "the wizard made no event"
    shoot(window, "event")

    # 2. registrations: a bad file refused row by row, then the good one
    body = "11010519900307123"
    good_id = body + check_digit(body)
    names = ["陈𠮷", "刘䶮", "阿卜杜热合曼·买买提明", "欧阳娜娜", "王伟", "李静", "张敏", "刘洋"]
    people = [
        [str(101 + i), n, "电工", UNIT_35 if i % 3 == 0 else f"江北区第{i}职业学校", "", ""]
        for i, n in enumerate(names)
    ]
    bad = registration(
        tmp / "报名表.xlsx",
        [*people, ["105", "重号", "电工", "单位1", "", ""], ["120", "", "电工", "单位", "", ""],
         ["121", "坏证件", "电工", "单位", good_id[:-1] + ("0" if good_id[-1] != "0" else "1"), ""]],
    )  # fmt: skip
    contestants = window.show_view("contestants")
    contestants.import_file(bad)
    wait_until(
        app, lambda: getattr(contestants, "preview_dialog", None) is not None, "the import check"
    )
    shoot(contestants.preview_dialog, "import-refused")
    contestants.preview_dialog.reject()
    contestants.preview_dialog = None
    contestants.import_file(registration(tmp / "报名表（改）.xlsx", people))
    wait_until(
        app, lambda: getattr(contestants, "preview_dialog", None) is not None, "the import preview"
    )
    shoot(contestants.preview_dialog, "import-preview")
    contestants.preview_dialog.import_button.click()
    wait_until(app, lambda: contestants.model.rowCount() == len(names), "the imported rows")
    shoot(window, "contestants")

    # 3. lots and check-in
    lots = window.show_view("lots")
    lots.select_trade("electrician")
    lots.seed.setText("20261202")
    assert lots.draw() is not None, "the draw failed"
    shoot(window, "lots")
    checkin = window.show_view("checkin")
    checkin.select_trade("electrician")
    for number in ("101", "102", "103", "104", "105", "106", "107", "102"):
        checkin.scan(number)
    shoot(window, "checkin")

    # 4. marks with the keyboard; one out of range is refused on the spot
    scoring = window.show_view("scoring")

    def type_in(index: Any, text: str) -> None:
        from PySide6.QtTest import QTest

        scoring.table.setCurrentIndex(index)
        scoring.table.setFocus()
        QTest.keyClicks(scoring.table, text[0])
        editor = next(
            e for e in scoring.table.findChildren(QLineEdit, "CellEditor") if e.isVisible()
        )
        QTest.keyClicks(editor, text[1:])
        QTest.keyClick(editor, Qt.Key.Key_Return)
        settle(app, 30)

    theory, practical = scoring.entry_column("theory"), scoring.entry_column("practical")
    type_in(scoring.cell("101", theory), "120")
    shoot(window, "scoring-refused")
    from PySide6.QtTest import QTest

    editor = next(e for e in scoring.table.findChildren(QLineEdit, "CellEditor") if e.isVisible())
    QTest.keyClick(editor, Qt.Key.Key_Escape)  # the clerk gives up on the refused mark
    settle(app, 30)
    for i in range(len(names)):
        number = str(101 + i)
        if number == "108":
            continue  # absent: never checked in
        type_in(scoring.cell(number, theory), str(70 + i))
        type_in(scoring.cell(number, practical), str(90 - 2 * i) + ".5")
    type_in(scoring.cell("103", theory), "88")  # a correction: the status line says old → new
    shoot(window, "scoring")

    # 5. results, the working, the lock
    results = window.show_view("results")
    wait_until(app, lambda: results.model.rowCount() > 0, "the results")
    shoot(window, "results")
    results.explain_row(0)
    wait_until(app, lambda: results.explanation_dialog is not None, "the explanation")
    shoot(results.explanation_dialog, "explanation")
    results.explanation_dialog.close()
    results.toggle_lock()
    settle(app)
    shoot(window, "results-locked")

    # 6. certificates: the print preview
    printing = window.show_view("printing")
    printing.select_trade("electrician")
    shoot(window, "printing")
    printing.preview("certificates")
    wait_until(app, lambda: getattr(printing, "preview_dialog", None) is not None, "the preview")
    shoot(printing.preview_dialog, "certificate-preview")
    printing.preview_dialog.close()

    # 7. the same contest in English
    event_id = window.session.event_id
    window.close()
    install_translators("en")
    english = MainWindow(ctx, event_id)
    english.resize(*SIZE)
    english.show()
    for name in ("event", "contestants", "scoring", "results", "printing"):
        english.show_view(name)
        if name == "scoring":
            type_in_en = english.views["scoring"]
            type_in_en.table.setFocus()
        shoot(english, f"en-{name}")
    english.close()
    ctx.db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)
    print("questions asked:", *asked, sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
