"""`vocdesk asset ...`: the asset register, rooms, loans, repairs, use, disposal and the annual stock-take."""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.cli.equipment_grant_cmd import cli_date
from vocdesk.domain.grants import format_baht


def _list(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.assets import list_assets
    from vocdesk.services.equipment.locations import location_id_by_code

    with opened_app(args) as opened, opened.context.db.read() as session:
        ctx = opened.context
        room = location_id_by_code(session, args.room) if args.room else None
        as_of = cli_date(args.as_of, "as_of") if args.as_of else ctx.today()
        rows, after = [], ""
        while True:
            page = list_assets(session, ctx.actor, as_of=as_of, location_id=room, grant_id=args.grant,
                               search=args.search, include_disposed=args.disposed, after_code=after)
            rows += page
            if not page or (args.limit and len(rows) >= args.limit):
                break
            after = page[-1].code
    print_json([{"code": r.code, "name": r.name, "category": r.category, "acquired_on": r.acquired_on,
                 "cost": format_baht(r.cost), "book_value": format_baht(r.book_value), "grant_id": r.grant_id,
                 "location": r.location, "custodian": r.custodian, "condition": r.condition,
                 "disposed_on": r.disposed_on} for r in rows[:args.limit or None]])
    return 0


def _add(args: argparse.Namespace) -> int:
    from vocdesk.domain.grants import parse_baht
    from vocdesk.services.equipment.assets import AssetDetails, register_asset
    from vocdesk.services.equipment.locations import location_id_by_code

    with opened_app(args) as opened:
        ctx = opened.context
        with ctx.db.read() as session:
            room = location_id_by_code(session, args.room) if args.room else None
        details = AssetDetails(args.name, args.model, args.serial, room, funding_source=args.funding)
        code, _ = ctx.run(lambda uow: register_asset(uow, args.category, cli_date(args.date), parse_baht(args.cost),
                                                     details))
    print_json({"code": code})
    return 0


def _export(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.export import export_register, run_equipment_export
    from vocdesk.services.equipment.locations import location_id_by_code

    with opened_app(args) as opened:
        ctx = opened.context
        with ctx.db.read() as session:
            room = location_id_by_code(session, args.room) if args.room else None
        as_of = cli_date(args.as_of, "as_of") if args.as_of else ctx.today()
        result = run_equipment_export(ctx, lambda session: export_register(session, ctx.actor, args.out, as_of, room,
                                                                           args.grant))
    print_json({"file": str(result.path), "rows": result.rows})
    return 0


def _settings(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from vocdesk.domain.equipment import DepreciationConvention
    from vocdesk.domain.grants import parse_baht
    from vocdesk.services.equipment.settings import equipment_settings, save_equipment_settings

    with opened_app(args) as opened:
        ctx = opened.context
        with ctx.db.read() as session:
            current = equipment_settings(session)
        wanted = replace(
            current, code_pattern=args.pattern or current.code_pattern,
            convention=DepreciationConvention(args.convention) if args.convention else current.convention,
            salvage=parse_baht(args.salvage, "salvage") if args.salvage else current.salvage)
        if wanted != current:
            ctx.run(lambda uow: save_equipment_settings(uow, wanted))
    print_json({"code_pattern": wanted.code_pattern, "convention": wanted.convention.value,
                "salvage": format_baht(wanted.salvage)})
    return 0


def _category(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.settings import save_category

    with opened_app(args) as opened:
        category_id, _ = opened.context.run(lambda uow: save_category(uow, args.code, args.name, args.life))
    print_json({"category_id": category_id})
    return 0


def _room(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.locations import LocationInput, save_location

    with opened_app(args) as opened:
        location_id, _ = opened.context.run(lambda uow: save_location(uow, LocationInput(
            args.code, args.name, args.kind, args.building, capacity=args.capacity, is_bookable=args.bookable)))
    print_json({"location_id": location_id})
    return 0


def _checkout(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.asset_activity import Holder, check_out
    from vocdesk.services.equipment.locations import location_id_by_code

    with opened_app(args) as opened:
        ctx = opened.context
        if args.to_room:
            with ctx.db.read() as session:
                holder = Holder("room", location_id=location_id_by_code(session, args.to_room))
        else:
            holder = Holder("person", teacher_id=args.to_teacher_id, name=args.to_name or "")
        due = cli_date(args.due, "due_on") if args.due else None
        loan, _ = ctx.run(lambda uow: check_out(uow, args.code, holder, cli_date(args.date), due, args.note))
    print_json({"loan_id": loan})
    return 0


def _loans(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.asset_activity import open_loans

    with opened_app(args) as opened, opened.context.db.read() as session:
        ctx = opened.context
        as_of = cli_date(args.as_of, "as_of") if args.as_of else ctx.today()
        print_json([loan.__dict__ for loan in open_loans(session, ctx.actor, as_of)])
    return 0


def _checkin(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.asset_activity import check_in

    with opened_app(args) as opened:
        opened.context.run(lambda uow: check_in(uow, args.code, cli_date(args.date), args.condition))
    return 0


def _repair(args: argparse.Namespace) -> int:
    from vocdesk.domain.grants import parse_baht
    from vocdesk.services.equipment.asset_activity import log_maintenance

    with opened_app(args) as opened:
        entry, _ = opened.context.run(lambda uow: log_maintenance(
            uow, args.code, cli_date(args.date), args.kind, args.text, parse_baht(args.cost), args.by,
            args.condition))
    print_json({"maintenance_id": entry})
    return 0


def _use(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.asset_activity import record_usage

    with opened_app(args) as opened:
        entry, _ = opened.context.run(lambda uow: record_usage(
            uow, args.code, cli_date(args.date), Decimal(args.hours), args.purpose))
    print_json({"usage_id": entry})
    return 0


def _dispose(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.asset_activity import dispose_asset

    with opened_app(args) as opened:
        opened.context.run(lambda uow: dispose_asset(uow, args.code, cli_date(args.date), args.reason, args.method,
                                                     args.approved_by, args.ref))
    return 0


def _stocktake_open(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.stocktake import open_stocktake

    with opened_app(args) as opened:
        take, _ = opened.context.run(lambda uow: open_stocktake(uow, args.fiscal_year, cli_date(args.date),
                                                                args.committee))
    print_json({"stocktake_id": take})
    return 0


def _scan(args: argparse.Namespace) -> int:
    """Codes one per line from a file or stdin (a barcode scanner types a code and Enter)."""
    from vocdesk.services.equipment.locations import location_id_by_code
    from vocdesk.services.equipment.stocktake import scan_codes, stocktake_for_year

    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8-sig")
    codes = [line for line in text.splitlines() if line.strip()]
    with opened_app(args) as opened:
        ctx = opened.context
        with ctx.db.read() as session:
            take, room = stocktake_for_year(session, args.fiscal_year), location_id_by_code(session, args.room)
        report, _ = ctx.run(lambda uow: scan_codes(uow, take, room, codes))
    print_json(report.__dict__)
    return 0


def _stocktake_status(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.stocktake import stocktake_discrepancies, stocktake_for_year, stocktake_progress

    with opened_app(args) as opened, opened.context.db.read() as session:
        actor = opened.context.actor
        take = stocktake_for_year(session, args.fiscal_year)
        result: dict[str, Any] = {
            "locations": [p.__dict__ for p in stocktake_progress(session, actor, take)],
            "discrepancies": [d.__dict__ for d in stocktake_discrepancies(session, actor, take)]}
    print_json(result)
    return 0


def _stocktake_close(args: argparse.Namespace) -> int:
    from vocdesk.services.equipment.stocktake import close_stocktake, stocktake_for_year

    with opened_app(args) as opened:
        ctx = opened.context
        with ctx.db.read() as session:
            take = stocktake_for_year(session, args.fiscal_year)
        missing, _ = ctx.run(lambda uow: close_stocktake(uow, take, cli_date(args.date), not args.keep_places))
    print_json({"missing": missing})
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="asset_action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="the register with book values")
    listing.add_argument("--room", help="location code")
    listing.add_argument("--grant", type=int, help="grant id")
    listing.add_argument("--search", default="")
    listing.add_argument("--as-of", help="book values at this date (default today)")
    listing.add_argument("--disposed", action="store_true", help="include disposed items")
    listing.add_argument("--limit", type=int, default=0)
    listing.set_defaults(asset_handler=_list)
    add = sub.add_parser("add", help="enter an item not bought from a grant here (donation, older stock)")
    add.add_argument("--category", required=True, help="category code, e.g. 7440-001")
    add.add_argument("--name", required=True)
    add.add_argument("--date", required=True, help="acquisition date")
    add.add_argument("--cost", required=True, help="baht")
    add.add_argument("--funding", required=True, help="source of funds, e.g. เงินบริจาค")
    add.add_argument("--model", default="")
    add.add_argument("--serial", default="")
    add.add_argument("--room")
    add.set_defaults(asset_handler=_add)
    export = sub.add_parser("export", help="the register to .xlsx (re-imports with `vocdesk import equipment`)")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--room")
    export.add_argument("--grant", type=int)
    export.add_argument("--as-of", help="book values at this date (default today)")
    export.set_defaults(asset_handler=_export)
    settings = sub.add_parser("settings", help="show or change the code pattern, depreciation convention, salvage")
    settings.add_argument("--pattern", help="e.g. {category}-{running:04d}/{fy_short}")
    settings.add_argument("--convention", choices=("days", "months", "fiscal_years"))
    settings.add_argument("--salvage", help="baht kept for a fully depreciated item (default 1)")
    settings.set_defaults(asset_handler=_settings)
    category = sub.add_parser("category", help="add a category or change its name and useful life")
    category.add_argument("code", help="e.g. 7440-001")
    category.add_argument("name")
    category.add_argument("life", type=int, help="useful life in years (0 = not depreciated)")
    category.set_defaults(asset_handler=_category)
    room = sub.add_parser("room", help="add or change a room, workshop, lab or store")
    room.add_argument("code")
    room.add_argument("name")
    room.add_argument("--kind", default="room", choices=("room", "workshop", "lab", "store", "office", "outdoor"))
    room.add_argument("--building", default="")
    room.add_argument("--capacity", type=int)
    room.add_argument("--bookable", action="store_true")
    room.set_defaults(asset_handler=_room)
    out = sub.add_parser("checkout", help="lend an item to a teacher, a named person or a room")
    out.add_argument("code")
    out.add_argument("--date", required=True)
    out.add_argument("--due")
    out.add_argument("--to-teacher-id", type=int)
    out.add_argument("--to-name")
    out.add_argument("--to-room")
    out.add_argument("--note", default="")
    out.set_defaults(asset_handler=_checkout)
    loans = sub.add_parser("loans", help="items out on loan, the most overdue first")
    loans.add_argument("--as-of")
    loans.set_defaults(asset_handler=_loans)
    back = sub.add_parser("checkin", help="take an item back")
    back.add_argument("code")
    back.add_argument("--date", required=True)
    back.add_argument("--condition", default="")
    back.set_defaults(asset_handler=_checkin)
    repair = sub.add_parser("repair", help="log a repair, service or inspection")
    repair.add_argument("code")
    repair.add_argument("--date", required=True)
    repair.add_argument("--kind", default="repair", choices=("repair", "service", "inspection"))
    repair.add_argument("--text", required=True)
    repair.add_argument("--cost", default="0")
    repair.add_argument("--by", default="")
    repair.add_argument("--condition", default="")
    repair.set_defaults(asset_handler=_repair)
    use = sub.add_parser("use", help="log hours of use")
    use.add_argument("code")
    use.add_argument("--date", required=True)
    use.add_argument("--hours", required=True)
    use.add_argument("--purpose", default="teaching", choices=("teaching", "short_course", "other"))
    use.set_defaults(asset_handler=_use)
    dispose = sub.add_parser("dispose", help="take an item off the register")
    dispose.add_argument("code")
    dispose.add_argument("--date", required=True)
    dispose.add_argument("--reason", required=True)
    dispose.add_argument("--method", required=True, help="e.g. ขายทอดตลาด, แลกเปลี่ยน, โอน, แปรสภาพ/ทำลาย")
    dispose.add_argument("--approved-by", required=True)
    dispose.add_argument("--ref", default="")
    dispose.set_defaults(asset_handler=_dispose)
    opening = sub.add_parser("stocktake-open", help="start the year's stock-take")
    opening.add_argument("fiscal_year", type=int)
    opening.add_argument("--date", required=True)
    opening.add_argument("--committee", default="")
    opening.set_defaults(asset_handler=_stocktake_open)
    scan = sub.add_parser("scan", help="mark codes (one per line, from FILE or - for stdin) found in ROOM")
    scan.add_argument("fiscal_year", type=int)
    scan.add_argument("room")
    scan.add_argument("file", nargs="?", default="-")
    scan.set_defaults(asset_handler=_scan)
    status = sub.add_parser("stocktake-status", help="progress per room and discrepancies")
    status.add_argument("fiscal_year", type=int)
    status.set_defaults(asset_handler=_stocktake_status)
    close = sub.add_parser("stocktake-close", help="close: unseen items become missing")
    close.add_argument("fiscal_year", type=int)
    close.add_argument("--date", required=True)
    close.add_argument("--keep-places", action="store_true", help="do not move items found elsewhere")
    close.set_defaults(asset_handler=_stocktake_close)


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.asset_handler(args))


COMMAND = Subcommand("asset", "the asset register (ทะเบียนคุมทรัพย์สิน), loans, repairs, stock-take", _arguments,
                     _dispatch)
