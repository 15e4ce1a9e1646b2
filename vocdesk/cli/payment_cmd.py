"""`vocdesk payment add|void`: fees with a numbered receipt (the number is printed), waivers, voids."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.cli.training_common import add_json, money_arg, trainee_ref

if TYPE_CHECKING:
    from vocdesk.services.core.context import AppContext


def _add(args: argparse.Namespace) -> int:
    from vocdesk.services.training.receipts import add_payment

    if (args.amount is None) == (args.waive is None):
        from vocdesk.errors import ValidationFailed

        raise ValidationFailed("required", field="--amount")
    amount = 0 if args.amount is None else money_arg(args.amount, "--amount")
    with opened_app(args) as opened:
        with opened.context.db.read() as session:
            trainee = trainee_ref(session, opened.context.actor, args.trainee)
        row, _ = opened.context.run(lambda uow: add_payment(uow, args.run, trainee.id, amount, args.waive or ""))
        if args.pdf is not None and row.number:
            _print_receipt(opened.context, row.id, args.pdf)
    answer = {"receipt": row.number, "fiscal_year": row.fiscal_year, "amount_satang": row.amount_satang,
              "waiver": row.waiver_reason}
    print_json(answer) if args.json else print(row.number or f"waived: {row.waiver_reason}")
    return 0


def _print_receipt(context: AppContext, receipt_id: int, out: Path) -> None:
    from vocdesk.services.core.settings import college_profile
    from vocdesk.services.training.documents import receipt_pdf
    from vocdesk.services.training.receipts import mark_printed

    row, _ = context.run(lambda uow: mark_printed(uow, receipt_id))
    with context.db.read() as session:
        college = college_profile(session).name_th
    receipt_pdf(row, college, out, context.paths.resources_dir, copy=row.prints > 0)


def _void(args: argparse.Namespace) -> int:
    from vocdesk.services.training.receipts import void_receipt

    with opened_app(args) as opened:
        row, _ = opened.context.run(lambda uow: void_receipt(uow, args.number, args.reason))
    print_json({"receipt": row.number, "state": row.state}) if args.json else print(f"{row.number}: void")
    return 0


def _income(args: argparse.Namespace) -> int:
    from vocdesk.services.training.receipts import income

    with opened_app(args) as opened, opened.context.db.read() as session:
        rows = income(session, opened.context.actor, args.year)
    answer = {"fiscal_year": args.year, "courses": [{"code": c, "name_th": n, "receipts": k, "satang": s}
                                                    for c, n, k, s in rows],
              "total_satang": sum(r[3] for r in rows)}
    if args.json:
        print_json(answer)
    else:
        for code, name, count, satang in rows:
            print(f"{code:<12} {count:>5} {satang / 100:>14,.2f}  {name}")
        print(f"{'':<12} {'':>5} {answer['total_satang'] / 100:>14,.2f}")
    return 0


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="payment_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="take a fee (prints the receipt number) or record a waiver")
    add.add_argument("run", help="CODE/N")
    add.add_argument("--trainee", required=True, help="national ID, passport number or #id")
    add.add_argument("--amount", help="baht, e.g. 1500 or 1,500.50")
    add.add_argument("--waive", help="the reason the fee is waived (no amount, no receipt number)")
    add.add_argument("--pdf", type=Path, help="also write the receipt PDF here")
    add_json(add)
    add.set_defaults(handler=_add)
    void = sub.add_parser("void", help="void a receipt; its number stays in the register")
    void.add_argument("number", help="e.g. 2570/000012")
    void.add_argument("--reason", required=True)
    add_json(void)
    void.set_defaults(handler=_void)
    income = sub.add_parser("income", help="own income (เงินรายได้สถานศึกษา) per course in a fiscal year")
    income.add_argument("year", type=int, help="fiscal year in พ.ศ., e.g. 2570")
    add_json(income)
    income.set_defaults(handler=_income)


COMMAND = Subcommand("payment", "fees and the receipt register (training centre)", _add_arguments, _add)
