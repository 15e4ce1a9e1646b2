"""`vocdesk teacher`: the teacher register, staffing need, contract alerts, development hours, plans and exports."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="teachers in post (filter by words, department, position type)")
    listing.add_argument("--search", default="")
    listing.add_argument("--department", default="", help="department code")
    listing.add_argument("--position", default="", help="civil_servant | government_employee | contract_teacher | "
                         "support_staff")
    listing.add_argument("--include-left", action="store_true")
    sub.add_parser("show", help="one teacher with contracts and development").add_argument("teacher_id", type=int)
    sub.add_parser("staffing", help="need against actual per department (T = G·C/L)")
    alerts = sub.add_parser("alerts", help="contracts ending, expired, departments that would fall short")
    alerts.add_argument("--window", type=int, default=90, help="days ahead (default 90)")
    development = sub.add_parser("development", help="development hours per teacher against the target")
    development.add_argument("--year", type=int, help="academic year พ.ศ. (default: the current one)")
    development.add_argument("--department", default="")
    development.add_argument("--short-only", action="store_true")
    constants = sub.add_parser("constants", help="show or change the workload formula's constants")
    constants.add_argument("--teaching-load", type=float, help="L: teaching hours per teacher per week")
    constants.add_argument("--class-hours", action="append", default=[], metavar="LEVEL=HOURS",
                           help="C: class hours per group per week, e.g. pvc=35")
    constants.add_argument("--general-hours", action="append", default=[], metavar="LEVEL=HOURS",
                           help="general-education part of C, e.g. pvc=8")
    constants.add_argument("--target", type=float, help="development hours per teacher per year")
    constants.add_argument("--general-department", metavar="CODE",
                           help="department teaching general education ('' = find the one named สามัญ…)")
    groups = sub.add_parser("groups", help="type in a department's learning groups at a level (overrides learner "
                            "data; --clear goes back to it)")
    groups.add_argument("department")
    groups.add_argument("level", choices=("pvc", "pvs", "btech"))
    groups.add_argument("count", type=int, nargs="?")
    groups.add_argument("--clear", action="store_true")
    qualification = sub.add_parser("add-qualification", help="a degree or an occupational (TPQI) certificate")
    qualification.add_argument("teacher_id", type=int)
    qualification.add_argument("--kind", choices=("degree", "occupational"), required=True)
    qualification.add_argument("--title", required=True)
    qualification.add_argument("--level", type=int, help="TPQI level 1-8 for occupational certificates")
    qualification.add_argument("--issuer", default="")
    assignment = sub.add_parser("add-assignment", help="a subject the teacher teaches in a semester")
    assignment.add_argument("teacher_id", type=int)
    assignment.add_argument("--semester", required=True, help="e.g. 1/2569")
    assignment.add_argument("--subject-code", required=True)
    assignment.add_argument("--subject-name", required=True)
    assignment.add_argument("--hours", type=float, required=True, help="hours per week")
    plan = sub.add_parser("plan", help="preview (and optionally save) moves and position requests")
    plan.add_argument("--move", action="append", default=[], metavar="TEACHER_ID:TO_DEPARTMENT")
    plan.add_argument("--request", action="append", default=[], metavar="DEPARTMENT:POSITION:COUNT")
    plan.add_argument("--save", metavar="TITLE", help="save the plan under this title")
    plan.add_argument("--apply", action="store_true", help="with --save: move the teachers now")
    contract = sub.add_parser("add-contract", help="record a contract period (a later one renews the last)")
    contract.add_argument("teacher_id", type=int)
    contract.add_argument("--start", required=True, help="first day, ISO (2026-05-16) or พ.ศ. (16/05/2569)")
    contract.add_argument("--end", required=True, help="last day")
    contract.add_argument("--funding", required=True, help="funding source, e.g. เงินรายได้สถานศึกษา")
    dev = sub.add_parser("add-development", help="record a development activity with an enterprise")
    dev.add_argument("teacher_id", type=int)
    dev.add_argument("--topic", required=True, choices=("research", "curriculum", "technology", "trainer_course"))
    dev.add_argument("--start", required=True)
    dev.add_argument("--end", required=True)
    dev.add_argument("--hours", type=float, required=True)
    dev.add_argument("--enterprise", default="", help="enterprise name (added when new)")
    dev.add_argument("--tax-id", default="", help="the enterprise's juristic tax ID")
    dev.add_argument("--title", default="")
    dev.add_argument("--certificate", default="")
    export = sub.add_parser("export", help="Excel export of a list: teachers | staffing | contracts | development")
    export.add_argument("kind")
    export.add_argument("out", type=Path)
    export.add_argument("--year", type=int)


def _pairs(items: list[str], field: str) -> dict[str, float]:
    from vocdesk.errors import ValidationFailed

    result = {}
    for item in items:
        key, _, value = item.partition("=")
        try:
            result[key.strip()] = float(value)
        except ValueError:
            raise ValidationFailed("invalid", field=field, value=item) from None
    return result


def _line(line: Any) -> dict[str, Any]:
    return {"code": line.code, "department": line.name_th, "technical": line.is_technical, "groups": line.groups,
            "weekly_hours": line.weekly_hours, "T": round(line.need_exact, 2), "need": line.need,
            "in_post": dict(line.in_post), "actual": line.actual, "balance": line.balance}


def _handle(args: argparse.Namespace) -> int:
    with opened_app(args) as opened:
        ctx = opened.context
        handler = {"list": _list, "show": _show, "staffing": _staffing, "alerts": _alerts,
                   "development": _development, "constants": _constants, "plan": _plan, "export": _export,
                   "add-contract": _add_contract, "add-development": _add_development, "groups": _groups,
                   "add-qualification": _add_qualification, "add-assignment": _add_assignment}
        handler[args.action](ctx, args)
    return 0


def _list(ctx: Any, args: argparse.Namespace) -> None:
    from vocdesk.services.teachers.listing import teacher_rows

    with ctx.db.read() as session:
        rows = teacher_rows(session, ctx.actor, args.search, args.department, args.position, args.include_left)
    print_json([row._asdict() for row in rows])


def _show(ctx: Any, args: argparse.Namespace) -> None:
    from dataclasses import asdict

    from vocdesk.services.teachers.listing import teacher_detail

    with ctx.db.read() as session:
        detail = teacher_detail(session, ctx.actor, args.teacher_id)
    print_json({**asdict(detail), "row": detail.row._asdict()})


def _staffing(ctx: Any, args: argparse.Namespace) -> None:
    from vocdesk.services.teachers.staffing import staffing_overview

    with ctx.db.read() as session:
        result = staffing_overview(session, ctx.actor)
    print_json({"departments": [_line(line) for line in result.lines], "college": _line(result.college),
                "unassigned_general_hours": result.unassigned_general_hours})


def _alerts(ctx: Any, args: argparse.Namespace) -> None:
    from dataclasses import asdict

    from vocdesk.services.teachers.staffing import alerts

    with ctx.db.read() as session:
        found = alerts(session, ctx.actor, ctx.today(), args.window)
    print_json([asdict(alert) for alert in found])


def _development(ctx: Any, args: argparse.Namespace) -> None:
    from vocdesk.domain.academic import academic_year_of
    from vocdesk.services.teachers.listing import development_lines

    year = args.year or academic_year_of(ctx.today())
    with ctx.db.read() as session:
        lines = development_lines(session, ctx.actor, year, args.department)
    print_json([{"id": line.row.id, "name": line.row.name, "department": line.row.department_th,
                 "hours": line.standing.hours, "short_by": line.standing.short_by, "met": line.standing.met}
                for line in lines if not (args.short_only and line.standing.met)])


def _constants(ctx: Any, args: argparse.Namespace) -> None:
    from dataclasses import asdict, replace

    from vocdesk.services.teachers.staffing import save_workload_constants, workload_constants

    with ctx.db.read() as session:
        current = workload_constants(session)
    changed = replace(
        current, class_hours={**current.class_hours, **_pairs(args.class_hours, "--class-hours")},
        general_hours={**current.general_hours, **_pairs(args.general_hours, "--general-hours")},
        teaching_load=current.teaching_load if args.teaching_load is None else args.teaching_load,
        development_target_hours=current.development_target_hours if args.target is None else args.target)
    if changed != current:
        ctx.run(lambda uow: save_workload_constants(uow, changed))
    if args.general_department is not None:
        from vocdesk.services.teachers.staffing import set_general_department

        ctx.run(lambda uow: set_general_department(uow, args.general_department))
    with ctx.db.read() as session:
        from vocdesk.services.teachers.staffing import general_department_code

        general = general_department_code(session)
    print_json({**asdict(changed), "general_department": general})


def _groups(ctx: Any, args: argparse.Namespace) -> None:
    from vocdesk.errors import ValidationFailed
    from vocdesk.services.teachers.staffing import set_group_count

    if args.count is None and not args.clear:
        raise ValidationFailed("required", field="count")
    ctx.run(lambda uow: set_group_count(uow, args.department, args.level, None if args.clear else args.count))
    _staffing(ctx, args)


def _add_qualification(ctx: Any, args: argparse.Namespace) -> None:
    from vocdesk.services.teachers.register import add_qualification

    found, _ = ctx.run(lambda uow: add_qualification(uow, args.teacher_id, args.kind, args.title, args.level,
                                                     args.issuer))
    print_json({"qualification_id": found})


def _add_assignment(ctx: Any, args: argparse.Namespace) -> None:
    from vocdesk.domain.academic import SemesterKey
    from vocdesk.errors import ValidationFailed
    from vocdesk.services.teachers.register import add_assignment

    key = SemesterKey.parse(args.semester)
    if key is None:
        raise ValidationFailed("invalid", field="--semester", value=args.semester)
    found, _ = ctx.run(lambda uow: add_assignment(uow, args.teacher_id, key.academic_year, str(key.semester),
                                                  args.subject_code, args.subject_name, args.hours))
    print_json({"assignment_id": found})


def _plan(ctx: Any, args: argparse.Namespace) -> None:
    from vocdesk.domain.staffing import Move, PositionRequest
    from vocdesk.errors import ValidationFailed
    from vocdesk.services.teachers.listing import teacher_rows
    from vocdesk.services.teachers.staffing import preview_plan, save_plan

    with ctx.db.read() as session:
        rows = {row.id: row for row in teacher_rows(session, ctx.actor)}
        moves, requests = [], []
        for number, item in enumerate(args.move, start=1):
            tid, _, to_code = item.partition(":")
            row = rows.get(int(tid)) if tid.isdigit() else None
            if row is None or not to_code:
                raise ValidationFailed("staffing_move_invalid", field="--move", row=number, teacher_id=tid)
            moves.append(Move(row.id, row.position_type, row.department_code, to_code))
        for number, item in enumerate(args.request, start=1):
            parts = item.split(":")
            if len(parts) != 3 or not parts[2].isdigit():
                raise ValidationFailed("staffing_request_invalid", field="--request", row=number)
            requests.append(PositionRequest(parts[0], parts[1], int(parts[2])))
        preview = preview_plan(session, ctx.actor, moves, requests)
    saved = None
    if args.save:
        saved, _ = ctx.run(lambda uow: save_plan(uow, args.save, moves, requests, args.apply))
    print_json({"before": [_line(x) for x in preview.before.lines], "after": [_line(x) for x in preview.after.lines],
                "college_before": _line(preview.before.college), "college_after": _line(preview.after.college),
                "saved_plan_id": saved})


def _date(text: str, field: str) -> Any:
    from vocdesk.domain.thai import parse_thai_date
    from vocdesk.errors import ValidationFailed

    parsed = parse_thai_date(text)
    if parsed is None:
        raise ValidationFailed("invalid", field=field, value=text)
    return parsed.date


def _add_contract(ctx: Any, args: argparse.Namespace) -> None:
    from vocdesk.services.teachers.records import add_contract

    start, end = _date(args.start, "--start"), _date(args.end, "--end")
    contract_id, _ = ctx.run(lambda uow: add_contract(uow, args.teacher_id, start, end, args.funding))
    print_json({"contract_id": contract_id})


def _add_development(ctx: Any, args: argparse.Namespace) -> None:
    from vocdesk.services.teachers.records import add_development, find_or_add_enterprise

    start, end = _date(args.start, "--start"), _date(args.end, "--end")

    def action(uow: Any) -> int:
        enterprise = find_or_add_enterprise(uow, args.enterprise, args.tax_id) if args.enterprise else None
        return add_development(uow, args.teacher_id, args.topic, start, end, args.hours, enterprise, args.title,
                               args.certificate)

    record_id, _ = ctx.run(action)
    print_json({"development_id": record_id})


def _export(ctx: Any, args: argparse.Namespace) -> None:
    from vocdesk.services.teachers.export import export_teacher_list

    rows = export_teacher_list(ctx, args.kind, args.out, args.year)
    print_json({"kind": args.kind, "rows": rows, "path": str(args.out)})


COMMAND = Subcommand("teacher", "teachers: list, staffing need, contract alerts, development hours, plans, export",
                     _arguments, _handle)
