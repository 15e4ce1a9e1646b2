"""A point's laptop file: its jobs, parts, minutes and shifts as canonical UTF-8 JSON with a minisign signature."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.community import job_label
from vocdesk.io.package.minisign import SecretKey
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
from vocdesk.services.community.jobs import lock_point
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require

FORMAT = "vocdesk-point/1"
JOB_FIELDS = ("received_on", "owner_name", "owner_phone", "owner_national_id", "owner_id_reason", "owner_address",
              "category", "brand", "model", "age_years", "problem", "status", "repair_status", "barrier",
              "terms_acknowledged", "returned_on")


def signature_path(path: Path) -> Path:
    return path.with_name(path.name + ".minisig")


def _text(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def people_keys(session: Session) -> tuple[dict[int, str], dict[int, str]]:
    """Learners by student code and teachers by national ID: the keys both databases share."""
    learners = {i: code for i, code in session.execute(select(Learner.id, Learner.student_code))}
    teachers = {i: nid for i, nid in session.execute(select(Teacher.id, Teacher.national_id))}
    return learners, teachers


def point_payload(session: Session, point_id: int, code: str) -> dict[str, Any]:
    learners, teachers = people_keys(session)
    jobs = {j.id: j for j in session.scalars(select(RepairJob).where(RepairJob.point_id == point_id)
                                             .order_by(RepairJob.fiscal_year, RepairJob.job_no))}
    labels = {i: job_label(code, j.fiscal_year, j.job_no) for i, j in jobs.items()}
    shifts = {s.id: s for s in session.scalars(select(VolunteerShift).where(VolunteerShift.point_id == point_id)
                                               .order_by(VolunteerShift.day, VolunteerShift.start_time))}
    shift_keys = {i: f"{s.day.isoformat()} {s.start_time:%H:%M}-{s.end_time:%H:%M}" for i, s in shifts.items()}

    def who(learner: int | None, teacher: int | None) -> dict[str, str]:
        return {"learner": learners[learner]} if learner is not None else {"teacher": teachers[teacher or 0]}

    minutes = [{**who(m.learner_id, m.teacher_id), "job": labels.get(m.job_id or 0), "shift": shift_keys.get(
        m.shift_id or 0), "day": m.worked_on.isoformat(), "minutes": m.minutes}
        for m in session.scalars(select(ServiceMinutes).where(ServiceMinutes.point_id == point_id)
                                 .order_by(ServiceMinutes.id))]
    parts = [{"job": labels[p.job_id], "description": p.description, "cost_satang": p.cost_satang}
             for p in session.scalars(select(RepairPart).where(RepairPart.job_id.in_(list(jobs)))
                                      .order_by(RepairPart.id))] if jobs else []
    services = [(s.shift_id, s.kind, s.count) for s in session.scalars(
        select(ShiftService).where(ShiftService.shift_id.in_(list(shifts))))] if shifts else []
    attendance = [(a.shift_id, who(a.learner_id, a.teacher_id), a.checked_in, a.checked_out) for a in session.scalars(
        select(ShiftAttendance).where(ShiftAttendance.shift_id.in_(list(shifts))))] if shifts else []
    return {"format": FORMAT, "point": code,
            "jobs": [{"label": labels[i], **{f: _text(getattr(j, f)) for f in JOB_FIELDS}} for i, j in jobs.items()],
            "parts": parts, "minutes": minutes,
            "shifts": [{"key": shift_keys[i], "note": s.note,
                        "services": {kind: count for sid, kind, count in services if sid == i},
                        "attendance": [{**person, "in": _text(t_in), "out": _text(t_out)}
                                       for sid, person, t_in, t_out in attendance if sid == i]}
                       for i, s in shifts.items()]}


def export_point(uow: UnitOfWork, code: str, out: Path, secret: SecretKey) -> int:
    """Write the point's file and its `.minisig`; returns the number of jobs in it."""
    require(uow.actor, "community.intake")
    point = lock_point(uow.session, code)
    payload = point_payload(uow.session, point.id, point.code)
    out.write_bytes(json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8"))
    signature_path(out).write_text(secret.sign_file(out, f"{FORMAT} {point.code}", "VocDesk point file"),
                                   encoding="utf-8")
    uow.audit("service_point.export", "service_point", point.id,
              {"file": [None, out.name], "jobs": [None, len(payload["jobs"])]})
    return len(payload["jobs"])
