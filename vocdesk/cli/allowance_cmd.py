"""`vocdesk allowance add|late`: the allowance an enterprise paid a learner, month by month, and the months late."""

from __future__ import annotations

import argparse

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import add_json, cli_date, emit


def _add(args: argparse.Namespace) -> int:
    from vocdesk.domain.dual.allowances import baht_to_satang
    from vocdesk.services.dual.allowances import PaymentInput, record_payment

    month = cli_date(args.month if len(args.month) > 7 else f"{args.month}-01", "month")
    data = PaymentInput(args.placement, month, baht_to_satang(args.amount), cli_date(args.paid_on, "paid_on"),
                        args.reported_by)
    with opened_app(args) as opened:
        payment_id, _ = opened.context.run(lambda uow: record_payment(uow, data, args.version))
    emit(args, {"id": payment_id, "month": month.strftime("%Y-%m"), "amount_satang": data.amount_satang},
         [f"#{payment_id}"])
    return 0


def _late(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.allowances import late_allowances

    on = cli_date(args.on, "on") if args.on else None
    with opened_app(args) as opened:
        rows, _ = opened.context.run(lambda uow: late_allowances(uow, on))
    emit(args, rows, [f"#{r.placement_id}\t{r.student_code}\t{'STOPPED' if r.stopped else 'late'}\t"
                      f"{','.join(r.late_months + r.short_months)}\t{r.owed_satang / 100:,.2f}" for r in rows])
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="allowance_action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="record one month's payment as reported")
    add.add_argument("--placement", type=int, required=True)
    add.add_argument("--month", required=True, help="the month paid for, e.g. 2569-11 or 2026-11")
    add.add_argument("--amount", required=True, help="baht, e.g. 2700 or 2,700.50")
    add.add_argument("--paid-on", required=True)
    add.add_argument("--reported-by", default="")
    add.add_argument("--version", type=int, help="correct the month recorded with this version")
    add.set_defaults(allowance_handler=_add)
    late = sub.add_parser("late", help="months due and not paid, or paid short; stopped allowances first")
    late.add_argument("--on", help="the day to judge on (default: today)")
    late.set_defaults(allowance_handler=_late)
    for child in (add, late):
        add_json(child)


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.allowance_handler(args))


COMMAND = Subcommand("allowance", "allowances paid to dual learners (เบี้ยเลี้ยง) and the months late",
                     _arguments, _dispatch)
