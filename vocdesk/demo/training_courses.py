"""Demo short courses: a catalogue, runs booked into the college's workshops, 300+ trainees, attendance, fees."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import insert, select

from vocdesk.demo.names import NameLists
from vocdesk.demo.people import IdentityFactory
from vocdesk.domain.training import Window
from vocdesk.persistence.models import Facility, Location, Trainee
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.training.attendance import grid, mark
from vocdesk.services.training.certificates import issue_certificates
from vocdesk.services.training.courses import CourseInput, save_course
from vocdesk.services.training.enrolment import enrol
from vocdesk.services.training.receipts import add_payment
from vocdesk.services.training.runs import RunRequest, schedule_run

# code, Thai name, kind, hours, fee in baht (0 = free), funding, weekday(s), window
COURSES = (
    ("TC-WELD", "ช่างเชื่อมไฟฟ้าเบื้องต้น", "upskill", 30, 1500, "", (5,), "09:00-15:00"),
    ("TC-EV", "ซ่อมบำรุงรถจักรยานยนต์ไฟฟ้า", "reskill", 30, 2500, "", (6,), "09:00-15:00"),
    ("TC-AIR", "ช่างเครื่องปรับอากาศในบ้าน", "upskill", 24, 1800, "", (5,), "08:30-14:30"),
    ("TC-PHONE", "ซ่อมโทรศัพท์มือถือ", "fixit", 18, 0, "โครงการ Fix it Center", (6,), "09:00-15:00"),
    ("TC-COOK", "อาหารไทยเพื่ออาชีพ", "short", 18, 900, "", (5,), "13:00-16:00"),
    ("TC-BARISTA", "บาริสต้าและเครื่องดื่ม", "short", 15, 1200, "", (6,), "13:00-16:00"),
    ("TC-PLC", "ระบบควบคุม PLC สำหรับโรงงาน", "upskill", 24, 3000, "", (1, 3), "17:00-20:00"),
    ("TC-SOLAR", "ติดตั้งโซลาร์เซลล์", "reskill", 24, 0, "กองทุนพัฒนาฝีมือแรงงาน", (0, 2), "17:00-20:00"),
    ("TC-EXCEL", "คอมพิวเตอร์สำนักงานสำหรับผู้สูงวัย", "short", 12, 0, "งบประมาณ สอศ.", (4,), "17:00-20:00"),
    ("TC-SEW", "ตัดเย็บเสื้อผ้าเบื้องต้น", "short", 18, 800, "", (6,), "09:00-12:00"),
)
SIGNER = ("นายผู้อำนวยการ สาธิต", "ผู้อำนวยการวิทยาลัย")  # the college's signatory, as in its dual-system MOUs
EDUCATION = ("ประถมศึกษา", "มัธยมศึกษาตอนต้น", "มัธยมศึกษาตอนปลาย", "ปวช.", "ปวส.", "ปริญญาตรี")
EMPLOYMENT = ("employed", "unemployed", "self_employed", "student")


def _places(uow: UnitOfWork) -> list[str]:
    """Workshops and labs the demo college has, made bookable for the centre when they are not yet."""
    places = list(uow.session.execute(select(Location.id, Location.code).where(Location.kind.in_(("workshop", "lab")),
                                                                             Location.active.is_(True))
                                      .order_by(Location.code)).all())
    have = set(uow.session.scalars(select(Facility.location_id)))
    missing = [{"location_id": lid, "seats": 25, "buffer_before_min": 0, "buffer_after_min": 30,
                "bookable_hours": "", "approver_role": "training_staff", "version": 1}
               for lid, _ in places if lid not in have]
    if missing:
        uow.session.execute(insert(Facility), missing)
    return [code for _, code in places]


def _trainees(uow: UnitOfWork, rng: random.Random, names: NameLists, count: int) -> list[int]:
    ids, today = IdentityFactory(random.Random(rng.random())), uow.clock.today()
    rows = []
    for _ in range(count):
        female = rng.random() < 0.45
        first, last = rng.choice(names.female if female else names.male), rng.choice(names.surnames)
        birth = today - dt.timedelta(days=rng.randrange(18 * 365, 62 * 365))
        province = rng.choice(names.provinces)
        rows.append({"national_id": ids.national_id(province.code, birth.year < 1984), "national_id_override": "",
                     "passport_no": None, "prefix": ("นาง" if rng.random() < 0.5 else "นางสาว") if female else "นาย",
                     "first_name": first.th, "last_name": last.th, "birth_date": birth, "sex": "F" if female else "M",
                     "phone": f"08{rng.randrange(10**8):08d}", "province": province.name_th,
                     "education": rng.choice(EDUCATION), "employment": rng.choice(EMPLOYMENT),
                     "pdpa_consent": True, "version": 1})
    uow.session.execute(insert(Trainee), rows)
    return list(uow.session.scalars(select(Trainee.id).order_by(Trainee.id)))


def _window(text: str) -> Window:
    start, end = text.split("-")
    return Window(int(start[:2]) * 60 + int(start[3:]), int(end[:2]) * 60 + int(end[3:]))


def fill_training_courses(uow: UnitOfWork, rng: random.Random, names: NameLists, keys_dir: Path | None,
                          trainees: int = 320) -> dict[str, int]:
    """Courses with one or two runs around today (skipping clashes), trainees enrolled, past sessions attended, fees
    paid, and for runs already over certificates to those who completed, signed with the college's certificate key
    in `keys_dir` as the run page would (created there on first use). Without a keys folder none are issued."""
    places = _places(uow)
    if not places:
        return {"training_runs": 0}
    people = _trainees(uow, rng, names, trainees)
    today, runs, receipts = uow.clock.today(), [], 0
    for index, (code, name, kind, hours, fee, funding, days, window) in enumerate(COURSES):
        save_course(uow, CourseInput(code, name, kind, hours, rng.choice((15, 20, 25)), fee * 100, funding,
                                     min_attendance_pct=80))
        for start_weeks in ((-8, 2) if index % 3 == 0 else (-3,)):
            first = today + dt.timedelta(weeks=start_weeks, days=index % 7)
            result = schedule_run(uow, RunRequest(code, places[index % len(places)], first,
                                                  first + dt.timedelta(weeks=6), days, _window(window),
                                                  skip_conflicts=True))
            if result.run:
                runs.append((result.run, fee))
    for key, fee in runs:
        joined = rng.sample(people, rng.randint(12, 28))
        for trainee in joined:
            enrol(uow, key, trainee)
        sheet = grid(uow.session, uow.actor, key)
        enrolled = [tid for tid, _ in sheet.trainees]
        for _sid, day, _start, _end, state in sheet.sessions:
            if day < today and state == "planned":
                mark(uow, key, day, [t for t in enrolled if rng.random() < 0.88])
        if fee:
            for trainee in enrolled:
                if rng.random() < 0.9:
                    add_payment(uow, key, trainee, fee * 100)
                    receipts += 1
    issued = 0 if keys_dir is None else sum(
        len(issue_certificates(uow, keys_dir, key, *SIGNER)) for key, _ in runs if _finished(uow, key))
    return {"training_courses": len(COURSES), "training_runs": len(runs), "trainees": len(people),
            "training_receipts": receipts, "training_certificates": issued}


def _finished(uow: UnitOfWork, key: str) -> bool:
    """Every planned session of the run lies before today."""
    days = [day for _sid, day, _start, _end, state in grid(uow.session, uow.actor, key).sessions if state == "planned"]
    return bool(days) and max(days) < uow.clock.today()

