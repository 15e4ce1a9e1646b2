"""`vocdesk audit verify [--head COUNT:HASH]` and `vocdesk audit list` with filters (auditor, administrator)."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import asdict

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.audit_chain import Checkpoint
from vocdesk.services.core.audit import AuditFilter, list_audit, verify_audit


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    verify = sub.add_parser("verify", help="check the hash chain; exit 1 if any record was edited, removed or moved")
    verify.add_argument("--head", help="checkpoint from an exported package: COUNT:HASH (or just HASH)")
    show = sub.add_parser("list", help="list audit records, newest first, as JSON")
    show.add_argument("--actor", default="")
    show.add_argument("--action", default="", help="action prefix, e.g. user. or learner.update")
    show.add_argument("--entity", default="")
    show.add_argument("--id", default="", help="record id")
    show.add_argument("--since", help="ISO date or time (UTC)")
    show.add_argument("--until", help="ISO date or time (UTC), exclusive")
    show.add_argument("--limit", type=int, default=200)


def _when(value: str | None, field: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError as error:
        raise ValidationFailed("invalid", field=field) from error


def _handle(args: argparse.Namespace) -> int:
    with opened_app(args) as opened:
        ctx = opened.context
        if args.audit_action == "verify":
            checkpoint = Checkpoint.parse(args.head) if args.head else None
            verdict, _ = ctx.run(lambda uow: verify_audit(uow, checkpoint))
            print_json({"ok": verdict.ok, "count": verdict.checkpoint.count, "head": verdict.checkpoint.head,
                        "checkpoint": str(verdict.checkpoint),
                        "problem": asdict(verdict.problem) if verdict.problem else None})
            return 0 if verdict.ok else 1
        filters = AuditFilter(actor=args.actor, action_prefix=args.action, entity=args.entity, entity_id=args.id,
                              since=_when(args.since, "--since"), until=_when(args.until, "--until"),
                              limit=args.limit)
        rows, _ = ctx.run(lambda uow: list_audit(uow, filters))
        print_json([asdict(row) for row in rows])
    return 0


COMMAND = Subcommand("audit", "verify or list the audit trail", _arguments, _handle)
