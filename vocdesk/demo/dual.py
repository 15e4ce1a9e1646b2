"""The demo college's dual system: 26 partners with MOUs (some lapsing), trainers (some certificates lapsing),
training plans, two years of placements checked by the real rules, and a handful of seeded breaches."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select

from vocdesk.demo.bulk import insert_rows
from vocdesk.demo.dual_data import ENTERPRISES, PLAN, POSITIONS, TASKS, TRAINER_FIRST, TRAINER_LAST
from vocdesk.demo.teachers_extra import _tax_id
from vocdesk.domain.dual.facts import OtherPlacement, Period, PlacementFacts, Shift, Surroundings
from vocdesk.domain.dual.rules import blocks_activation, check
from vocdesk.persistence.models import (
    DualMou,
    DualPlacement,
    DualPlanTask,
    DualShift,
    DualTrainer,
    DualTrainerCertificate,
    Enterprise,
    Learner,
    Programme,
    Teacher,
)
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.dual import ENTERPRISES as ENTERPRISES_CHANGED
from vocdesk.services.dual import MOUS, PLACEMENTS, PLANS, TRAINERS

DAY = dt.timedelta(days=1)
PER_TRAINER = 6


def _partners(uow: UnitOfWork, rng: random.Random, today: dt.date) -> list[tuple[int, dt.date | None, list[int]]]:
    """Enterprises (the teachers' ten and sixteen more), each with one MOU and two or three trainers."""
    now = uow.clock.now()
    insert_rows(uow.session, "enterprise", [
        {"name_th": name, "tax_id": _tax_id(rng), "province": province, "tsic_code": tsic, "tsic_name": industry,
         "size_band": size, "branch": "00000", "version": 1, "created_at": now, "updated_at": now}
        for name, province, tsic, industry, size in ENTERPRISES], "tax_id")
    ids = list(uow.session.scalars(select(Enterprise.id).order_by(Enterprise.id)))
    partners = []
    for index, enterprise in enumerate(ids):
        end: dt.date | None = today + dt.timedelta(days=rng.randint(500, 1100))
        if index % 9 == 4:
            end = today + dt.timedelta(days=rng.randint(20, 80))  # lapsing while placements run past it
        elif index % 11 == 7:
            end = None
        uow.session.add(DualMou(enterprise_id=enterprise, number=f"{index + 1}/{today.year + 542}",
                                signed_on=today - dt.timedelta(days=800), start_date=today - dt.timedelta(days=790),
                                end_date=end, cooperation_level=1 + index % 3, levels="pvc,pvs",
                                places_per_year=rng.choice((10, 15, 20, 30)), allowance_band="150-300",
                                welfare="meals,insurance" if index % 2 else "lodging,meals,transport",
                                college_signatory="นายผู้อำนวยการ สาธิต"))
        trainers = []
        for n in range(2 + index % 2):
            trainer = DualTrainer(enterprise_id=enterprise, name=f"{rng.choice(TRAINER_FIRST)} "
                                  f"{rng.choice(TRAINER_LAST)}", position=rng.choice(POSITIONS))
            uow.session.add(trainer)
            uow.session.flush()
            trainers.append(trainer.id)
            if index == 3 and n == 1:
                continue  # a trainer not yet certified: one seeded breach
            issued = today - dt.timedelta(days=rng.randint(100, 1400))
            if (index + n) % 8 == 5:
                issued = today - dt.timedelta(days=5 * 365 - rng.randint(20, 70))  # lapsing within 90 days
            uow.session.add(DualTrainerCertificate(trainer_id=trainer.id, number=f"ครฝ.{index}{n}/{issued.year + 543}",
                                                   issued_on=issued, valid_until=issued.replace(year=issued.year + 5)
                                                   - DAY if issued.month != 2 or issued.day != 29 else
                                                   dt.date(issued.year + 5, 2, 28)))
        partners.append((enterprise, end, trainers))
    return partners


def _plans(uow: UnitOfWork, programmes: set[int]) -> int:
    count = 0
    for programme in sorted(programmes):
        major = uow.session.get(Programme, programme)
        code = major.major_code if major else "20000"
        for semester, (main, subs, hours) in PLAN.items():
            for position, sub in enumerate(subs, start=1):
                uow.session.add(DualPlanTask(programme_id=programme, semester=semester, position=semester * 10
                                             + position, main_task=main, sub_task=sub, hours=hours,
                                             target_level=min(5, 1 + semester // 2),
                                             course_codes=f"{code}-{2000 + semester * 100 + position}"))
                count += 1
    return count


def fill_dual(uow: UnitOfWork, rng: random.Random) -> dict[str, int]:
    """Add the dual part of the demo (after teachers and learners); returns counts for the demo summary."""
    today = uow.clock.today()
    partners = _partners(uow, rng, today)
    learners = list(uow.session.scalars(select(Learner).where(Learner.is_dual.is_(True)).order_by(Learner.id)))
    supervisors = list(uow.session.scalars(select(Teacher.id).where(Teacher.left_on.is_(None)).order_by(Teacher.id)))
    plans = _plans(uow, {learner.programme_id for learner in learners})
    certificates: dict[int, list[Period]] = {}
    for c in uow.session.scalars(select(DualTrainerCertificate)):
        certificates.setdefault(c.trainer_id, []).append(Period(c.issued_on, c.valid_until))
    mous = {e: [Period(today - dt.timedelta(days=790), end)] for e, end, _ in partners}
    mou_ids = {m.enterprise_id: m.id for m in uow.session.scalars(select(DualMou))}
    this_year = (today - dt.timedelta(days=30), today + dt.timedelta(days=270))
    last_year = (today - dt.timedelta(days=400), today - dt.timedelta(days=130))
    whole = Period(last_year[0], this_year[1])
    slots = [(e, t) for e, _end, trainers in partners for t in trainers
             if any(p.covers(whole) for p in certificates.get(t, ())) and any(m.covers(whole) for m in mous[e])]
    stored: list[OtherPlacement] = []
    made: list[tuple[DualPlacement, list[Shift]]] = []
    for index, learner in enumerate(learners):
        periods = [(last_year, 1, "completed", (3,)), (this_year, 1, "active", (4,))] if learner.year >= 2 else \
            [(this_year, 2, "active", (1, 2))]
        for (first, last), semesters, status, plan in periods:
            enterprise, trainer = slots[(index // PER_TRAINER + (status == "completed")) % len(slots)]
            shifts = [Shift(d, dt.time(8), dt.time(17), 60) for d in range(5 - min(4, 1 + learner.year), 5)]
            made.append(_placed(uow, learner, enterprise, trainer, mou_ids.get(enterprise), (first, last),
                                semesters, status, plan, shifts, rng.choice(supervisors) if supervisors else None,
                                rng, certificates, mous, stored))
    _seed_breaches(uow, learners, partners, mou_ids, this_year, rng, certificates, mous, stored)
    uow.changed(ENTERPRISES_CHANGED, MOUS, TRAINERS, PLACEMENTS, PLANS)
    placed = len(list(uow.session.scalars(select(DualPlacement.id))))
    return {"dual_enterprise": len(partners), "dual_trainer": sum(len(t) for _e, _d, t in partners),
            "dual_plan_task": plans, "dual_placement": placed}


def _placed(uow: UnitOfWork, learner: Learner, enterprise: int, trainer: int, mou: int | None,
            days: tuple[dt.date, dt.date], semesters: int, status: str, plan: tuple[int, ...], shifts: list[Shift],
            supervisor: int | None, rng: random.Random, certificates: dict[int, list[Period]],
            mous: dict[int, list[Period]], stored: list[OtherPlacement], hazard: str = "",
            consent: bool = True) -> tuple[DualPlacement, list[Shift]]:
    """One placement whose status the real rules decide: any error keeps it a draft."""
    period = Period(*days)
    assert learner.birth_date is not None
    facts = PlacementFacts(learner.student_code, learner.level, learner.birth_date, True, enterprise, trainer, period,
                           semesters, tuple(shifts), tuple(t for t in hazard.split(",") if t), consent)
    around = Surroundings(tuple(certificates.get(trainer, ())), tuple(mous.get(enterprise, ())), tuple(stored))
    findings: list[Any] = check(facts, around)
    kept = "draft" if blocks_activation(findings) else status
    warnings = sorted({f.code for f in findings if f.severity == "warning"})
    placement = DualPlacement(learner_id=learner.id, enterprise_id=enterprise, mou_id=mou, trainer_id=trainer,
                              supervisor_id=supervisor, start_date=days[0], end_date=days[1], semesters=semesters,
                              allowance=rng.choice((200, 250, 300, 350)), tasks=rng.choice(TASKS),
                              hazard_tasks=hazard, guardian_consent=consent, status=kept,
                              ended_on=days[1] if kept == "completed" else None,
                              plan_semesters=",".join(map(str, plan)), accepted_warnings=",".join(warnings)
                              if kept != "draft" else "", warning_reason="ตกลงร่วมกับสถานประกอบการ (ข้อมูลตัวอย่าง)"
                              if warnings and kept != "draft" else "")
    uow.session.add(placement)
    uow.session.flush()
    for s in shifts:
        uow.session.add(DualShift(placement_id=placement.id, weekday=s.weekday, start_time=s.start, end_time=s.end,
                                  break_minutes=s.break_minutes))
    if kept != "draft":
        stored.append(OtherPlacement(placement.id, learner.student_code, trainer, period, semesters))
    return placement, shifts


def _seed_breaches(uow: UnitOfWork, learners: list[Learner], partners: list[tuple[int, dt.date | None, list[int]]],
                   mou_ids: dict[int, int], days: tuple[dt.date, dt.date], rng: random.Random,
                   certificates: dict[int, list[Period]], mous: dict[int, list[Period]],
                   stored: list[OtherPlacement]) -> None:
    """Drafts the findings panel shows: uncertified trainer, a minor's night shift and forklift, an overlap, an MOU."""
    if len(learners) < 3:
        return
    minors = sorted(learners, key=lambda learner: learner.birth_date or dt.date.min, reverse=True)
    young, other, third = minors[0], minors[1], minors[2]
    enterprise, _end, trainers = partners[3]
    uncertified = trainers[1]
    next_term = (days[1] + DAY * 30, days[1] + DAY * 180)
    common = (rng, certificates, mous, stored)
    _placed(uow, third, enterprise, uncertified, mou_ids.get(enterprise), next_term, 1, "active", (5,),
            [Shift(d, dt.time(8), dt.time(17), 60) for d in range(3)], None, *common)
    night = [Shift(d, dt.time(14), dt.time(22, 30), 60) for d in range(2)]
    _placed(uow, young, partners[0][0], partners[0][2][0], mou_ids.get(partners[0][0]), next_term, 1, "active",
            (5,), night, None, *common)
    _placed(uow, other, partners[1][0], partners[1][2][0], mou_ids.get(partners[1][0]), next_term, 1, "active",
            (5,), [Shift(0, dt.time(8), dt.time(16), 60)], None, *common, hazard="forklift")
    _placed(uow, young, partners[2][0], partners[2][2][0], mou_ids.get(partners[2][0]), days, 1, "active", (4,),
            [Shift(4, dt.time(8), dt.time(16), 60)], None, *common)
    lapsing = next((p for p in partners if p[1] is not None and p[1] < days[1]), None)
    if lapsing is not None:  # its MOU ends before the placement: an alert and a finding
        _placed(uow, other, lapsing[0], lapsing[2][0], mou_ids.get(lapsing[0]), next_term, 1, "active", (5,),
                [Shift(1, dt.time(8), dt.time(16), 60)], None, *common)
