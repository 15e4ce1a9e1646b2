"""Demo community service: a Fix it centre's year, a five-day flood burst of 1,500 jobs, a Songkran point's shifts."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import insert, select

from vocdesk.demo.names import NameLists
from vocdesk.domain.community import BARRIERS, job_fiscal_year
from vocdesk.domain.thai_ids import national_id_check_digit
from vocdesk.persistence.models import (
    Learner,
    RepairJob,
    RepairPart,
    ServiceMinutes,
    ShiftAttendance,
    ShiftService,
    Teacher,
    VolunteerShift,
)
from vocdesk.services.community import JOBS, SERVICE_HOURS, SHIFTS
from vocdesk.services.community.points import PointInput, add_point
from vocdesk.services.core.context import UnitOfWork

FLOOD_DAYS = (dt.date(2025, 11, 29), dt.date(2025, 12, 3))  # Hat Yai, 29 Nov – 3 Dec 2568
FLOOD_JOBS, CENTRE_JOBS, SERVING_LEARNERS = 1_500, 320, 400
FLOOD_MIX = (("motorcycle", 45), ("ords:17", 9), ("refrigerator", 8), ("washing_machine", 7), ("rice_cooker", 7),
             ("ords:7", 7), ("ords:8", 5), ("water_pump", 5), ("pickup", 4), ("car", 3))
CENTRE_MIX = (("ords:7", 20), ("rice_cooker", 15), ("ords:28", 15), ("ords:24", 10), ("motorcycle", 20),
              ("farm_machinery", 10), ("ords:40", 10))
PROBLEMS = {"motorcycle": "รถจมน้ำ สตาร์ทไม่ติด", "pickup": "น้ำเข้าห้องเครื่อง", "car": "ระบบไฟฟ้าช็อต",
            "refrigerator": "ตู้เย็นไม่เย็น", "washing_machine": "เครื่องซักผ้าไม่หมุน", "rice_cooker": "หม้อหุงข้าวไม่ร้อน",
            "water_pump": "ปั๊มน้ำไม่ดูด", "farm_machinery": "รถไถเดินตามสตาร์ทยาก", "ords:7": "พัดลมไม่หมุน",
            "ords:8": "ทีวีไม่มีภาพ", "ords:17": "เครื่องปรับอากาศน้ำหยด", "ords:24": "สว่านไฟฟ้าไม่ทำงาน",
            "ords:28": "กาต้มน้ำไฟไม่เข้า", "ords:40": "เตารีดไม่ร้อน"}
SONGKRAN_SERVICES = ("motorcycle", "pickup", "car", "van", "other", "rest_stop", "tow", "first_aid")


def _pick(rng: random.Random, mix: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([code for code, _ in mix], [weight for _, weight in mix])[0]


def _outcome(rng: random.Random) -> tuple[str, str, str | None]:
    """(status, ORDS repair status, barrier) of a job that is done or nearly."""
    roll = rng.random()
    if roll < 0.68:
        return "returned", "Fixed", None
    if roll < 0.80:
        return "returned", "End of life", rng.choice(BARRIERS)
    if roll < 0.88:
        return "returned", "Repairable", None
    return rng.choice(("repairing", "drying", "checking")), "Unknown", None


def _jobs(rng: random.Random, names: NameLists, point_id: int, days: list[dt.date], count: int,
          mix: tuple[tuple[str, int], ...], stamp: dict[str, Any]) -> list[dict[str, Any]]:
    rows, numbers = [], dict[int, int]()
    for day in sorted(rng.choice(days) for _ in range(count)):
        year = job_fiscal_year(day)
        numbers[year] = numbers.get(year, 0) + 1
        item = _pick(rng, mix)
        status, outcome, barrier = _outcome(rng)
        first = rng.choice(names.male + names.female).th
        digits = f"{rng.choice((1, 3))}{rng.randrange(10**11):011d}"
        owner_id = digits + str(national_id_check_digit(digits)) if rng.random() < 0.3 else ""
        rows.append({"point_id": point_id, "fiscal_year": year, "job_no": numbers[year], "received_on": day,
                     "owner_name": f"{first} {rng.choice(names.surnames).th}",
                     "owner_phone": f"08{rng.randrange(10_000_000, 99_999_999)}", "owner_national_id": owner_id,
                     "owner_id_reason": "", "owner_address": f"หมู่ {rng.randrange(1, 12)}", "category": item,
                     "brand": "", "model": "", "age_years": rng.randrange(1, 15), "problem": PROBLEMS[item],
                     "status": status, "repair_status": outcome, "barrier": barrier, "terms_acknowledged": True,
                     "returned_on": day + dt.timedelta(days=rng.randrange(0, 3)) if status == "returned" else None,
                     **stamp})
    return rows


def fill_community(uow: UnitOfWork, rng: random.Random, names: NameLists) -> dict[str, int]:
    """Three points with jobs, parts, shifts and several hundred learners' minutes; returns row counts."""
    session, today = uow.session, uow.clock.today()
    stamp = {"created_at": uow.clock.now(), "updated_at": uow.clock.now(), "version": 1}
    teachers = list(session.scalars(select(Teacher.id).order_by(Teacher.id).limit(3)))
    learners = list(session.scalars(select(Learner.id).where(Learner.status == "studying").order_by(Learner.id)))
    serving = rng.sample(learners, min(SERVING_LEARNERS, len(learners)))
    year_ago = today - dt.timedelta(days=365)
    songkran = dt.date(today.year if today >= dt.date(today.year, 4, 18) else today.year - 1, 4, 10)
    teacher = teachers[0] if teachers else None
    points = [add_point(uow, PointInput("FIX", "ศูนย์ซ่อมสร้างเพื่อชุมชน (Fix it Center)", "fixit_centre", year_ago,
                                        place="วิทยาลัย", province="สงขลา", teacher_id=teacher)),
              add_point(uow, PointInput("HY1", "จุดซ่อมน้ำท่วมหาดใหญ่", "flood_relief", FLOOD_DAYS[0], FLOOD_DAYS[1],
                                        place="ตลาดกิมหยง", province="สงขลา", teacher_id=teacher)),
              add_point(uow, PointInput("SK1", "จุดบริการอาชีวะอาสา สงกรานต์", "road_safety", songkran,
                                        songkran + dt.timedelta(days=7), place="ทางหลวง 43", province="สงขลา",
                                        teacher_id=teacher))]
    flood_days = [FLOOD_DAYS[0] + dt.timedelta(days=n) for n in range(5)]
    every_day = (year_ago + dt.timedelta(days=n) for n in range(365))
    centre_days = [day for day in every_day if day.weekday() < 5]
    rows = _jobs(rng, names, points[1].id, flood_days, FLOOD_JOBS, FLOOD_MIX, stamp)
    rows += _jobs(rng, names, points[0].id, centre_days, CENTRE_JOBS, CENTRE_MIX, stamp)
    session.execute(insert(RepairJob), rows)
    done = session.execute(select(RepairJob.id, RepairJob.point_id, RepairJob.received_on)).all()
    parts, minutes = [], []
    for job_id, point_id, day in done:
        if rng.random() < 0.6:
            parts.append({"job_id": job_id, "description": rng.choice(("หัวเทียน", "สายไฟ", "ฟิวส์", "น้ำมันเครื่อง",
                                                                        "สายพาน", "คาปาซิเตอร์")),
                          "cost_satang": rng.randrange(20, 150) * 100})
        for learner in rng.sample(serving, min(len(serving), rng.randrange(1, 3))):
            minutes.append({"learner_id": learner, "teacher_id": None, "job_id": job_id, "shift_id": None,
                            "point_id": point_id, "worked_on": day, "minutes": rng.randrange(30, 121, 15)})
    if parts:
        session.execute(insert(RepairPart), parts)
    shifts = 0
    for offset in range(8):
        for start, end in ((dt.time(6), dt.time(14)), (dt.time(14), dt.time(22))):
            day = songkran + dt.timedelta(days=offset)
            shift = VolunteerShift(point_id=points[2].id, day=day, start_time=start, end_time=end, **stamp)
            session.add(shift)
            session.flush()
            shifts += 1
            for learner in rng.sample(serving, min(len(serving), 6)):
                session.add(ShiftAttendance(shift_id=shift.id, learner_id=learner, checked_in=start, checked_out=end))
                minutes.append({"learner_id": learner, "teacher_id": None, "job_id": None, "shift_id": shift.id,
                                "point_id": points[2].id, "worked_on": day, "minutes": 480})
            session.add_all([ShiftService(shift_id=shift.id, kind=kind, count=rng.randrange(0, 60))
                             for kind in SONGKRAN_SERVICES])
    if minutes:
        session.execute(insert(ServiceMinutes), minutes)
    uow.changed(JOBS, SHIFTS, SERVICE_HOURS)
    return {"service_point": len(points), "repair_job": len(rows), "repair_part": len(parts),
            "volunteer_shift": shifts, "service_minutes": len(minutes)}
