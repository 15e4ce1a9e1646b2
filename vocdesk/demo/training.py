"""The demo college's training centre: facilities on its rooms, this term's timetable, bookings and requests."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert, select

from vocdesk.domain.academic import academic_year_of
from vocdesk.domain.thai_dates import BE_OFFSET
from vocdesk.domain.training import overlaps, parse_window
from vocdesk.persistence.models import Booking, Facility, LearningGroup, Lesson, Location, Teacher, Term
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.training.booking import BookingRequest, book
from vocdesk.services.training.calendar_ import add_closure, blocked_days

BUFFERS = {"workshop": (15, 15), "lab": (10, 10), "hall": (30, 30)}
HOURS = {"workshop": "mon-fri=08:00-20:00;sat-sun=08:00-17:00", "lab": "mon-fri=08:00-21:00;sat=08:00-17:00"}
SUBJECTS = {"workshop": ("งานเชื่อมและโลหะแผ่น", "งานเครื่องยนต์เล็ก", "งานไฟฟ้าเบื้องต้น", "งานซ่อมบำรุง"),
            "lab": ("คอมพิวเตอร์และการบำรุงรักษา", "การเขียนโปรแกรม", "ระบบควบคุมอัตโนมัติ PLC"),
            "room": ("ภาษาไทยเพื่ออาชีพ", "คณิตศาสตร์", "ภาษาอังกฤษสื่อสาร", "การเป็นผู้ประกอบการ")}
MORNINGS = (("08:00-12:00",), ("08:00-10:00", "10:00-12:00"), ())
AFTERNOONS = (("13:00-16:00",), ("13:00-15:00",), ())


def _term(today: dt.date) -> tuple[str, dt.date, dt.date]:
    year_be = academic_year_of(today)
    start = year_be - BE_OFFSET
    if 5 <= today.month <= 9:
        return f"1/{year_be}", dt.date(start, 5, 16), dt.date(start, 9, 30)
    return f"2/{year_be}", dt.date(start, 11, 2), dt.date(start + 1, 3, 12)


def _next(today: dt.date, weekday: int, weeks: int = 0) -> dt.date:
    return today + dt.timedelta(days=(weekday - today.weekday() - 1) % 7 + 1 + 7 * weeks)


def fill_training(uow: UnitOfWork, rng: random.Random) -> dict[str, int]:
    """Every bookable room becomes a facility (plus a hall); the term gets a weekly timetable; a few bookings."""
    session = uow.session
    session.execute(insert(Location), [{"code": "HALL", "name_th": "หอประชุมวิทยาลัย", "kind": "hall",
                                        "building": "อาคารอเนกประสงค์", "capacity": 250, "is_bookable": True,
                                        "version": 1}])
    places = list(session.execute(select(Location.id, Location.code, Location.kind, Location.capacity)
                                  .where(Location.is_bookable.is_(True)).order_by(Location.code)))
    have = set(session.scalars(select(Facility.location_id)))  # the short courses may have set some up already
    session.execute(insert(Facility), [
        {"location_id": pid, "seats": seats, "buffer_before_min": BUFFERS.get(kind, (0, 0))[0],
         "buffer_after_min": BUFFERS.get(kind, (0, 0))[1], "bookable_hours": HOURS.get(kind, ""),
         "approver_role": "administrator" if kind == "hall" else "training_staff", "version": 1}
        for pid, _code, kind, seats in places if pid not in have])
    today = uow.clock.today()
    key, first, last = _term(today)
    term = Term(key=key, first_day=first, last_day=last)
    session.add(term)
    session.flush()
    groups = list(session.scalars(select(LearningGroup.name).order_by(LearningGroup.id))) or ["ชย.1/1"]
    teachers = [f"{a} {b}" for a, b in session.execute(select(Teacher.first_name_th, Teacher.last_name_th)
                                                         .order_by(Teacher.id))] or ["ครูสมชาย"]
    held: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for pid, on, begins, ends in session.execute(select(Booking.location_id, Booking.day, Booking.start_min,
                                                        Booking.end_min).where(Booking.day.between(first, last))):
        held.setdefault((pid, on.weekday()), []).append((begins, ends))
    lessons = []
    for pid, _code, kind, _seats in places:
        if kind == "hall":
            continue
        for weekday in range(5):
            for window in rng.choice(MORNINGS) + rng.choice(AFTERNOONS):
                span = parse_window(window)
                if any(overlaps(span.start, span.end, s, e) for s, e in held.get((pid, weekday), ())):
                    continue  # a short-course run already holds this slot
                lessons.append({"term_id": term.id, "weekday": weekday, "start_min": span.start, "end_min": span.end,
                                "location_id": pid, "subject": rng.choice(SUBJECTS.get(kind, SUBJECTS["room"])),
                                "students": rng.choice(groups), "teachers": rng.choice(teachers)})
    if lessons:
        session.execute(insert(Lesson), lessons)
    by_kind = {kind: code for _pid, code, kind, _seats in reversed(places)}
    workshop, lab = by_kind.get("workshop", "HALL"), by_kind.get("lab", "HALL")
    room = by_kind.get("room", "HALL")
    requests = (
        (workshop, _next(today, 5), _next(today, 5, 5), (5,), "09:00-16:00", "อบรมช่างเชื่อมระยะสั้น รุ่น 1", 18, ""),
        (lab, _next(today, 1), _next(today, 3, 3), (1, 3), "17:00-19:00", "คอมพิวเตอร์สำหรับผู้สูงอายุ", 20, ""),
        ("HALL", _next(today, 4, 1), _next(today, 4, 1), (4,), "13:00-16:00", "ประชุมผู้ปกครอง", 200, ""),
        (workshop, _next(today, 6), _next(today, 6, 2), (6,), "09:00-15:00", "อบรมซ่อมรถจักรยานยนต์",
         15, "อบต.ท่าช้าง"),
        ("HALL", _next(today, 5, 2), _next(today, 5, 2), (5,), "08:30-16:30", "ทดสอบมาตรฐานฝีมือแรงงาน",
         120, "บริษัท สยามออโต้พาร์ท จำกัด"),
        (room, _next(today, 5, 1), _next(today, 5, 1), (5,), "13:00-16:00", "อบรมทำขนมไทยเพื่ออาชีพ",
         30, "ชมรมผู้สูงอายุตำบลท่าช้าง"),
    )
    booked = 0
    for code, start, end, days, window, purpose, people, outsider in requests:
        if start == end:  # a one-off on a holiday or closure is refused: the demo takes the next open week
            while blocked_days(session, start, start):
                start = end = start + dt.timedelta(weeks=1)
        result = book(uow, BookingRequest(code, start, end, days, parse_window(window), purpose, people,
                                          skip_conflicts=True, state="requested" if outsider else "booked",
                                          requested_by=outsider))
        booked += len(result.sessions)
    add_closure(uow, _next(today, 2, 7), _next(today, 2, 7), "ปิดอาคารเพื่อซ่อมบำรุงระบบไฟฟ้า")
    return {"training_facility": len(places), "training_lesson": len(lessons), "training_booking": booked}
