"""`python -m benchmarks`: a synthetic city contest at full and 1/10 scale, every figure timed.

Writes benchmarks/results.json and benchmarks/results.md. Options: `--only KEY[,KEY]` to run
some figures, `--no-tenth` to skip the 1/10 run, `--work DIR` for the generated files and
databases (a temporary folder by default, deleted afterwards unless `--keep`).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.runner import TARGETS, combine, compile_app, machine, run_scale, write


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("--only", help="comma-separated figure keys (default: all)")
    p.add_argument("--no-tenth", action="store_true", help="skip the 1/10 scale run")
    p.add_argument("--work", type=Path, help="folder for generated files and databases")
    p.add_argument("--keep", action="store_true", help="keep the work folder")
    p.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                   help="where results.json and results.md go")  # fmt: skip
    args = p.parse_args(argv)
    keys = list(TARGETS)
    if args.only:
        wanted = [k.strip() for k in args.only.split(",") if k.strip()]
        unknown = [k for k in wanted if k not in TARGETS]
        if unknown:
            p.error(f"unknown figure(s): {', '.join(unknown)}; known: {', '.join(TARGETS)}")
        # the import figures leave the databases the others work on
        needs = {"import_contestants_xlsx"} if set(wanted) - {"cold_start"} else set()
        if set(wanted) - {"cold_start", "import_contestants_xlsx", "certificates_1000_pdf"}:
            needs.add("import_marks_csv")  # every other figure works on the filled event
        keys = [k for k in TARGETS if k in set(wanted) | needs]

    work = args.work or Path(tempfile.mkdtemp(prefix="competition-bench-"))

    def log(text: str) -> None:
        print(text, flush=True)

    started = time.perf_counter()
    compile_app(log)
    try:
        full = run_scale(1.0, work / "full", keys, log)
        tenth = None if args.no_tenth else run_scale(0.1, work / "tenth", keys, log)
    finally:
        if not args.keep and args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    results: dict[str, Any] = {
        "machine": machine(),
        "wall_seconds": round(time.perf_counter() - started, 1),
        "full": {k: full[k] for k in ("contestants", "marks", "trades")},
        "tenth": {k: tenth[k] for k in ("contestants", "marks", "trades")} if tenth else None,
        "figures": combine(full, tenth),
    }
    js, md = write(results, args.out)
    log(f"wrote {js} and {md} ({results['wall_seconds']:.0f} s)")
    missed = [k for k, f in results["figures"].items() if f["meets_target"] is False]
    if missed:
        log(f"missing their targets: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
