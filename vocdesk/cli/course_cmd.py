"""`vocdesk course add|schedule|enrol|list`: the short-course catalogue, runs and their sessions, enrolment."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.cli.training_common import add_json, conflict_json, days_arg, iso_date, money_arg, trainee_ref, window_arg


def _add(args: argparse.Namespace) -> int:
    from vocdesk.services.training.courses import CourseInput, save_course

    data = CourseInput(args.code, args.name_th, args.kind, args.hours, args.capacity, money_arg(args.fee, "--fee"),
                       args.funding, args.name_en, args.min_attendance, args.instructors, args.department,
                       args.skill_standard)
    with opened_app(args) as opened:
        row, _ = opened.context.run(lambda uow: save_course(uow, data))
    answer = {"code": row.code, "name_th": row.name_th, "kind": row.kind, "hours": row.hours,
              "fee_satang": row.fee_satang, "capacity": row.capacity, "min_attendance_pct": row.min_attendance_pct}
    print_json(answer) if args.json else print(f"{row.code}: {row.name_th}")
    return 0


def _schedule(args: argparse.Namespace) -> int:
    from vocdesk.domain.training import format_minutes
    from vocdesk.services.training.runs import RunRequest, schedule_run

    request = RunRequest(args.code, args.room, iso_date(args.first, "--from"), iso_date(args.last, "--to"),
                         days_arg(args.days), window_arg(args.time), args.every_weeks, args.skip_conflicts,
                         args.capacity)
    with opened_app(args) as opened:
        result, _ = opened.context.run(lambda uow: schedule_run(uow, request))
    window = request.window
    answer: dict[str, Any] = {
        "sessions": [{"date": d.isoformat(), "start": format_minutes(window.start), "end": format_minutes(window.end),
                      "room": result.booking.room} for d in result.booking.sessions],
        "skipped": [{"date": s.day.isoformat(), "reason": s.reason} for s in result.booking.skipped],
        "conflicts": [conflict_json(c) for c in result.booking.conflicts]}
    if args.json:
        print_json(answer)
    else:
        print(f"{result.run or 'NOT scheduled'}: {len(answer['sessions'])} sessions, "
              f"{len(answer['skipped'])} skipped, {len(answer['conflicts'])} conflicts")
        for clash in answer["conflicts"]:
            print(f"  {clash['date']} {clash['start']}-{clash['end']} {clash['kind']}: {clash['what']}")
    return 0 if result.run else 1


def _enrol(args: argparse.Namespace) -> int:
    from vocdesk.services.training.enrolment import enrol

    with opened_app(args) as opened:
        with opened.context.db.read() as session:
            trainee = trainee_ref(session, opened.context.actor, args.trainee)
        result, _ = opened.context.run(lambda uow: enrol(uow, args.run, trainee.id))
    answer = {"run": result.run, "trainee": trainee.id, "state": result.state, "position": result.position}
    print_json(answer) if args.json else print(f"{result.run}: {trainee.name} {result.state} #{result.position}")
    return 0


def _list(args: argparse.Namespace) -> int:
    from vocdesk.services.training.courses import list_courses

    with opened_app(args) as opened, opened.context.db.read() as session:
        rows = list_courses(session, opened.context.actor, args.text or "")
    if args.json:
        print_json([{"code": r.code, "name_th": r.name_th, "kind": r.kind, "hours": r.hours,
                     "fee_satang": r.fee_satang, "capacity": r.capacity, "runs": r.runs} for r in rows])
    else:
        for r in rows:
            print(f"{r.code:<12} {r.hours:>4} h {r.fee_satang / 100:>10,.2f}  {r.runs} runs  {r.name_th}")
    return 0


def _catalogue(args: argparse.Namespace) -> int:
    from vocdesk.services.training.catalogue import write_catalogue_xlsx

    with opened_app(args) as opened, opened.context.db.read() as session:
        rows = write_catalogue_xlsx(session, opened.context.actor, opened.context.today(), args.out)
    print_json({"out": str(args.out), "rows": rows}) if args.json else print(f"{args.out}: {rows} rows")
    return 0


def _session(args: argparse.Namespace) -> int:
    """Add a date back (or an extra one), cancel one, or move one; a clash writes nothing (exit 1)."""
    from sqlalchemy import select

    from vocdesk.persistence.models import CourseSession
    from vocdesk.services.training.runs import add_session, cancel_session, move_session, run_by_key

    day = iso_date(args.date, "--date")
    with opened_app(args) as opened:
        context = opened.context
        if args.session_action == "add":
            result, _ = context.run(lambda uow: add_session(uow, args.run, day))
        else:
            with context.db.read() as session:
                run, _ = run_by_key(session, args.run)
                found = session.scalars(select(CourseSession.id).where(CourseSession.run_id == run.id,
                                                                       CourseSession.day == day,
                                                                       CourseSession.state == "planned")).first()
            if found is None:
                from vocdesk.errors import NotFound

                raise NotFound(what="session", field="--date", value=args.date)
            if args.session_action == "cancel":
                context.run(lambda uow: cancel_session(uow, found, args.reason or ""))
                result = None
            else:
                to = iso_date(args.to or "", "--to")
                result, _ = context.run(lambda uow: move_session(uow, found, to, args.reason or ""))
    answer: dict[str, Any] = {"written": result is None or result.written,
                              "conflicts": [] if result is None else [conflict_json(c) for c in result.conflicts]}
    print_json(answer) if args.json else print("done" if answer["written"] else "NOT changed: clashes")
    return 0 if answer["written"] else 1


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="course_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a short course to the catalogue (or change the one with this code)")
    add.add_argument("code")
    add.add_argument("--name-th", required=True)
    add.add_argument("--name-en", default="")
    add.add_argument("--kind", required=True, choices=("upskill", "reskill", "short", "fixit"))
    add.add_argument("--hours", type=int, required=True)
    add.add_argument("--capacity", type=int, required=True)
    add.add_argument("--fee", default="0", help="baht per trainee; 0 = free (then --funding is required)")
    add.add_argument("--funding", default="", help="who pays for a free course")
    add.add_argument("--min-attendance", type=int, default=80, help="percent of hours for a certificate")
    add.add_argument("--instructors", default="")
    add.add_argument("--department", default="", help="department code")
    add.add_argument("--skill-standard", default="", help="skill-standard reference (กรมพัฒนาฝีมือแรงงาน)")
    add_json(add)
    add.set_defaults(handler=_add)
    schedule = sub.add_parser("schedule", help="create the next run: book its sessions; any clash writes nothing")
    schedule.add_argument("code")
    schedule.add_argument("--room", required=True)
    schedule.add_argument("--from", dest="first", required=True, help="YYYY-MM-DD")
    schedule.add_argument("--to", dest="last", required=True, help="YYYY-MM-DD")
    schedule.add_argument("--days", required=True, help="e.g. sat,sun or mon-fri")
    schedule.add_argument("--time", required=True, help="HH:MM-HH:MM")
    schedule.add_argument("--every-weeks", type=int, default=1)
    schedule.add_argument("--capacity", type=int, help="seats of this run (default: the course's)")
    schedule.add_argument("--skip-conflicts", action="store_true", help="book the other dates, list the clashes")
    add_json(schedule)
    schedule.set_defaults(handler=_schedule)
    enrol = sub.add_parser("enrol", help="enrol a trainee (the waitlist when the run is full)")
    enrol.add_argument("run", help="CODE/N, or CODE for its latest run")
    enrol.add_argument("--trainee", required=True, help="national ID, passport number or #id")
    add_json(enrol)
    enrol.set_defaults(handler=_enrol)
    listing = sub.add_parser("list", help="the course catalogue")
    listing.add_argument("text", nargs="?")
    add_json(listing)
    listing.set_defaults(handler=_list)
    session = sub.add_parser("session", help="add a date to a run, cancel one or move one")
    session.add_argument("session_action", choices=("add", "cancel", "move"))
    session.add_argument("run", help="CODE/N")
    session.add_argument("--date", required=True, help="YYYY-MM-DD: the date to add, cancel or move")
    session.add_argument("--to", help="YYYY-MM-DD: the new date (move)")
    session.add_argument("--reason", help="why (cancel, move)")
    add_json(session)
    session.set_defaults(handler=_session)
    catalogue = sub.add_parser("catalogue", help="the public catalogue of runs still to come, as .xlsx "
                                                 "(PDF: vocdesk report training-catalogue)")
    catalogue.add_argument("--out", type=Path, required=True, help="FILE.xlsx")
    add_json(catalogue)
    catalogue.set_defaults(handler=_catalogue)


COMMAND = Subcommand("course", "short courses, runs and enrolment (training centre)", _add_arguments, _list)
