"""Importing a term's weekly timetable (FET CSV or Excel): findings with row and reason, a preview, then the term's
lessons replaced in one transaction — or nothing written when any row has an error."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from vocdesk.domain.timetable import parse_day, parse_hour, parse_periods, split_names
from vocdesk.domain.training import Window, format_minutes, overlaps
from vocdesk.errors import NotFound
from vocdesk.io.imports import Finding, ParsedFile, read_import
from vocdesk.io.imports.findings import error, warning
from vocdesk.persistence.models import Facility, Lesson, Location, Teacher, Term
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.setting_spec import SettingSpec
from vocdesk.services.core.settings import setting
from vocdesk.services.training import FACILITIES, TIMETABLE

PERIODS_KEY = "training.periods"  # e.g. "1=08:00-09:00;2=09:00-10:00"; empty: hour labels must carry their times


def _periods_rule(text: str) -> str | None:
    try:
        parse_periods(text)
    except ValueError:
        return "periods written 1=08:00-09:00;2=09:00-10:00"
    return None


PERIODS = SettingSpec(PERIODS_KEY, str, "", "ตารางคาบเรียน", "Period table", rule=_periods_rule)
TIMETABLE_SETTINGS = (PERIODS,)

LessonKey = tuple[int, int, int, str, str, str, str]  # weekday, start, end, room code, subject, students, teachers


@dataclass(frozen=True)
class TimetableReport:
    """What the import found and would do (or did): lessons added and removed against the term's current ones."""

    term: str
    committed: bool
    rows: int
    lessons: int
    findings: tuple[Finding, ...]
    unknown_rooms: tuple[str, ...]
    created_rooms: tuple[str, ...]
    added: int
    removed: int
    unchanged: int

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.is_error]


def read_timetable(actor: Actor, path: Path) -> ParsedFile:
    """Read and clean the file outside any transaction (size and archive checks first)."""
    from vocdesk.io.imports.training import TIMETABLE as DECLARATION

    require(actor, "training.timetable")
    return read_import(path, DECLARATION)


def _periods(session: Session) -> dict[int, Window]:
    try:
        return parse_periods(setting(session, PERIODS))
    except ValueError:
        return {}


def _plan(session: Session, parsed: ParsedFile, create_rooms: bool) -> tuple[list[LessonKey], list[Finding],
                                                                             list[str]]:
    periods = _periods(session)
    findings = list(parsed.findings)
    if "hour" not in parsed.present and not {"start", "end"} <= parsed.present:
        findings.append(error(0, "hour", "timetable_no_time"))
    codes = {code for code, in session.execute(select(Location.code))}
    teachers = {f"{first} {last}" for first, last in session.execute(select(Teacher.first_name_th,
                                                                             Teacher.last_name_th))}
    lessons: list[tuple[int, LessonKey]] = []
    unknown: list[str] = []
    for row in parsed.rows:
        values = row.values
        day = parse_day(str(values.get("day", "")))
        if day is None:
            if "day" in values:
                findings.append(error(row.row, "day", "timetable_day", value=values["day"]))
            continue
        window = _window(values, periods)
        if window is None:
            findings.append(error(row.row, "hour", "timetable_hour_no_time",
                                  value=values.get("hour") or f"{values.get('start', '')}-{values.get('end', '')}"))
            continue
        names = split_names(str(values.get("teachers", "")))
        for name in names:
            if name not in teachers:
                findings.append(warning(row.row, "teachers", "timetable_teacher_unmatched", value=name))
        rooms = [room.upper() for room in split_names(str(values.get("room", "")))] or [""]
        for room in rooms:
            if len(room) > 30:  # a location code holds 30 characters
                findings.append(error(row.row, "room", "timetable_room_code_long", value=room))
            elif room and room not in codes:
                if room not in unknown:
                    unknown.append(room)
                if not create_rooms:
                    findings.append(error(row.row, "room", "timetable_room_unknown", value=room))
            lessons.append((row.row, (day, window.start, window.end, room, str(values.get("subject", "")),
                                      str(values.get("students", "")), "+".join(names))))
    findings.extend(_double_booked(lessons))
    return [key for _, key in lessons], findings, unknown


def _window(values: dict[str, object], periods: dict[int, Window]) -> Window | None:
    if values.get("start") and values.get("end"):  # 13:00 or 13.00, as typed or as an Excel time
        return parse_hour(f"{values['start']}-{values['end']}")
    return parse_hour(str(values.get("hour", "")), periods)


def _double_booked(lessons: list[tuple[int, LessonKey]]) -> list[Finding]:
    """Two lessons in one room at once (a hand-edited sheet; FET never writes it)."""
    found: list[Finding] = []
    by_room: dict[tuple[str, int], list[tuple[int, LessonKey]]] = {}
    for row, key in lessons:
        if not key[3]:
            continue
        for other_row, other in by_room.get((key[3], key[0]), []):
            if overlaps(key[1], key[2], other[1], other[2]) and other_row != row:
                found.append(error(row, "room", "timetable_room_double", room=key[3], first_row=other_row,
                                   time=f"{format_minutes(other[1])}-{format_minutes(other[2])}"))
                break
        by_room.setdefault((key[3], key[0]), []).append((row, key))
    return found


def import_timetable(uow: UnitOfWork, parsed: ParsedFile, term_key: str, *, create_rooms: bool = False,
                     commit: bool = True) -> TimetableReport:
    """Plan the file against the database; with `commit` and no errors, replace the term's timetable."""
    require(uow.actor, "training.timetable")
    session = uow.session
    term = session.scalars(select(Term).where(Term.key == term_key.strip())).first()
    if term is None:
        raise NotFound(what="term", field="term", value=term_key)
    wanted, findings, unknown = _plan(session, parsed, create_rooms)
    findings.sort(key=lambda f: (f.row, f.column, f.code))
    current = Counter(_current(session, term.id))
    incoming = Counter(wanted)
    added, removed = sum((incoming - current).values()), sum((current - incoming).values())
    has_errors = any(f.is_error for f in findings)
    created: list[str] = []
    if commit and not has_errors:
        if create_rooms and unknown:
            created = _create_rooms(uow, unknown)
        ids = {code: id_ for id_, code in session.execute(select(Location.id, Location.code))}
        session.execute(delete(Lesson).where(Lesson.term_id == term.id))
        if wanted:
            session.execute(insert(Lesson), [
                {"term_id": term.id, "weekday": k[0], "start_min": k[1], "end_min": k[2],
                 "location_id": ids.get(k[3]) if k[3] else None, "subject": k[4], "students": k[5],
                 "teachers": k[6]} for k in wanted])
        uow.audit("training.timetable.import", "training_term", term.id,
                  {"file": [None, parsed.path.name], "lessons": [sum(current.values()), len(wanted)],
                   "added": [None, added], "removed": [None, removed], "rooms_created": [None, created]})
        uow.changed(TIMETABLE)
    return TimetableReport(term.key, commit and not has_errors, len(parsed.rows), len(wanted), tuple(findings),
                           tuple(unknown), tuple(created), added, removed, sum((current & incoming).values()))


def _current(session: Session, term_id: int) -> list[LessonKey]:
    rows = session.execute(select(Lesson.weekday, Lesson.start_min, Lesson.end_min, Location.code, Lesson.subject,
                                  Lesson.students, Lesson.teachers)
                           .outerjoin(Location, Location.id == Lesson.location_id).where(Lesson.term_id == term_id))
    return [(w, s, e, code or "", subject, students, teachers) for w, s, e, code, subject, students, teachers in rows]


def _create_rooms(uow: UnitOfWork, codes: list[str]) -> list[str]:
    """Each unknown room, coded by its timetable name: bookable, no buffer, no hours limit until a person sets them."""
    uow.session.execute(insert(Location), [{"code": code, "name_th": code, "kind": "room", "is_bookable": True,
                                            "active": True, "version": 1} for code in codes])
    ids = {code: id_ for code, id_ in uow.session.execute(select(Location.code, Location.id)
                                                         .where(Location.code.in_(codes)))}
    uow.session.execute(insert(Facility), [{"location_id": ids[code], "buffer_before_min": 0, "buffer_after_min": 0,
                                            "bookable_hours": "", "approver_role": "training_staff", "version": 1}
                                           for code in codes])
    uow.audit("training.rooms.create", "location", "", {"codes": [None, codes]})
    uow.changed(FACILITIES)
    return codes
