"""`vocdesk learner search|show|status|at-risk`: find learners, change a status under the rules, list who is at risk.

The at-risk list prints as PDF through `vocdesk report learners-at-risk --out FILE.pdf`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json


def _learner_id(session: object, code: str) -> int:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from vocdesk.errors import NotFound
    from vocdesk.persistence.models import Learner

    assert isinstance(session, Session)
    found = session.scalar(select(Learner.id).where(Learner.student_code == code.strip()))
    if found is None:
        raise NotFound(what=f"learner {code}")
    return int(found)


def _search(args: argparse.Namespace) -> int:
    from vocdesk.services.learners.listing import learner_rows
    from vocdesk.services.learners.search import LearnerFilters, search_learner_ids, search_mode

    with opened_app(args) as opened, opened.context.db.read() as session:
        ctx = opened.context
        filters = LearnerFilters(level=args.level, status=args.status, is_dual=True if args.dual else None)
        ids = search_learner_ids(session, ctx.actor, " ".join(args.text), filters, today=ctx.today())
        rows = learner_rows(session, ctx.actor, ids[:args.limit])
        print_json({"mode": search_mode(session), "found": len(ids), "learners": [r._asdict() for r in rows]})
    return 0


def _show(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from vocdesk.services.learners.register import learner_detail
    from vocdesk.services.learners.risk import assess_learners

    with opened_app(args) as opened, opened.context.db.read() as session:
        ctx = opened.context
        lid = _learner_id(session, args.code)
        risk = assess_learners(session, ctx.actor, ctx.today(), [lid]).get(lid)
        print_json(asdict(learner_detail(session, ctx.actor, lid)) | {
            "risk": None if risk is None else {"level": risk.level.label_th, "rules": [asdict(r) for r in risk.rules]}})
    return 0


def _status(args: argparse.Namespace) -> int:
    from vocdesk.cli.equipment_grant_cmd import cli_date
    from vocdesk.persistence.models import Learner
    from vocdesk.services.learners.register import change_status

    with opened_app(args) as opened:
        ctx = opened.context
        with ctx.db.read() as session:
            lid = _learner_id(session, args.code)
            learner = session.get(Learner, lid)
            assert learner is not None
            seen = learner.version
        when = cli_date(args.date, "--date") if args.date else None
        version, _ = ctx.run(lambda uow: change_status(uow, lid, seen, args.to, when, args.reason or ""))
    print_json({"student_code": args.code, "status": args.to, "version": version})
    return 0


def _at_risk(args: argparse.Namespace) -> int:
    from vocdesk.domain.risk import RiskLevel
    from vocdesk.services.learners.reports import write_at_risk_csv, write_at_risk_xlsx

    out = Path(args.out)
    writer = write_at_risk_xlsx if out.suffix.lower() == ".xlsx" else write_at_risk_csv
    with opened_app(args) as opened:
        count = writer(opened.context, out, RiskLevel.HIGH if args.high else RiskLevel.WATCH)
    print_json({"file": str(out), "learners": count})
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="learner_action", metavar="ACTION", required=True)
    search = sub.add_parser("search", help="search by Thai/English name, student code (and ID where allowed)")
    search.add_argument("text", nargs="*", default=[])
    search.add_argument("--level", choices=("pvc", "pvs", "btech"))
    search.add_argument("--status")
    search.add_argument("--dual", action="store_true", help="dual-system learners only")
    search.add_argument("--limit", type=int, default=50)
    search.set_defaults(learner_handler=_search)
    show = sub.add_parser("show", help="one learner: profile, history, support, skills, follow-up, risk")
    show.add_argument("code")
    show.set_defaults(learner_handler=_show)
    status = sub.add_parser("status", help="change a learner's status (leaving needs --date and --reason)")
    status.add_argument("code")
    status.add_argument("--to", required=True, help="studying, suspended, withdrawn, dismissed, graduated, ...")
    status.add_argument("--date", help="effective date, ISO or 31/03/2569")
    status.add_argument("--reason")
    status.set_defaults(learner_handler=_status)
    risk = sub.add_parser("at-risk", help="write the at-risk list for the regional dual-vocational centre")
    risk.add_argument("--out", required=True, help="FILE.xlsx (Excel) or FILE.csv (UTF-8 with BOM)")
    risk.add_argument("--high", action="store_true", help="high risk only")
    risk.set_defaults(learner_handler=_at_risk)


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.learner_handler(args))


COMMAND = Subcommand("learner", "learners: search, show, status changes, at-risk list", _arguments, _dispatch)
