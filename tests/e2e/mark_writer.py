"""Child process of test_power_loss: saves marks in a loop through the scoring service and prints
each one the service acknowledged, until it is killed.

    python tests/e2e/mark_writer.py DB EVENT_ID

Prints `i,contestant_id,criterion,value` per acknowledged mark, flushed at once.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from itertools import count

CRITERIA = ("c1", "c2", "c3")


def planned(i: int, contestants: list[int]) -> tuple[int, str, str]:
    """The i-th mark the writer saves: every (contestant, criterion) over and over with a value
    that changes each round, so an old value is told apart from the newest."""
    n = len(contestants)
    contestant = contestants[i % n]
    criterion = CRITERIA[(i // n) % len(CRITERIA)]
    value = f"{(i * 7) % 100 / 10:.1f}"  # 0.0 … 9.9, within the criteria's max of 10
    return contestant, criterion, value


def main(argv: list[str]) -> int:
    from sqlalchemy import select

    from competition_app.services.context import Context
    from competition_app.services.scoring.scoring import record_mark
    from competition_app.storage.database import Database
    from competition_app.storage.models import Contestant

    db = Database(argv[1])
    ctx = Context(db, user="writer")
    with db.reading() as s:
        ids = list(
            s.scalars(
                select(Contestant.id)
                .where(Contestant.event_id == int(argv[2]))
                .order_by(Contestant.id)
            )
        )
    print("ready", flush=True)
    for i in count():
        contestant, criterion, value = planned(i, ids)
        record_mark(ctx, contestant, criterion, Decimal(value))
        sys.stdout.write(f"{i},{contestant},{criterion},{value}\n")
        sys.stdout.flush()
    return 0  # pragma: no cover - killed before


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
