"""`vocdesk grant ...`: grants per programme and fiscal year, purchases against them, top-ups and transfers."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.domain.grants import LineKind, format_baht, parse_baht
from vocdesk.domain.thai_dates import parse_thai_date
from vocdesk.errors import ValidationFailed


def cli_date(text: str, field: str = "date") -> dt.date:
    """ISO or Thai-typed dates (31/01/2569, 31 ม.ค. 2569) from the command line."""
    parsed = parse_thai_date(text)
    if parsed is None:
        raise ValidationFailed("invalid", field=field, value=text)
    return parsed.date


def _summary_json(summary: Any) -> dict[str, Any]:
    return {"id": summary.id, "programme": summary.programme_name, "fiscal_year": summary.fiscal_year,
            "source": summary.source, "reference_no": summary.reference_no, "amount": format_baht(summary.amount),
            "adjustments": format_baht(summary.adjustments), "committed": format_baht(summary.committed),
            "balance": format_baht(summary.balance), "start": summary.start_date, "end": summary.end_date}


def _list(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.grants import list_grants

    with opened_app(args) as opened, opened.context.db.read() as session:
        print_json([_summary_json(s) for s in list_grants(session, opened.context.actor, args.fiscal_year)])
    return 0


def _add(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.grants import GrantInput, create_grant, find_programme

    with opened_app(args) as opened:
        ctx = opened.context
        with ctx.db.read() as session:
            programme_id = find_programme(session, args.programme)
        data = GrantInput(programme_id, args.fiscal_year, args.source, parse_baht(args.amount),
                          cli_date(args.start, "start"), cli_date(args.end, "end"), args.ref, args.purpose)
        summary, _ = ctx.run(lambda uow: create_grant(uow, data, confirmed=args.confirm or ()))
    print_json(_summary_json(summary))
    return 0


def _show(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.grant_reports import grant_statement

    with opened_app(args) as opened, opened.context.db.read() as session:
        statement = grant_statement(session, opened.context.actor, args.grant_id)
    print_json(_summary_json(statement.summary) | {"movements": [
        {"date": line.day, "kind": line.kind, "description": line.description, "vendor": line.vendor,
         "documents": line.documents, "quantity": str(line.quantity), "total": format_baht(line.total),
         "balance_after": format_baht(line.balance_after)} for line in statement.lines]})
    return 0


def _export(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.export import export_grants, run_equipment_export

    with opened_app(args) as opened:
        ctx = opened.context
        result = run_equipment_export(ctx, lambda session: export_grants(session, ctx.actor, args.out,
                                                                         args.fiscal_year))
    print_json({"file": str(result.path), "rows": result.rows})
    return 0


def _band(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.grants import policy_band, save_policy_band

    with opened_app(args) as opened:
        ctx = opened.context
        if args.min is not None and args.max is not None:
            band, _ = ctx.run(lambda uow: save_policy_band(uow, args.min, args.max))
        else:
            with ctx.db.read() as session:
                band = policy_band(session)
    print_json({"min": format_baht(band.minimum), "max": format_baht(band.maximum)})
    return 0


def _topup(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.grants import record_topup

    with opened_app(args) as opened:
        summary, _ = opened.context.run(lambda uow: record_topup(
            uow, args.grant_id, parse_baht(args.amount), args.reason, args.ref,
            cli_date(args.date) if args.date else None))
    print_json(_summary_json(summary))
    return 0


def _transfer(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.grants import record_transfer

    with opened_app(args) as opened:
        (source, target), _ = opened.context.run(lambda uow: record_transfer(
            uow, args.from_grant, args.to_grant, parse_baht(args.amount), args.reason, args.ref))
    print_json([_summary_json(source), _summary_json(target)])
    return 0


def _line(text: str, number: int, vat: Decimal, included: bool, room_ids: dict[str, int]) -> Any:
    """KIND;DESCRIPTION;QTY;UNIT_PRICE[;CATEGORY[;ROOM]] → LineInput."""
    from vocdesk.services.equipment.purchases import LineInput

    parts = [part.strip() for part in text.split(";")]
    if len(parts) < 4:
        raise ValidationFailed("invalid", field="--line", row=number, value=text)
    try:
        kind, quantity = LineKind(parts[0]), Decimal(parts[2])
    except (ValueError, InvalidOperation):
        raise ValidationFailed("invalid", field="--line", row=number, value=text) from None
    room = parts[5] if len(parts) > 5 and parts[5] else ""
    return LineInput(kind, parts[1], quantity, parse_baht(parts[3], "unit_price"), vat, included,
                     category_code=parts[4] if len(parts) > 4 else "", location_id=room_ids[room] if room else None)


def _buy(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.locations import location_id_by_code
    from vocdesk.services.equipment.purchases import PurchaseInput, TopUp, VendorInput, record_purchase

    with opened_app(args) as opened:
        ctx = opened.context
        with ctx.db.read() as session:
            named = {parts[5].strip() for parts in (text.split(";") for text in args.line) if len(parts) > 5}
            rooms = {code: location_id_by_code(session, code) for code in named if code}
        lines = tuple(_line(text, n, Decimal(args.vat), args.vat_included, rooms)
                      for n, text in enumerate(args.line, start=1))
        data = PurchaseInput(args.grant_id, cli_date(args.date), VendorInput(args.vendor, args.tax_id), lines,
                             args.order, args.invoice, args.receipt, args.note)
        topup = TopUp(parse_baht(args.topup), args.topup_reason) if args.topup else None
        result, _ = ctx.run(lambda uow: record_purchase(uow, data, topup))
    print_json({"purchase_id": result.id, "total": format_baht(result.total),
                "balance_after": format_baht(result.balance_after), "asset_codes": result.asset_codes})
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="grant_action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="grants with amount, committed and balance")
    listing.add_argument("--fiscal-year", type=int, help="พ.ศ., e.g. 2569")
    listing.set_defaults(grant_handler=_list)
    add = sub.add_parser("add", help="record a grant for a programme")
    add.add_argument("--programme", required=True, help="programme id or major code (e.g. 20101)")
    add.add_argument("--fiscal-year", type=int, required=True, help="พ.ศ. (Oct–Sep), e.g. 2569")
    add.add_argument("--source", required=True, help="who gives the money")
    add.add_argument("--amount", required=True, help="baht, e.g. 1,500,000")
    add.add_argument("--start", required=True)
    add.add_argument("--end", required=True)
    add.add_argument("--ref", default="", help="reference number of the allocation letter")
    add.add_argument("--purpose", default="")
    add.add_argument("--confirm", action="append", metavar="WARNING",
                     help="confirm a warning, e.g. grant_above_band (amount outside the policy band)")
    add.set_defaults(grant_handler=_add)
    show = sub.add_parser("show", help="the grant statement: every movement with the balance after it")
    show.add_argument("grant_id", type=int)
    show.set_defaults(grant_handler=_show)
    export = sub.add_parser("export", help="grants and every purchase line to .xlsx")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--fiscal-year", type=int)
    export.set_defaults(grant_handler=_export)
    band = sub.add_parser("band", help="show or set the policy band per curriculum (whole baht)")
    band.add_argument("--min", type=int)
    band.add_argument("--max", type=int)
    band.set_defaults(grant_handler=_band)
    topup = sub.add_parser("topup", help="add money to a grant (administrator)")
    topup.add_argument("grant_id", type=int)
    topup.add_argument("--amount", required=True)
    topup.add_argument("--reason", required=True)
    topup.add_argument("--ref", default="")
    topup.add_argument("--date")
    topup.set_defaults(grant_handler=_topup)
    transfer = sub.add_parser("transfer", help="move unspent money between grants (administrator)")
    transfer.add_argument("from_grant", type=int)
    transfer.add_argument("to_grant", type=int)
    transfer.add_argument("--amount", required=True)
    transfer.add_argument("--reason", required=True)
    transfer.add_argument("--ref", default="")
    transfer.set_defaults(grant_handler=_transfer)
    buy = sub.add_parser("buy", help="record a purchase against a grant (refused if it would overspend)")
    buy.add_argument("grant_id", type=int)
    buy.add_argument("--date", required=True)
    buy.add_argument("--vendor", required=True, help="vendor name")
    buy.add_argument("--tax-id", required=True, help="vendor's 13-digit tax ID")
    buy.add_argument("--line", action="append", required=True,
                     help="KIND;DESCRIPTION;QTY;UNIT_PRICE[;CATEGORY[;ROOM]] with KIND asset|consumable|service")
    buy.add_argument("--vat", default="7", help="VAT percent of every line (default 7)")
    buy.add_argument("--vat-included", action="store_true", help="unit prices already include VAT")
    buy.add_argument("--order", default="")
    buy.add_argument("--invoice", default="")
    buy.add_argument("--receipt", default="")
    buy.add_argument("--note", default="")
    buy.add_argument("--topup", help="with --topup-reason: record this top-up first (administrator)")
    buy.add_argument("--topup-reason", default="")
    buy.set_defaults(grant_handler=_buy)


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.grant_handler(args))


COMMAND = Subcommand("grant", "grants, purchases, top-ups and transfers (ทะเบียนเงินอุดหนุน)", _arguments, _dispatch)
