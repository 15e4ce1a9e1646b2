"""The dual follow-up's share of an OVEC package: visits and logbook completion per placement (no free text)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import SemesterKey
from vocdesk.domain.dual.logbook import weeks_of
from vocdesk.domain.dual.supervision import counted_modes, overlap, required_visits
from vocdesk.io.package.manifest import Field, TableSchema
from vocdesk.persistence.models import DualLogbookWeek, DualPlacement, DualSupervisionPlan, DualVisit, Learner
from vocdesk.services.dual.followup_common import STARTED, last_day, semester_period
from vocdesk.services.dual.followup_settings import supervision_settings
from vocdesk.services.kinds.package_tables import PackageTable, Row, has_tables

SCHEMA = TableSchema((
    Field("studentCode", "string", "รหัสนักศึกษา"),
    Field("idcard", "string", "เลขประจำตัวประชาชน (ใช้รหัสแฝง HMAC-SHA256 หรือเข้ารหัสถึง สอศ.)"),
    Field("semester", "string", "ภาคเรียน เช่น 2/2569"),
    Field("abroad", "boolean", "ฝึกในต่างประเทศในภาคเรียนนี้"),
    Field("visitsRequired", "integer", "จำนวนครั้งการนิเทศตามแผน"),
    Field("visitsDone", "integer", "จำนวนครั้งที่นิเทศแล้ว (นับตามรูปแบบที่กำหนด)"),
    Field("logbookWeeks", "integer", "จำนวนสัปดาห์ฝึกในภาคเรียน"),
    Field("logbookEntered", "integer", "สัปดาห์ที่มีบันทึกการฝึก"),
    Field("logbookSigned", "integer", "สัปดาห์ที่ครูฝึกลงนามแล้ว"),
), ("studentCode", "semester"))


def _rows(session: Session, period: str) -> Iterator[Row]:
    key = SemesterKey.parse(period)
    if key is None:  # a fiscal-year package carries no semester follow-up
        return
    bounds, settings = semester_period(session, key), supervision_settings(session)
    abroad = {p.placement_id: p.abroad for p in session.scalars(
        select(DualSupervisionPlan).where(DualSupervisionPlan.semester == str(key)))}
    visits: dict[int, list[str]] = defaultdict(list)
    for v in session.scalars(select(DualVisit).where(DualVisit.semester == str(key))):
        visits[v.placement_id].append(v.mode)
    weeks: dict[int, dict[dt.date, bool]] = defaultdict(dict)
    first_week = bounds[0] - dt.timedelta(days=6)  # the week holding the semester's first day may start before it
    for w in session.scalars(select(DualLogbookWeek).where(DualLogbookWeek.week_start.between(first_week, bounds[1]))):
        weeks[w.placement_id][w.week_start] = bool(w.signed_by)
    for p, code, national_id in session.execute(
            select(DualPlacement, Learner.student_code, Learner.national_id)
            .join(Learner, Learner.id == DualPlacement.learner_id)
            .where(DualPlacement.status.in_(STARTED)).order_by(Learner.student_code, DualPlacement.id)):
        shared = overlap((p.start_date, last_day(p)), bounds)
        if shared is None:
            continue
        away = abroad.get(p.id, False)
        modes = counted_modes(away, settings)
        own = weeks_of(*shared)
        entered = weeks[p.id]
        yield (code, national_id or "", str(key), "true" if away else "false", str(required_visits(away, settings)),
               str(sum(1 for m in visits[p.id] if m in modes)), str(len(own)),
               str(sum(1 for w in own if w in entered)), str(sum(1 for w in own if entered.get(w))))


def _count(session: Session, period: str) -> int:
    """Exactly the rows `_rows` yields: none for a fiscal-year package, the semester's placements otherwise."""
    return sum(1 for _ in _rows(session, period))


def package_tables() -> tuple[PackageTable, ...]:
    return (PackageTable("dual_followup", SCHEMA, _rows, _count, ("idcard",),
                         has_tables("dual_visit", "dual_logbook_week"), order=60),)
