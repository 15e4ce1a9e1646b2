"""Demo dual follow-up on the demo's started placements: visits (some behind), logbooks with gaps, allowances (some
late), assessments, a regional centre and one hand-off recorded. Nothing is made when no placement exists."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from vocdesk.domain.dual.allowances import expected_satang, month_end, months_of
from vocdesk.domain.dual.logbook import training_days, weeks_of
from vocdesk.domain.dual.supervision import deadlines, overlap
from vocdesk.persistence.models import (
    DualAllowancePayment,
    DualAssessmentScore,
    DualCentre,
    DualHandoff,
    DualHandoffResponse,
    DualLogbookTask,
    DualLogbookWeek,
    DualPlacement,
    DualVisit,
    Enterprise,
    Learner,
)
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.settings import college_profile
from vocdesk.services.dual import ALLOWANCES, ASSESSMENT, CENTRES, LOGBOOK, SUPERVISION
from vocdesk.services.dual.followup_common import STARTED, last_day, semester_of, semester_period, shifts_of
from vocdesk.services.dual.plans import placement_plan

NOTES = ("ฝึกงานตามแผน ครูฝึกพอใจ", "ต้องเสริมความปลอดภัยในการใช้เครื่องมือ", "ผู้เรียนขอเปลี่ยนแผนกฝึก",
         "ขาดฝึกหลายวัน ได้โทรแจ้งผู้ปกครองแล้ว")
RESPONSES = (("contacted", "โทรหาผู้เรียนและผู้ปกครอง นัดพบที่สถานประกอบการ"),
             ("supporting", "ประสานสถานประกอบการปรับตารางฝึกให้ผู้เรียน"))
COMPETENCES = ("ปฏิบัติงานตามขั้นตอนอย่างปลอดภัย", "ใช้เครื่องมือและอุปกรณ์ถูกต้อง", "ทำงานร่วมกับผู้อื่นและสื่อสาร")


def _visits(uow: UnitOfWork, rng: random.Random, p: DualPlacement, today: dt.date, behind: bool) -> int:
    key = semester_of(uow.session, today)
    shared = overlap((p.start_date, last_day(p)), semester_period(uow.session, key))
    if shared is None or p.supervisor_id is None:
        return 0
    due = [d for d in deadlines(shared[0], shared[1], 3) if d < today]
    days = [d - dt.timedelta(days=rng.randint(3, 20)) for d in due][: len(due) - 1 if behind and due else None]
    days = [d for d in days if d >= p.start_date]
    for index, day in enumerate(days):
        state = "follow" if behind and index == len(days) - 1 else "normal"
        uow.session.add(DualVisit(placement_id=p.id, semester=str(key), visited_on=day, teacher_id=p.supervisor_id,
                                  mode="onsite", minutes=rng.choice((90, 120, 150)), state=state,
                                  observed=rng.choice(NOTES[:2]), follow_up=NOTES[3] if state == "follow" else "",
                                  travel_satang=rng.choice((0, 12_000, 24_000, 36_000))))
    return len(days)


def _logbook(uow: UnitOfWork, rng: random.Random, p: DualPlacement, today: dt.date, gaps: bool) -> int:
    shifts, first, last = shifts_of(uow.session, p.id), p.start_date, last_day(p)
    weeks = [w for w in weeks_of(first, min(last, today)) if w + dt.timedelta(days=6) < today]
    skipped = set(rng.sample(weeks[-6:], min(2, len(weeks[-6:])))) if gaps else set()
    for week in weeks:
        if week in skipped:
            continue
        days = training_days(week, first, last, shifts)
        present = len(days) - (1 if days and rng.random() < 0.1 else 0)
        signed = week != weeks[-1] or rng.random() < 0.5
        uow.session.add(DualLogbookWeek(placement_id=p.id, week_start=week, days_present=present,
                                        minutes=sum(m for _, m in days[:present]), tasks="งานตามแผนการฝึก",
                                        signed_by="ครูฝึก" if signed else "",
                                        signed_on=week + dt.timedelta(days=4) if signed else None))
    _plan_tasks(uow, p)
    return len(weeks) - len(skipped)


def _plan_tasks(uow: UnitOfWork, p: DualPlacement) -> None:
    """Each logged week works on the plan's sub-tasks in order, a task taking the weeks its planned hours need,
    so planned-against-logged shows tasks done, one in progress and the rest not started; a week that finishes
    one task gives its remaining hours to the next."""
    tasks = placement_plan(uow, p.id)
    if not tasks:
        return
    uow.session.flush()
    at, spent = 0, 0
    for week_id, minutes in uow.session.execute(select(DualLogbookWeek.id, DualLogbookWeek.minutes).where(
            DualLogbookWeek.placement_id == p.id).order_by(DualLogbookWeek.week_start)):
        left = minutes
        while left > 0 and at < len(tasks):  # a week that finishes a task starts the next one
            take = min(left, tasks[at].hours * 60 - spent)
            if take > 0:
                uow.session.add(DualLogbookTask(week_id=week_id, task_id=tasks[at].id, minutes=take))
                left, spent = left - take, spent + take
            if spent >= tasks[at].hours * 60:
                at, spent = at + 1, 0


def _allowances(uow: UnitOfWork, p: DualPlacement, today: dt.date, stopped: bool) -> int:
    if not p.allowance:
        return 0
    shifts, first, last = shifts_of(uow.session, p.id), p.start_date, last_day(p)
    months = [m for m in months_of(first, last) if month_end(m) + dt.timedelta(days=10) < today]
    paid = months[:-2] if stopped else months
    for month in paid:
        uow.session.add(DualAllowancePayment(
            placement_id=p.id, month=month, paid_on=month_end(month) + dt.timedelta(days=5), reported_by="ผู้เรียน",
            amount_satang=expected_satang(month, first, last, round(float(p.allowance) * 100), p.allowance_per,
                                          shifts)))
    return len(paid)


def fill_dual_followup(uow: UnitOfWork, rng: random.Random) -> dict[str, object]:
    session, today = uow.session, uow.clock.today()
    started = list(session.scalars(select(DualPlacement).where(DualPlacement.status.in_(STARTED),
                                                               DualPlacement.start_date < today)
                                   .order_by(DualPlacement.id)))
    counts = {"dual_visits": 0, "dual_logbook_weeks": 0, "dual_allowance_payments": 0}
    at_risk: list[str] = []
    for index, p in enumerate(started):  # fixed shares, so every demo shows each case: 1 in 4 behind, 1 in 5 with
        behind, gaps, stopped = index % 4 == 1, index % 5 in (1, 3), index % 7 == 5  # gaps, 1 in 7 stopped
        counts["dual_visits"] += _visits(uow, rng, p, today, behind)
        counts["dual_logbook_weeks"] += _logbook(uow, rng, p, today, gaps)
        counts["dual_allowance_payments"] += _allowances(uow, p, today, stopped)
        key = str(semester_of(session, today))
        for competence in COMPETENCES:
            uow.session.add(DualAssessmentScore(placement_id=p.id, semester=key, competence=competence,
                                                college_score=rng.randint(3, 5), enterprise_score=(
                                                    rng.randint(2, 5) if rng.random() < 0.6 else None)))
        if behind or stopped:
            at_risk.append(session.get(Learner, p.learner_id).student_code)  # type: ignore[union-attr]
    if started:
        provinces = sorted({e for (e,) in session.execute(select(Enterprise.province)) if e}
                           | {college_profile(session).province} - {""})
        centre = DualCentre(code="DEMO-1", name="ศูนย์อาชีวศึกษาทวิภาคีเขตพื้นที่ (ตัวอย่าง)",
                            host_college=college_profile(session).name_th, provinces=",".join(provinces))
        session.add(centre)
        session.flush()
        handoff = DualHandoff(centre_id=centre.id, made_on=today - dt.timedelta(days=14),
                              student_codes=",".join(at_risk[:3]), response="ศูนย์ฯ ติดต่อสถานประกอบการแล้ว",
                              responded_on=today - dt.timedelta(days=7))
        session.add(handoff)
        session.flush()
        for code, (status, action) in zip(at_risk[:2], RESPONSES, strict=False):  # the third is not answered yet
            session.add(DualHandoffResponse(handoff_id=handoff.id, student_code=code, status=status,
                                            responded_on=today - dt.timedelta(days=7), action=action,
                                            contact="ผู้ประสานงานศูนย์ฯ"))
        uow.changed(SUPERVISION, LOGBOOK, ALLOWANCES, ASSESSMENT, CENTRES)
    session.flush()
    return {**counts, "dual_placements_followed": len(started)}
