"""`vocdesk service-hours LEARNER`: a learner's service hours from repair jobs and volunteer shifts."""

from __future__ import annotations

import argparse

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import add_json, emit


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("learner", metavar="LEARNER", help="student code")
    add_json(parser)


def _dispatch(args: argparse.Namespace) -> int:
    from vocdesk.services.community.hours import learner_hours

    with opened_app(args) as opened, opened.context.db.read() as session:
        hours = learner_hours(session, opened.context.actor, args.learner)
    lines = [f"{line.point_code}\t{line.first_day}\t{line.last_day}\t{line.minutes / 60:.1f} h" for line in hours.lines]
    emit(args, hours, [f"{hours.student_code} {hours.name}: {hours.total_minutes / 60:.1f} h", *lines])
    return 0


COMMAND = Subcommand("service-hours", "a learner's service hours (Fix it jobs and volunteer shifts)", _arguments,
                     _dispatch)
