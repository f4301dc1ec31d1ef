"""Render the printed documents of the demo event to PNGs for the README (docs/images/).

    .venv/bin/python scripts/document_images.py [--out docs/images] [--width 1366]

The demo is built in a temporary database; three fitters get the names that used to print wrong
(陈𠮷, 刘䶮 and a Uyghur name) and the fitter trade is locked, so the certificates are final and
the result sheet is the public notice; the electrician sheet is printed unlocked, as a draft.
The fitters' check-in sheet is printed before their draw (it says so); the welders are drawn and
coded, so their score forms and desk cards show codes and workstations.
Each PDF's first page goes through `pdftoppm -scale-to-x WIDTH` (poppler-utils).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HARD_NAMES = ("陈\U00020bb7", "刘\u4dae", "阿卜杜热合曼·买买提明")


def main() -> int:
    from competition_app.services.contest_day.blind_codes import generate_codes
    from competition_app.services.contest_day.lots import draw_trade_lots
    from competition_app.services.context import Context
    from competition_app.services.printing import certificates, printing
    from competition_app.services.registration.contestants import (
        list_contestants,
        update_contestant,
    )
    from competition_app.services.results.locking import lock_trade
    from competition_app.services.results.results import results_for
    from competition_app.services.setup.demo import build_demo_event
    from competition_app.services.setup.trades import get_trade
    from competition_app.storage.database import Database

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    ap.add_argument("--width", type=int, default=1366)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "demo.db")
        ctx = Context(db)
        event_id = build_demo_event(ctx)
        ranked = [r for r in results_for(ctx, event_id, "fitter").rows if r.award]
        group = ranked[0].group  # the first certificate's group: its sheet shows all three
        people = {c.number: c for c in list_contestants(ctx, event_id, "fitter")}
        for name, row in zip(HARD_NAMES, [r for r in ranked if r.group == group], strict=False):
            update_contestant(ctx, people[row.number]._replace(name=name))
        lock_trade(ctx, get_trade(ctx, event_id, "fitter").id)
        draw_trade_lots(ctx, event_id, "welder", seed=7)  # welders: drawn and coded
        generate_codes(ctx, event_id, "welder")
        documents = {
            "certificate-classic": certificates.certificates_pdf(
                ctx, event_id, trade_code="fitter"
            )[0],
            "certificate-bilingual": certificates.certificates_pdf(
                ctx, event_id, trade_code="fitter", layout="plain-bilingual"
            )[0],
            "result-sheet": printing.result_sheet_pdf(ctx, event_id, "fitter", group=group),
            "result-sheet-internal": printing.result_sheet_pdf(
                ctx, event_id, "fitter", group=group, internal=True
            ),
            "result-sheet-draft": printing.result_sheet_pdf(ctx, event_id, "electrician"),
            "checkin": printing.form_pdf(ctx, event_id, "fitter", "checkin"),
            "scoreform": printing.form_pdf(ctx, event_id, "welder", "scoreform"),
            "desk-cards": printing.form_pdf(ctx, event_id, "welder", "desk"),
            "calibration": certificates.calibration_pdf("classic-cn"),
        }
        db.dispose()
        args.out.mkdir(parents=True, exist_ok=True)
        for name, pdf in documents.items():
            src = Path(tmp) / f"{name}.pdf"
            src.write_bytes(pdf)
            subprocess.run(
                ["pdftoppm", "-png", "-f", "1", "-l", "1", "-singlefile",
                 "-scale-to-x", str(args.width), "-scale-to-y", "-1",
                 str(src), str(args.out / name)],
                check=True,
            )  # fmt: skip
            print(args.out / f"{name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
