"""Demo labour market: two graduated cohorts in the register, their survey answers (6 and 12 months), demand facts
for the college's province and region over three years in two schemes, and the reviewed starting map."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import case, func, insert, select

from vocdesk.demo.bulk import insert_rows
from vocdesk.demo.labour_facts import insert_demand_facts
from vocdesk.demo.learners import ENTRY_AGE, entry_date
from vocdesk.demo.people import birth_date_for_entry, learner_prefix
from vocdesk.domain.labour.isco_units import UNITS
from vocdesk.domain.labour.survey import WORKING
from vocdesk.domain.thai_ids import national_id_check_digit
from vocdesk.persistence.base import Base
from vocdesk.persistence.models import GraduateOutcome, Learner, LearnerStatusChange, Programme, ProgrammeOccupation
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.settings import college_profile
from vocdesk.services.labour.occupation_map import seed_starting_map

FINAL_YEAR = {"pvc": 3, "pvs": 2}
ANSWERS = {"pvc": (("further_study", 0.46), ("employed_private", 0.30), ("self_employed", 0.05),
                   ("employed_government", 0.02), ("military_service", 0.04), ("ordained", 0.01),
                   ("unemployed", 0.07), ("not_seeking", 0.05)),
           "pvs": (("employed_private", 0.58), ("employed_government", 0.06), ("self_employed", 0.10),
                   ("further_study", 0.12), ("military_service", 0.04), ("ordained", 0.02), ("unemployed", 0.06),
                   ("not_seeking", 0.02))}
"""Status shares among respondents: most ปวช. graduates study on, most ปวส. graduates work (plausible, not data)."""
RESPONSE = 0.82
EMPLOYERS = ("บริษัท ราชบุรีออโต้เซอร์วิส จำกัด", "บริษัท สยามอินดัสเทรียลพาร์ท จำกัด", "ห้างหุ้นส่วนจำกัด โพธารามการไฟฟ้า",
             "บริษัท เวสเทิร์นอิเล็กทรอนิกส์ จำกัด", "โรงแรมแม่กลองริเวอร์", "บริษัท บัญชีดีการค้า จำกัด",
             "การไฟฟ้าส่วนภูมิภาค", "บริษัท ไทยฟู้ดโปรดักส์ จำกัด")


def _pick(rng: random.Random, shares: tuple[tuple[str, float], ...]) -> str:
    roll, bound = rng.random() * sum(share for _s, share in shares), 0.0
    for status, share in shares:
        bound += share
        if roll < bound:
            return status
    return shares[-1][0]


def _graduates(uow: UnitOfWork, rng: random.Random, cohorts: list[int]) -> list[tuple[int, int, str, int]]:
    """Insert graduates like each programme's current final year; returns (id, programme, level, cohort year)."""
    session, now = uow.session, uow.clock.now()
    finals = [(pid, level, code, int(count)) for pid, level, code, count in session.execute(
        select(Learner.programme_id, Learner.level, Programme.major_code, func.count())
        .join(Programme, Programme.id == Learner.programme_id)
        .where(Learner.status == "studying", Learner.year == case(FINAL_YEAR, value=Learner.level, else_=0))
        .group_by(Learner.programme_id, Learner.level, Programme.major_code).order_by(Learner.programme_id))]
    people = list(session.execute(select(Learner.prefix, Learner.first_name_th, Learner.last_name_th,
                                         Learner.gender, Learner.province).order_by(Learner.id)))
    used = set(session.scalars(select(Learner.national_id)))
    rows, made = [], []
    for cohort in cohorts:
        for pid, level, code, count in finals:
            entry_be = cohort + 543 - FINAL_YEAR[level]
            for n in range(round(count * rng.uniform(0.8, 1.0))):
                _prefix, first, _last, gender, province = rng.choice(people)
                entered = entry_date(entry_be)
                birth = birth_date_for_entry(rng, entered, ENTRY_AGE[level])
                while True:
                    first12 = "1" + "70" + f"{rng.randrange(10 ** 9):09d}"
                    nid = first12 + str(national_id_check_digit(first12))
                    if nid not in used:
                        used.add(nid)
                        break
                student = f"{entry_be % 100:02d}{code}{5001 + n:04d}"
                rows.append({"student_code": student, "national_id": nid, "national_id_override": "",
                             "prefix": learner_prefix(gender, birth, uow.clock.today()), "first_name_th": first,
                             "last_name_th": rng.choice(people)[2], "first_name_en": "", "last_name_en": "",
                             "gender": gender, "birth_date": birth, "level": level, "year": FINAL_YEAR[level],
                             "programme_id": pid,
                             "entry_semester": f"1/{entry_be}", "status": "graduated", "is_dual": False, "phone": "",
                             "email": f"{student}@learner.demo.invalid", "province": province,
                             "gpax": round(min(4.0, max(2.0, rng.gauss(2.95, 0.4))), 2), "created_at": now,
                             "updated_at": now})
                made.append((pid, level, cohort, entry_be))
    if not rows:
        return []
    ids = insert_rows(session, Learner.__tablename__, rows, "student_code")
    changes = []
    for lid, (_pid, _level, cohort, entry_be) in zip(ids, made, strict=True):
        changes.append({"learner_id": lid, "status": "studying", "reason": "รับเข้าศึกษา",
                        "effective_date": entry_date(entry_be)})
        changes.append({"learner_id": lid, "status": "graduated", "reason": "สำเร็จการศึกษาตามหลักสูตร",
                        "effective_date": dt.date(cohort, 3, 20)})
    session.execute(insert(Base.metadata.tables[LearnerStatusChange.__tablename__]), changes)
    return [(lid, pid, level, cohort) for lid, (pid, level, cohort, _e) in zip(ids, made, strict=True)]


def _outcomes(uow: UnitOfWork, rng: random.Random, graduates: list[tuple[int, int, str, int]],
              today: dt.date, province: str) -> int:
    codes: dict[int, list[str]] = {}
    for pid, code in uow.session.execute(select(ProgrammeOccupation.programme_id, ProgrammeOccupation.occupation)):
        codes.setdefault(int(pid), []).append(code)
    rows = []
    for lid, pid, level, cohort in graduates:
        answered = ""
        for months in (6, 12):
            surveyed = dt.date(cohort + (months + 3) // 12, (3 + months - 1) % 12 + 1, 15)
            if surveyed > today:
                continue
            if rng.random() >= RESPONSE:
                status = "unreachable"
            else:  # a quarter of those who answered before give another answer a round later
                if not answered or rng.random() < 0.25:
                    answered = _pick(rng, ANSWERS[level])
                status = answered
            working = status in WORKING
            code = rng.choice(codes.get(pid) or ["9329"]) if working else ""
            rows.append({"learner_id": lid, "cohort_year": cohort, "round_months": months, "status": status,
                         "in_field": working and rng.random() < 0.72,
                         "employer": rng.choice(EMPLOYERS) if status in ("employed_private", "employed_government")
                         else "", "industry": "", "occupation": code,
                         "occupation_title": UNITS[code][1][0] if code in UNITS else "",
                         "salary_band": rng.choice(("10-15k", "15-20k") if level == "pvs" else ("lt10k", "10-15k"))
                         if working else "", "province": province if working else "",
                         "evidence": "โทรศัพท์" if status != "unreachable" else "", "verified_by": "ครูแนะแนว",
                         "surveyed_on": surveyed, "matched_by": "", "version": 1})
    if rows:
        uow.session.execute(insert(GraduateOutcome), rows)
    return len(rows)


def fill_labour(uow: UnitOfWork, rng: random.Random, cohorts: int = 2) -> dict[str, object]:
    """`cohorts` graduated cohorts with answers, facts and the map; counts (the register's now include graduates)."""
    today, session = uow.clock.today(), uow.session
    latest = today.year if today >= dt.date(today.year, 4, 1) else today.year - 1
    province = college_profile(session).province or "ราชบุรี"
    graduates = _graduates(uow, rng, list(range(latest - cohorts + 1, latest + 1)))
    seeded = seed_starting_map(uow)
    outcomes = _outcomes(uow, rng, graduates, today, province)
    facts = insert_demand_facts(uow, rng, province, [latest - 3, latest - 2, latest - 1])
    table_count = {name: int(session.scalar(select(func.count()).select_from(Base.metadata.tables[name])) or 0)
                   for name in ("learner", "learner_status_change")}
    return {**table_count, "graduates": len(graduates), "graduate_outcome": outcomes, "demand_fact": facts,
            "programmes_mapped": seeded}
