"""`event`: create an event from its TOML definition, write it back, list the events."""

from __future__ import annotations

import argparse
from pathlib import Path

from competition_app.cli.common import context, say


def cmd_event_import(args: argparse.Namespace) -> int:
    from competition_app.io.event_file import read_event_definition
    from competition_app.services.setup.events import create_event

    definition = read_event_definition(Path(args.file))
    event_id = create_event(context(args), definition)
    print(say(f"已创建赛事“{definition.name}”，{len(definition.trades)} 个工种"))
    print(event_id)
    return 0


def cmd_event_export(args: argparse.Namespace) -> int:
    from competition_app.io.event_file import write_event_definition
    from competition_app.services.setup.events import export_event

    write_event_definition(export_event(context(args, write=False), args.id), Path(args.file))
    print(say(f"已导出到 {args.file}"))
    return 0


def cmd_event_list(args: argparse.Namespace) -> int:
    from competition_app.io.result_tables import text_table
    from competition_app.services.setup.events import list_events

    events = list_events(context(args, write=False))
    print(
        text_table(
            ["id", "name", "date", "trades", "contestants"],
            [[str(e.id), e.name, e.date, str(e.trades), str(e.contestants)] for e in events],
        )
    )
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ev = sub.add_parser("event", help="赛事").add_subparsers(dest="action", required=True)
    x = ev.add_parser("import", help="从 TOML 赛事定义文件创建赛事")
    x.add_argument("file")
    x.set_defaults(func=cmd_event_import)
    x = ev.add_parser("export", help="把赛事写回 TOML 定义文件")
    x.add_argument("id", type=int)
    x.add_argument("file")
    x.set_defaults(func=cmd_event_export)
    x = ev.add_parser("list", help="列出赛事")
    x.set_defaults(func=cmd_event_list)
