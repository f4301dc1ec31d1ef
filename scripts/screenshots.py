"""Save a PNG of each main view of the window, opened on the demo event, to docs/images/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/images] [--lang en]
        [--charts-only: just the histogram and projector board images]

Runs offscreen by default (or under Xvfb: `xvfb-run .venv/bin/python scripts/screenshots.py`).
The demo is built in a temporary database and the window's settings go to a temporary folder,
so nothing of the user's is read or changed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1366, 768)  # the venue laptop (issue 13): every page must be usable at this size
VIEWS = (
    "event",
    "trades",
    "contestants",
    "judges",
    "scoring",
    "results",
    "teams",
    "printing",
    "audit",
)


def settle(app, ms: int = 300) -> None:  # type: ignore[no-untyped-def]
    """Let queued work, background tasks and repaints finish."""
    from competition_app.ui.common.workers import running_tasks

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end or running_tasks():
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def a_day_at_the_venue(ctx, event_id: int) -> None:  # type: ignore[no-untyped-def]
    """A few of the changes an audit trail records: marks, a status, a lock and an unlock."""
    from competition_app.services.registration.contestants import list_contestants, set_status
    from competition_app.services.results.locking import lock_trade, unlock_trade
    from competition_app.services.scoring.score_grid import load_grid, save_cell
    from competition_app.services.setup.trades import get_trade

    fitter = get_trade(ctx, event_id, "fitter")
    grid = load_grid(ctx, fitter.id)
    row = next(r for r in grid.rows if r.number == "1045")
    for i, col in enumerate(grid.columns[1:4], start=1):
        if not (col.judge_unit and col.judge_unit == row.unit):
            save_cell(ctx, row.contestant_id, col, Decimal("31.5"), row.versions[i])
    people = {c.number: c.id for c in list_contestants(ctx, event_id)}
    set_status(ctx, people["1046"], "absent", reason="检录未到")
    electrician = get_trade(ctx, event_id, "electrician")
    lock_trade(ctx, electrician.id)
    unlock_trade(ctx, electrician.id, "仲裁委员会裁定复核 1052 号选手“安装工艺”分数")
    lock_trade(ctx, electrician.id)


def contest_day(ctx, event_id: int) -> None:  # type: ignore[no-untyped-def]
    """Lots drawn for the fitters, and an appeal about an electrician decided and applied."""
    from datetime import datetime, timedelta

    from competition_app.services.contest_day.lots import draw_trade_lots
    from competition_app.services.integrity.appeals import (
        decide_appeal,
        record_appeal,
    )
    from competition_app.services.setup.trade_options import set_trade_options
    from competition_app.services.setup.trades import get_trade

    draw_trade_lots(ctx, event_id, "fitter", seed=20220720, capacities=(24, 24))
    electrician = get_trade(ctx, event_id, "electrician")
    end = datetime.now().replace(second=0, microsecond=0) - timedelta(minutes=50)
    set_trade_options(ctx, electrician.id, ends_at=end)
    first = record_appeal(
        ctx, event_id, "electrician", "1052", "第 3 项“通电调试”漏计 4 分", received_at=end
    )
    decide_appeal(ctx, first.id, "upheld", "经复核评分表，漏计属实")
    record_appeal(ctx, event_id, "electrician", "1060", "认为“安全规范”扣分过重")
    return None


def judges_and_codes(ctx, event_id: int) -> None:  # type: ignore[no-untyped-def]
    """A judge from a contestant's unit, a declared conflict, a criteria panel; blind welders."""
    from dataclasses import replace

    from competition_app.services.contest_day.blind_codes import generate_codes
    from competition_app.services.registration.contestants import list_contestants
    from competition_app.services.registration.judge_roster import update_judge
    from competition_app.services.registration.judges import list_judges
    from competition_app.services.scoring.recusal import assign_judge, declare_conflict
    from competition_app.services.setup.trade_options import set_trade_options
    from competition_app.services.setup.trades import get_trade

    judges = {j.code: j for j in list_judges(ctx, event_id)}
    fitters = {c.number: c for c in list_contestants(ctx, event_id, "fitter")}
    update_judge(ctx, replace(judges["QG3"], unit=fitters["1004"].unit))
    declare_conflict(ctx, judges["QG1"].id, fitters["1020"].id, "师徒关系（曾为其实习指导教师）")
    fitter = get_trade(ctx, event_id, "fitter")
    assign_judge(ctx, judges["QG2"].id, fitter.id, ["f1", "f2", "f3"])
    welder = get_trade(ctx, event_id, "welder")
    set_trade_options(ctx, welder.id, blind=True)
    generate_codes(ctx, event_id, "welder")


def apply_first_appeal(ctx, window) -> None:  # type: ignore[no-untyped-def]
    """Change the mark the upheld appeal is about, through the page, so it shows what moved."""
    view = window.views["appeals"]
    view.select_appeal(1)
    dialog = view.change_marks()
    labels = [dialog.cell.itemText(i) for i in range(dialog.cell.count())]
    dialog.add_change(next(i for i, t in enumerate(labels) if t.startswith("通电调试")), "34")
    dialog.save()
    view.select_appeal(1)


def judge_analysis_shot(app, view, path: Path) -> Path | None:  # type: ignore[no-untyped-def]
    """成绩 → 评分分析 of the welders (five judges, trimmed mean), saved as its own image."""
    view.select_trade("welder")
    settle(app)
    view.open_judge_analysis()
    settle(app)
    dialog = view.analysis_dialog
    if dialog is None:
        return None
    settle(app)
    dialog.grab().save(str(path))
    dialog.close()
    return path


def charts_and_board_shots(app, out: Path, suffix: str, tmp: Path):  # type: ignore[no-untyped-def]
    """The results page's score distribution and the projector board (day and ceremony) at
    1366×768, on a demo of their own: the electricians locked, the welders blind."""
    from competition_app.services.contest_day.blind_codes import generate_codes
    from competition_app.services.context import Context
    from competition_app.services.results.locking import lock_trade
    from competition_app.services.setup.demo import build_demo_event
    from competition_app.services.setup.trade_options import set_trade_options
    from competition_app.services.setup.trades import get_trade
    from competition_app.storage.database import Database
    from competition_app.ui.scoreboard.board_window import ScoreboardWindow
    from competition_app.ui.window.main_window import MainWindow

    db = Database(tmp / "charts.db")
    ctx = Context(db)
    event_id = build_demo_event(ctx)
    lock_trade(ctx, get_trade(ctx, event_id, "electrician").id)
    set_trade_options(ctx, get_trade(ctx, event_id, "welder").id, blind=True)
    generate_codes(ctx, event_id, "welder")
    saved = []
    window = MainWindow(ctx, event_id)
    window.resize(*SIZE)
    window.show()
    window.first_run.dismiss()
    view = window.show_view("results")
    settle(app)
    view.select_trade("fitter")
    settle(app)
    view.tabs.setCurrentWidget(view.histogram)
    settle(app)
    window.statusBar().clearMessage()
    path = out / f"ui-results-histogram{suffix}.png"
    window.grab().save(str(path))
    saved.append(path)

    board = ScoreboardWindow(window.session, "day")
    board.resize(*SIZE)
    board.show()
    board.refresh()
    settle(app)
    board.timer.stop()  # the pages are chosen here, not by the clock
    for name, key in (
        ("progress", ("progress", "", "", "")),
        ("day", ("leaderboard", "fitter", "职工组", "")),
    ):
        board.index = [s.key for s in board.slides].index(key)
        path = out / f"ui-scoreboard-{name}{suffix}.png"
        board.grab().save(str(path))
        saved.append(path)
    board.set_mode("ceremony")
    board.index = [s.key for s in board.slides].index(("stage", "electrician", "", "一等奖"))
    path = out / f"ui-scoreboard-ceremony{suffix}.png"
    board.grab().save(str(path))
    saved.append(path)
    board.close()
    window.close()
    db.dispose()
    return saved


def staff_accounts(ctx):  # type: ignore[no-untyped-def]
    """The accounts of a contest's staff; returns the organizer's logged-in context."""
    from competition_app.services.context import Context
    from competition_app.services.integrity.users import add_user, set_active

    add_user(ctx, "张建国", "organizer", "demo-password")
    org = Context(ctx.db, user="张建国")
    for name, role in (
        ("李志强", "chief_judge"),
        ("王芳", "judge"),
        ("陈静", "judge"),
        ("刘洋", "encryption_judge"),
        ("赵敏", "viewer"),
        ("孙磊", "judge"),
    ):
        add_user(org, name, role, "demo-password")
    set_active(org, "孙磊", False)
    return org


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "images"))
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument(
        "--charts-only", action="store_true", help="only the histogram and projector board images"
    )
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "zh_CN" else f"-{args.lang}"

    tmp = Path(tempfile.mkdtemp(prefix="competition-shots-"))
    from PySide6.QtCore import QSettings

    from competition_app.settings import CONFIG_ENV, AppSettings, save_settings

    # window state, the settings file, data and backups all in the temporary folder
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp / "settings"))
    os.environ[CONFIG_ENV] = str(tmp / "settings" / "settings.toml")
    save_settings(AppSettings(language=args.lang, data_folder=str(tmp / "data")))

    from competition_app.services.context import Context
    from competition_app.services.setup.demo import build_demo_event
    from competition_app.storage.database import Database
    from competition_app.ui.window.application import create_application
    from competition_app.ui.window.main_window import MainWindow

    app = create_application([sys.argv[0]])
    if args.charts_only:
        for path in charts_and_board_shots(app, out, suffix, tmp):
            print(path)
        shutil.rmtree(tmp, ignore_errors=True)
        return 0
    db = Database(tmp / "demo.db")
    ctx = Context(db)
    event_id = build_demo_event(ctx)

    saved: list[Path] = []

    def shoot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        settle(app)
        widget.statusBar().clearMessage()  # the temporary folder's backup notice
        settle(app, 50)
        path = out / f"ui-{name}{suffix}.png"
        widget.grab().save(str(path))
        saved.append(path)

    from competition_app.ui.window import preferences

    preferences.add_recent_file(tmp / "demo.db")
    welcome = MainWindow(ctx, None)
    welcome.resize(*SIZE)
    welcome.show()
    shoot(welcome, "welcome")
    welcome.close()

    window = MainWindow(ctx, event_id)
    window.resize(*SIZE)
    window.show()
    for name in VIEWS:
        view = window.show_view(name)
        settle(app)
        if name == "scoring":
            view.select_trade("fitter")
            settle(app)
            view.go_to_number("1045")
        elif name == "results":
            view.select_trade("fitter", "学生组")
            settle(app)
            view.explain_row(1)
            settle(app)
            if view.explanation_dialog is not None:
                dialog = view.explanation_dialog
                settle(app)
                path = out / f"ui-results-explain{suffix}.png"
                dialog.grab().save(str(path))
                saved.append(path)
                dialog.close()
            shot = judge_analysis_shot(app, view, out / f"ui-judge-analysis{suffix}.png")
            saved.extend([shot] if shot else [])
            view.select_trade("fitter", "学生组")
            settle(app)
        elif name == "trades":
            view.select_trade("fitter")
        elif name == "audit":
            a_day_at_the_venue(ctx, event_id)
            window.session.check_for_changes()
            settle(app)
        shoot(window, name)
        # the single-user banner is shown once, on the event page; the other pages without it
        window.first_run.dismiss()

    # the contest-day pages
    contest_day(ctx, event_id)
    window.session.check_for_changes()
    view = window.show_view("lots")
    view.select_trade("fitter")
    shoot(window, "lots")
    view = window.show_view("checkin")
    view.select_trade("fitter")
    for number in ("1001", "1002", "1005", "1009", "1013", "1004"):
        view.scan(number)
    view.scan("1002")  # scanned twice: amber
    view.scan("1010")
    shoot(window, "checkin")
    view = window.show_view("appeals")
    view.select_trade("electrician")
    settle(app)
    apply_first_appeal(ctx, window)
    shoot(window, "appeals")
    judges_and_codes(ctx, event_id)
    window.session.check_for_changes()
    view = window.show_view("assignments")
    view.select_trade("fitter")
    shoot(window, "assignments")
    view = window.show_view("codes")
    view.select_trade("welder")
    view.show_tables()
    shoot(window, "codes")
    window.close()

    # once there are accounts, the organizer manages them
    organizer = staff_accounts(ctx)
    window = MainWindow(organizer, event_id)
    window.resize(*SIZE)
    window.show()
    view = window.show_view("users")
    settle(app)
    view.select_user("王芳")
    shoot(window, "users")
    window.close()
    saved.extend(charts_and_board_shots(app, out, suffix, tmp))
    db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
