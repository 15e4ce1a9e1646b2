"""`vocdesk rollover preview|apply`: the year-end rollover, always previewed; apply backs up first (SQLite)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json


def _date(text: str | None) -> dt.date | None:
    from vocdesk.domain.thai_dates import parse_thai_date
    from vocdesk.errors import ValidationFailed

    if not text:
        return None
    parsed = parse_thai_date(text)
    if parsed is None:
        raise ValidationFailed("invalid", field="--on", value=text)
    return parsed.date


def _repeaters(args: argparse.Namespace, session: Any) -> list[int]:
    from sqlalchemy import select

    from vocdesk.errors import NotFound
    from vocdesk.persistence.models import Learner

    codes = [code.strip() for text in args.repeat or () for code in text.split(",") if code.strip()]
    found = dict(session.execute(select(Learner.student_code, Learner.id).where(Learner.student_code.in_(codes))).all())
    missing = [code for code in codes if code not in found]
    if missing:
        raise NotFound(what=f"learner {', '.join(missing)}")
    return [found[code] for code in codes]


def _run(args: argparse.Namespace) -> int:
    from vocdesk.domain.academic import academic_year_of
    from vocdesk.services.learners.rollover import apply_rollover, preview_rollover

    with opened_app(args) as opened:
        ctx = opened.context
        on = _date(args.on) or ctx.today()
        year = args.year or academic_year_of(on)
        with ctx.db.read() as session:
            repeaters = _repeaters(args, session)
            preview = preview_rollover(session, ctx.actor, year, on, repeaters)
        plan = preview.plan
        changes = [{"student_code": c.student_code, "name": preview.names.get(c.learner_id, ""), "move": c.move.value,
                    "year": [c.old_year, c.new_year], "group": [preview.group_codes.get(c.old_group_id or 0),
                                                                preview.group_codes.get(c.new_group_id or 0)],
                    "reason": c.reason} for c in plan.learners]
        summary = {"academic_year": year, "on": on, "already_done": preview.already_done,
                   "groups": [{"group_code": g.code, "year": [g.old_year, g.new_year]} for g in plan.groups],
                   "counts": {move: sum(1 for c in changes if c["move"] == move)
                              for move in ("promote", "graduate", "repeat", "not_qualified", "held_suspended")}}
        if args.rollover_action == "preview":
            print_json(summary | {"learners": changes, "fingerprint": preview.fingerprint})
            return 0
        result = apply_rollover(ctx, year, on, args.fingerprint, repeaters)
    print_json({"academic_year": result.academic_year, "groups_promoted": result.groups_promoted,
                "promoted": result.promoted, "graduated": result.graduated, "repeating": result.repeating,
                "not_qualified": result.not_qualified, "held_suspended": result.held,
                "backup": str(result.backup) if result.backup else "PostgreSQL: the server's own backups apply"})
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="rollover_action", metavar="ACTION", required=True)
    for name, text in (("preview", "list every change the rollover would make; writes nothing"),
                       ("apply", "back up, then write the previewed rollover (needs --fingerprint from preview)")):
        action = sub.add_parser(name, help=text)
        action.add_argument("--year", type=int, help="academic year (พ.ศ.) being closed; default: that of --on")
        action.add_argument("--on", help="date of the rollover (graduation date), ISO or 31/03/2569; default today")
        action.add_argument("--repeat", action="append", metavar="CODES",
                            help="student codes kept in their year (comma-separated, repeatable)")
        if name == "apply":
            action.add_argument("--fingerprint", required=True, help="the fingerprint the preview printed")


COMMAND = Subcommand(name="rollover", help="year-end rollover: promote groups, graduate, keep repeaters",
                     add_arguments=_arguments, handler=_run)
