"""`vocdesk labour`: the demand template, the programme ↔ occupation map and supply against demand (gap)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    template = sub.add_parser("template", help="write the demand template (xlsx, Thai headers)")
    template.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    mapping = sub.add_parser("map", help="the programme ↔ occupation map with weights")
    mapping.add_argument("--seed", action="store_true", help="give unmapped programmes the reviewed starting set")
    mapping.add_argument("--json", action="store_true")
    gap = sub.add_parser("gap", help="per programme: occupations, graduates, demand, ratio, score and reasons")
    gap.add_argument("--area", default=None, metavar="PROVINCE", help="a province or region (default: the country)")
    gap.add_argument("--year", type=int, default=None, help="year of the demand facts, พ.ศ. (default: the latest)")
    gap.add_argument("--json", action="store_true")


def _handle(args: argparse.Namespace) -> int:
    with opened_app(args) as opened:
        {"template": _template, "map": _map, "gap": _gap}[args.action](opened.context, args)
    return 0


def _template(ctx: Any, args: argparse.Namespace) -> None:
    from vocdesk.services.labour.template import write_template

    columns = write_template(ctx.actor, args.out)
    print_json({"path": str(args.out), "columns": columns})


def _map(ctx: Any, args: argparse.Namespace) -> None:
    from vocdesk.services.labour.occupation_map import occupation_map, seed_starting_map

    seeded = ctx.run(seed_starting_map)[0] if args.seed else 0
    with ctx.db.read() as session:
        mapped = occupation_map(session, ctx.actor)
    print_json({"seeded": seeded, "programmes": [
        {"programme_id": m.programme_id, "level": m.level, "major_code": m.major_code, "name": m.name_th,
         "occupations": [{"scheme": s, "code": c, "weight": w} for s, c, w in m.occupations]} for m in mapped]})


def _gap(ctx: Any, args: argparse.Namespace) -> None:
    from vocdesk.services.labour.gap import programme_gaps

    with ctx.db.read() as session:
        year, area, lines = programme_gaps(session, ctx.actor, args.area, args.year)
    print_json({"year": year, "area": area, "programmes": [asdict(line) for line in lines]})


COMMAND = Subcommand("labour", "labour market: demand template, programme ↔ occupation map, supply against demand",
                     _arguments, _handle)
