"""`vocdesk placement add|list|check|activate`: placements and contracts; exit 1 when findings stop an action."""

from __future__ import annotations

import argparse
import datetime as dt
import re

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import FINDINGS_STOPPED, add_json, cli_date, emit
from vocdesk.errors import ValidationFailed


def _time(text: str) -> dt.time:
    match = re.fullmatch(r"([0-9]{1,2})[:.]([0-9]{2})", text.strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValidationFailed("dual.time_invalid", field="time", value=text)
    return dt.time(int(match[1]), int(match[2]))


def _findings_lines(findings: list[object], lang: str) -> list[str]:
    return [f"{f.severity}\t{f.code}\t{f.learner}\t{f.message_th if lang == 'th' else f.message_en}"  # type: ignore[attr-defined]
            for f in findings]


def _add(args: argparse.Namespace) -> int:
    from vocdesk.domain.dual.weekdays import parse_weekdays
    from vocdesk.services.dual.placements import PlacementInput, ShiftInput, add_placement

    shifts = tuple(ShiftInput(day, _time(args.shift_start), _time(args.shift_end), args.break_minutes)
                   for day in parse_weekdays(args.days))
    data = PlacementInput(args.learner, args.enterprise, args.trainer, cli_date(args.start, "start"),
                          cli_date(args.end, "end"), args.semesters, args.mou, args.supervisor,
                          cli_date(args.contract_date, "contract_date") if args.contract_date else None, shifts,
                          args.allowance, args.allowance_per, args.tasks, tuple(args.hazard or ()),
                          args.guardian_consent, trains_on_holidays=args.trains_on_holidays)
    with opened_app(args) as opened:
        saved, _ = opened.context.run(lambda uow: add_placement(uow, data))
    emit(args, {"id": saved.id, "status": "draft", "findings": saved.findings},
         [f"#{saved.id} draft", *_findings_lines(list(saved.findings), args.lang or "th")])
    return 0


def _list(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.listing import list_placements

    with opened_app(args) as opened:
        rows, _ = opened.context.run(lambda uow: list_placements(uow, args.status, args.enterprise, args.learner,
                                                                 args.supervisor))
    emit(args, rows, [f"#{r.id}\t{r.status}\t{r.student_code}\t{r.enterprise}\t{r.start_date}\t{r.end_date}"
                      for r in rows])
    return 0


def _check(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.placements import check_placement

    with opened_app(args) as opened:
        findings, _ = opened.context.run(lambda uow: check_placement(uow, args.placement_id))
    emit(args, {"id": args.placement_id, "findings": findings}, _findings_lines(list(findings), args.lang or "th"))
    return FINDINGS_STOPPED if any(f.severity == "error" for f in findings) else 0


def _activate(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.placements import activate_placement, check_placement

    with opened_app(args) as opened:
        ctx = opened.context
        try:
            findings, _ = ctx.run(lambda uow: activate_placement(uow, args.placement_id, args.accept_reason))
        except ValidationFailed as error:
            if error.code not in ("dual.findings_block", "dual.warning_reason"):
                raise
            findings, _ = ctx.run(lambda uow: check_placement(uow, args.placement_id))
            emit(args, {"id": args.placement_id, "status": "draft", "refused": error.code, "findings": findings},
                 [f"#{args.placement_id} {error.code}", *_findings_lines(list(findings), args.lang or "th")])
            return FINDINGS_STOPPED
    emit(args, {"id": args.placement_id, "status": "active", "findings": findings}, [f"#{args.placement_id} active"])
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="placement_action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="save a draft placement and show its findings")
    add.add_argument("--learner", required=True, help="student code")
    add.add_argument("--enterprise", type=int, required=True)
    add.add_argument("--trainer", type=int, required=True)
    add.add_argument("--start", required=True, help="first training day")
    add.add_argument("--end", required=True, help="last training day (included)")
    add.add_argument("--semesters", type=int, default=1)
    add.add_argument("--days", default="จ-ศ", help="training days at the enterprise, e.g. จ-ศ or อ,พ,พฤ")
    add.add_argument("--shift-start", default="08:00")
    add.add_argument("--shift-end", default="17:00")
    add.add_argument("--break-minutes", type=int, default=60)
    add.add_argument("--contract-date")
    add.add_argument("--mou", type=int)
    add.add_argument("--supervisor", type=int, help="supervising teacher id (ครูนิเทศก์)")
    add.add_argument("--allowance", type=float, default=0.0)
    add.add_argument("--allowance-per", default="day", choices=("day", "month"))
    add.add_argument("--tasks", default="")
    add.add_argument("--hazard", action="append", help="a task on the §49 list of prohibited work for minors")
    add.add_argument("--guardian-consent", action="store_true")
    add.add_argument("--trains-on-holidays", action="store_true",
                     help="the enterprise trains on public holidays too (checked for minors)")
    add.set_defaults(placement_handler=_add)
    listing = sub.add_parser("list", help="placements of every status unless --status is given")
    listing.add_argument("--status", choices=("draft", "active", "completed", "ended"))
    listing.add_argument("--enterprise", type=int)
    listing.add_argument("--learner")
    listing.add_argument("--supervisor", type=int)
    listing.set_defaults(placement_handler=_list)
    check = sub.add_parser("check", help="run every rule; exit 1 when an error is found")
    check.add_argument("placement_id", type=int)
    check.set_defaults(placement_handler=_check)
    activate = sub.add_parser("activate", help="draft → active; exit 1 when findings stop it")
    activate.add_argument("placement_id", type=int)
    activate.add_argument("--accept-reason", default="", help="why the warnings are accepted (audited)")
    activate.set_defaults(placement_handler=_activate)
    for child in (add, listing, check, activate):
        add_json(child)


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.placement_handler(args))


COMMAND = Subcommand("placement", "placements and training contracts (การฝึกอาชีพ / สัญญาการฝึกอาชีพ)",
                     _arguments, _dispatch)
