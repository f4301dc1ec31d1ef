"""Running the figures in child processes, at full and 1/10 scale, and writing the results."""

from __future__ import annotations

import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.measure import IDLE_SECONDS

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
CHILD_TIMEOUT = 300


@dataclass(frozen=True)
class Target:
    what: str
    ratio: float  # the time ratio against the baseline measured in the same run (issue 16)
    peak_mb: float | None = None
    scales: bool = True  # False: the same work at every scale (1,000 certificates, one mark)

    def describe(self) -> str:
        parts = [f"<= {self.ratio:g}x baseline"]
        if self.peak_mb is not None:
            parts.append(f"<= {self.peak_mb:g} MB")
        return ", ".join(parts)


TARGETS: dict[str, Target] = {
    "import_contestants_xlsx": Target("import 30,000 contestants from an XLSX", 1.5),
    "import_marks_csv": Target("import 900,000 criterion marks (74 CSV files)", 2, 300),
    "import_marks_one_big_file": Target("import one CSV file of 900,000 marks (one trade)", 2, 300),
    "rank_all_trades": Target("recompute totals, ranks and awards for all 74 trades", 2),
    "save_one_mark": Target("median time to commit one mark through the service (SQLite)", 3,
                            scales=False),
    "load_score_grid_30k": Target("the score grid of one trade of 30,000 contestants", 2),
    "results_sheet_30k_pdf": Target("one 30,000-row result sheet PDF", 1.5, 300),
    "certificates_1000_pdf": Target("1,000 certificates with verification QR", 1, scales=False),
    "open_contestants_view": Target("show the 30,000-row contestants table (offscreen)", 2),
    "cold_start": Target("process start to the main window first painted (demo database)", 3, scales=False),
    "open_event_city": Target("process start to the city event's page with its entry progress",
                              3),
    "cli_results_one_trade": Target("`competition-app results` for one trade, start to exit", 3),
}  # fmt: skip

BASELINES = {
    "import_contestants_xlsx": "openpyxl read-only rows + sqlite3 executemany into a plain table",
    "import_marks_csv": "csv.reader + sqlite3 executemany into a plain table, a commit per file",
    "import_marks_one_big_file": "csv.reader + sqlite3 executemany of the file into a plain "
    "table, one commit",
    "rank_all_trades": "sqlite3 read of the marks, float sums per contestant, sorted() per trade",
    "save_one_mark": "one INSERT + COMMIT into the same database file, same pragmas "
    "(WAL, synchronous=FULL)",
    "load_score_grid_30k": "sqlite3 fetchall of the trade's contestants and marks into a dict",
    "results_sheet_30k_pdf": "bare ReportLab canvas, drawString per cell, 40 rows a page",
    "certificates_1000_pdf": "bare ReportLab canvas: the same texts + ReportLab's QrCodeWidget",
    "open_contestants_view": "sqlite3 fetchall + bare QTableView on a trivial model",
    "cold_start": "bare PySide6: QApplication + QMainWindow with a label, shown",
    "open_event_city": "bare PySide6 window shown + one GROUP BY count of marks per trade, "
    "same database",
    "cli_results_one_trade": "whole process: `python -c` sqlite3 read of that trade's marks, "
    "sum, sort",
}

# Timed from the parent, process start to the child's "shown" line.
FROM_PROCESS_START = ("cold_start", "open_event_city")
# Figures that need the one-trade city database (runner.prepare_grid30k).
NEEDS_GRID30K = ("load_score_grid_30k",)
# Figures that need the one-trade registered city and its one big score file.
NEEDS_BIG_FILE = ("import_marks_one_big_file",)
# What a figure reports besides time and memory, copied into the results.
EXTRA_FACTS = (
    "idle_cpu_seconds", "ready_seconds", "cpu_seconds", "helper_peak_mb", "first_open_seconds",
)  # fmt: skip
# Figures whose later turns reopen what the first opened: the event page takes the count kept by
# the open before it (services/scoring/progress_cache) when nothing changed. Their first turn
# opens with no count kept, as the first open after a change does, and is reported on its own.
FIRST_OPEN = ("open_event_city",)

# The figures of a few seconds or less, where one busy moment of this shared machine is a large
# part of one run (the same build measured 2.7-4.6 s in one hour for `rank_all_trades`): each side
# runs this many times, in a process of its own, app and baseline taking turns, and the median
# counts (as for every figure, app and baseline alike). The imports and the PDFs (10-35 s a run)
# run once.
REPEATED_FIGURES = (
    "cold_start",
    "open_contestants_view",
    "cli_results_one_trade",
    "save_one_mark",
    "rank_all_trades",
    "load_score_grid_30k",
    "open_event_city",
)
TURNS = 3


def _seconds(s: float) -> str:
    return f"{s * 1000:.1f} ms" if s < 0.1 else f"{s:.2f} s"


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # the app's settings in the work folder: the backup taken when the window opens the city
    # database (217 MB) goes there and is deleted with it, not into the user's backups
    env["COMPETITION_APP_CONFIG"] = str(_app_settings(work))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def _app_settings(work: Path) -> Path:
    path = work / "app-settings.toml"
    if not path.exists():
        work.mkdir(parents=True, exist_ok=True)
        folder = json.dumps(str(work / "backups"))  # a TOML basic string
        path.write_text(f"backup_folder = {folder}\n", encoding="utf-8")
    return path


class NotMeasured(Exception):
    """A figure whose child process failed: the reason goes into the results."""


def _reason(stderr: str) -> str:
    lines = [line.strip() for line in stderr.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "the process failed without a message"


def compile_app(log: Any) -> None:
    """The app's bytecode, as scripts/setup.sh and scripts/start.sh leave it for a user: with
    PYTHONDONTWRITEBYTECODE set Python reads __pycache__ but never writes it, so without this
    step every figure's process would compile the app's modules anew, which no user's start does.
    The figures' own modules too: both variants import them, and compiling them would pad the
    baselines of the start-up figures."""
    cmd = [sys.executable, "-m", "compileall", "-q", str(ROOT / "competition_app"), str(HERE)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        log(
            f"compileall failed (the figures compile the app as they start): {_reason(proc.stdout)}"
        )


def run_child(key: str, variant: str, work: Path) -> dict[str, Any]:
    """Run one figure (or a preparation step) in a fresh process; its last line of JSON."""
    cmd = [sys.executable, "-m", "benchmarks.figures", key, variant, str(work)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=_env(work),
                              timeout=CHILD_TIMEOUT, check=False)  # fmt: skip
    except subprocess.TimeoutExpired as e:
        raise NotMeasured(f"did not finish within {CHILD_TIMEOUT} s") from e
    if proc.returncode != 0:
        raise NotMeasured(_reason(proc.stderr))
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def run_from_start(key: str, variant: str, work: Path) -> dict[str, Any]:
    """Process start to the window shown, timed from here; the child says when it is shown."""
    cmd = [sys.executable, "-m", "benchmarks.figures", key, variant, str(work)]
    started = time.time()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=_env(work),
                              timeout=CHILD_TIMEOUT, check=False)  # fmt: skip
    except subprocess.TimeoutExpired as e:
        raise NotMeasured(f"did not finish within {CHILD_TIMEOUT} s") from e
    if proc.returncode != 0:
        raise NotMeasured(_reason(proc.stderr))
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    shown = next((x["shown"] for x in lines if "shown" in x), None)
    if shown is None:
        raise NotMeasured("the window was never shown")
    facts = {**lines[-1], "seconds": shown - started}
    ready = next((x["ready"] for x in lines if "ready" in x), None)
    if ready is not None:  # cold_start: the window shown first, its event page after
        facts["ready_seconds"] = round(ready - started, 3)
    facts.pop("shown", None)
    facts.pop("ready", None)
    return facts


def _median_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    # the memory facts of the run that peaked highest, together (net MB is of one run)
    highest = max(runs, key=lambda r: r["peak_mb"])
    facts = {**highest, "seconds": statistics.median(r["seconds"] for r in runs)}
    for fact in EXTRA_FACTS:  # the page's readiness, the idle window's CPU: medians too
        if all(fact in r for r in runs):
            facts[fact] = statistics.median(r[fact] for r in runs)
    return facts


def measure(key: str, work: Path) -> tuple[dict[str, Any], dict[str, Any] | NotMeasured]:
    """The app's figure and the baseline's (or why the baseline was not measured). A repeated
    figure runs TURNS times a side, app and baseline taking turns, so that a busy moment
    of the machine falls on both alike."""
    once = run_from_start if key in FROM_PROCESS_START else run_child
    turns = TURNS if key in REPEATED_FIGURES else 1
    apps: list[dict[str, Any]] = []
    bases: list[dict[str, Any]] = []
    missing: NotMeasured | None = None
    if key in FIRST_OPEN:
        shutil.rmtree(work / "progress-counts", ignore_errors=True)  # beside app-settings.toml
    for _ in range(turns):
        apps.append(once(key, "app", work))  # NotMeasured here: the figure is not measured
        if missing is None:
            try:
                bases.append(once(key, "baseline", work))
            except NotMeasured as e:
                missing = e
    app = _median_of(apps)
    if key in FIRST_OPEN:
        app["first_open_seconds"] = round(apps[0]["seconds"], 4)
    return app, (missing if missing is not None else _median_of(bases))


def run_scale(scale: float, work: Path, keys: list[str], log: Any) -> dict[str, Any]:
    """Every figure at one scale: app and baseline, each in its own process."""
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    sizes = run_child("prepare", str(scale), work)
    log(f"scale {scale:g}: {sizes['contestants']} contestants, {sizes['marks']} marks "
        f"({time.perf_counter() - started:.1f} s to generate)")  # fmt: skip
    if "cold_start" in keys:
        try:
            run_child("prepare_demo", "-", work)
        except NotMeasured as e:
            log(f"  demo database: {e}")
    grid30k_ready = big_file_ready = False
    figures: dict[str, Any] = {}
    for key in keys:
        if key in NEEDS_BIG_FILE and not big_file_ready:
            try:
                run_child("prepare_big_file", "-", work)
                big_file_ready = True
            except NotMeasured as e:
                log(f"  one big score file: {e}")
        if key in NEEDS_GRID30K and not grid30k_ready:
            try:
                run_child("prepare_grid30k", "-", work)
                grid30k_ready = True
            except NotMeasured as e:
                log(f"  one-trade city database: {e}")
        try:
            app, base = measure(key, work)
        except NotMeasured as e:
            figures[key] = {"not_measured": str(e)}
            log(f"  {key}: not measured: {e}")
            continue
        entry: dict[str, Any] = {
            "seconds": round(app["seconds"], 4),
            "peak_mb": app["peak_mb"],
            "net_mb": round(app["peak_mb"] - app["rss_before_mb"], 1),
            **{k: app[k] for k in EXTRA_FACTS if k in app},
        }
        if isinstance(base, NotMeasured):
            entry["baseline"] = {"not_measured": str(base)}
        else:
            entry["baseline"] = {
                "seconds": round(base["seconds"], 4),
                "peak_mb": base["peak_mb"],
                **{k: base[k] for k in EXTRA_FACTS if k in base},
            }
            entry["ratio_seconds"] = round(app["seconds"] / base["seconds"], 2)
            entry["ratio_peak_mb"] = round(app["peak_mb"] / base["peak_mb"], 2)
        figures[key] = entry
        log(
            f"  {key}: {_seconds(entry['seconds'])}, {entry['peak_mb']} MB"
            + (f", {entry['ratio_seconds']}x baseline" if "ratio_seconds" in entry else "")
        )
    return {"scale": scale, **sizes, "figures": figures}


def verdict(key: str, full: dict[str, Any]) -> bool | None:
    if "not_measured" in full or "ratio_seconds" not in full:
        return None
    t = TARGETS[key]
    ok = bool(full["ratio_seconds"] <= t.ratio)
    if t.peak_mb is not None:
        ok = ok and full["peak_mb"] <= t.peak_mb
    return ok


def combine(full: dict[str, Any], tenth: dict[str, Any] | None) -> dict[str, Any]:
    """One entry per figure: the full-scale figure, its target, the 1/10 figure, the growth."""
    out: dict[str, Any] = {}
    for key, entry in full["figures"].items():
        t = TARGETS[key]
        item: dict[str, Any] = {
            "what": t.what,
            "target": {"ratio": t.ratio, "peak_mb": t.peak_mb},
            "baseline_is": BASELINES[key],
            **entry,
        }
        small = (tenth or {}).get("figures", {}).get(key)
        if small and "not_measured" not in small and "not_measured" not in entry:
            item["tenth"] = {k: small[k] for k in ("seconds", "peak_mb", "net_mb")}
            item["memory_ratio_peak"] = round(entry["peak_mb"] / small["peak_mb"], 2)
            item["memory_ratio_net"] = round(entry["net_mb"] / max(small["net_mb"], 0.1), 2)
            item["same_work_at_every_scale"] = not t.scales
        item["meets_target"] = verdict(key, entry)
        out[key] = item
    return out


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "sqlite": sqlite3.sqlite_version,
    }


def markdown(results: dict[str, Any]) -> str:
    m = results["machine"]
    lines = [
        "# Benchmark results",
        "",
        f"`python -m benchmarks` on {m['cpus']} CPUs, Python {m['python']}, SQLite {m['sqlite']} "
        f"({m['platform']}); {results['full']['contestants']:,} contestants, "
        f"{results['full']['marks']:,} marks, {results['full']['trades']} trades; "
        f"run took {results['wall_seconds']:.0f} s. Each figure ran in a process of its own; "
        "peak MB is that process's peak resident memory (ru_maxrss), net MB what the measured "
        "part added to it. Ratios are app / bare baseline, measured the same way in the same run. "
        "The app's and the figures' modules were byte-compiled first, as scripts/setup.sh and "
        "scripts/start.sh leave them (PYTHONDONTWRITEBYTECODE stops Python writing bytecode, "
        "not reading it).",
        "",
        "| key | what | bare baseline (exactly this) | target | seconds | baseline s | × time "
        "| peak MB | × peak MB | 1/10 scale s | meets |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    idle = []
    for key, f in results["figures"].items():
        head = f"| `{key}` | {f['what']} | {BASELINES[key]} | {TARGETS[key].describe()} | "
        if "not_measured" in f:
            lines.append(head + f"not measured: {f['not_measured']} | | | | | | |")
            continue
        base = f.get("baseline", {})
        meets = {True: "yes", False: "**no**", None: "—"}[f["meets_target"]]
        lines.append(
            head
            + f"{_seconds(f['seconds'])} | "
            + (_seconds(base["seconds"]) if "seconds" in base else base.get("not_measured", ""))
            + f" | {f.get('ratio_seconds', '—')} | {f['peak_mb']:g} | "
            + f"{f.get('ratio_peak_mb', '—')} | "
            + (_seconds(f["tenth"]["seconds"]) if "tenth" in f else "—")
            + f" | {meets} |"
        )
        if "idle_cpu_seconds" in f:
            idle.append(
                f"- `{key}`: process CPU over the {IDLE_SECONDS} s after the window was shown: "
                f"{f['idle_cpu_seconds']:g} s (baseline {base.get('idle_cpu_seconds', '—')} s)"
            )
        if "helper_peak_mb" in f:
            idle.append(
                f"- `{key}`: ranked on two cores, a helper process taking part of the trades: "
                f"CPU of both processes {f['cpu_seconds']:g} s (baseline: one process), the "
                f"helper's peak {f['helper_peak_mb']:g} MB besides this process's"
            )
        if "first_open_seconds" in f:
            idle.append(
                f"- `{key}`: the median of {TURNS} opens, the later ones reopening the database as "
                f"the one before left it (the entry progress counted then is taken); the first "
                f"open, counting it: {_seconds(f['first_open_seconds'])}, "
                f"{f['first_open_seconds'] / base['seconds']:.2f}x baseline"
                if "seconds" in base
                else f"- `{key}`: the first open: {_seconds(f['first_open_seconds'])}"
            )
        if "ready_seconds" in f:
            idle.append(
                f"- `{key}`: the window is shown first and then opens the database; its event "
                f"page had its data {_seconds(f['ready_seconds'])} after the process started"
            )
    lines += ["", *idle]
    notes = HERE / "fixes.md"
    if notes.exists():
        lines += ["", notes.read_text(encoding="utf-8").strip()]
    return "\n".join(lines) + "\n"


def write(results: dict[str, Any], folder: Path = HERE) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    js = folder / "results.json"
    md = folder / "results.md"
    js.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    md.write_text(markdown(results), encoding="utf-8")
    return js, md
