"""`vocdesk demo`: fill an empty database with a realistic, deterministic demo college."""

from __future__ import annotations

import argparse
import sys

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.messages import render


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--learners", type=int, default=2000, help="how many learners (default 2000)")
    parser.add_argument("--seed", type=int, default=2569, help="random seed; the same seed gives the same college")
    parser.add_argument("--graduate-cohorts", type=int, default=2, metavar="N",
                        help="past cohorts of graduates with survey answers (default 2; 0: current learners only)")


def _handle(args: argparse.Namespace) -> int:
    from vocdesk.demo import DemoOptions, fill_demo_college_with_users

    with opened_app(args) as opened:
        summary, _changes = opened.context.run(
            lambda uow: fill_demo_college_with_users(uow, DemoOptions(
                learners=args.learners, seed=args.seed, graduate_cohorts=args.graduate_cohorts,
                keys_dir=opened.context.paths.keys_dir))
        )
        print_json(summary)
    print(render("demo_users_warning", args.lang or "th"), file=sys.stderr)
    return 0


COMMAND = Subcommand("demo", "fill an empty database with a demo college (deterministic) and one demo user per role "
                     "(passwords printed under demo_users)", _arguments, _handle)
