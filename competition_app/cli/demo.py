"""`demo`: build the demonstration event, and open the window on it if asked."""

from __future__ import annotations

import argparse

from competition_app.cli.common import context, open_app, say


def cmd_demo(args: argparse.Namespace) -> int:
    if args.open:
        # the window finds the demo event, or builds it, once it is shown: a first start does
        # not wait in the terminal, and later ones show the window before the database layer
        # is imported (ui/window/application.py)
        return open_app(args, demo=True)
    from competition_app.services.setup.demo import build_demo_event

    ctx = context(args)
    event_id = build_demo_event(ctx)
    print(say(f"演示赛事已建在 {ctx.db.display_name()}"))
    print(event_id)
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    x = sub.add_parser("demo", help="建立演示赛事")
    x.add_argument("--open", action="store_true", help="建好后打开程序窗口")
    x.set_defaults(func=cmd_demo)
