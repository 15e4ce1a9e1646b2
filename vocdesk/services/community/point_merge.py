"""Merging a point's signed file into the college database: only what is missing, so a second merge adds nothing."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from vocdesk.errors import ValidationFailed
from vocdesk.io.package.errors import PackageRefused
from vocdesk.io.package.minisign import PublicKey, file_digest, parse_signature
from vocdesk.persistence.models import (
    RepairJob,
    RepairPart,
    ServiceMinutes,
    ServicePoint,
    ShiftAttendance,
    ShiftService,
    VolunteerShift,
)
from vocdesk.services.community import JOBS, SERVICE_HOURS, SHIFTS
from vocdesk.services.community.point_file import FORMAT, JOB_FIELDS, people_keys, point_payload, signature_path
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require

DATES, TIMES = ("received_on", "returned_on"), ("in", "out")


@dataclass(frozen=True)
class MergeResult:
    point: str
    jobs: int
    parts: int
    minutes: int
    shifts: int


def read_point_file(path: Path, public: PublicKey) -> dict[str, Any]:
    """The file's content once its signature holds under the college key; any changed byte is refused."""
    try:
        parse_signature(signature_path(path).read_bytes()).verify(public, file_digest(path))
        payload = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, PackageRefused, ValueError) as error:
        raise ValidationFailed("community.point_file_refused", field="file", file=path.name,
                               detail=getattr(error, "code", type(error).__name__)) from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise ValidationFailed("community.point_file_refused", field="file", file=path.name, detail="format")
    return payload


def _rows(items: list[dict[str, Any]], fields: tuple[str, ...]) -> Counter[tuple[Any, ...]]:
    return Counter(tuple(json.dumps(item.get(f), ensure_ascii=False) for f in fields) for item in items)


def merge_point(uow: UnitOfWork, path: Path, public: PublicKey) -> MergeResult:
    """Add the file's jobs, parts, minutes and shifts that the college does not hold yet; all or nothing."""
    require(uow.actor, "community.points")
    payload = read_point_file(path, public)
    session = uow.session
    point = session.scalars(select(ServicePoint).where(ServicePoint.code == str(payload.get("point")))
                            .with_for_update()).first()
    if point is None:
        raise ValidationFailed("community.point_file_unknown_point", field="file", point=str(payload.get("point")))
    learners, teachers = (({v: k for k, v in found.items()}) for found in people_keys(session))
    people = {(p.get("learner"), p.get("teacher")) for p in payload["minutes"]} | {
        (a.get("learner"), a.get("teacher")) for s in payload["shifts"] for a in s["attendance"]}
    unknown = sorted(str(lr or tc) for lr, tc in people if (lr and lr not in learners) or (tc and tc not in teachers))
    if unknown:
        raise ValidationFailed("community.point_file_unknown_people", field="file", people=", ".join(unknown[:10]))
    have = point_payload(session, point.id, point.code)
    known_jobs = {job["label"] for job in have["jobs"]}
    new_jobs = [job for job in payload["jobs"] if job["label"] not in known_jobs]
    if new_jobs:
        session.execute(insert(RepairJob), [_job_row(job, point.id, uow) for job in new_jobs])
    known_shifts = {shift["key"] for shift in have["shifts"]}
    new_shifts = [shift for shift in payload["shifts"] if shift["key"] not in known_shifts]
    for shift in new_shifts:
        _add_shift(uow, point.id, shift, learners, teachers)
    jobs = {f"{point.code}-{fy}-{no:04d}": i for i, fy, no in session.execute(
        select(RepairJob.id, RepairJob.fiscal_year, RepairJob.job_no).where(RepairJob.point_id == point.id))}
    parts = _rows(payload["parts"], ("job", "description", "cost_satang")) - _rows(
        have["parts"], ("job", "description", "cost_satang"))
    for (job, description, cost), count in parts.items():
        session.add_all([RepairPart(job_id=jobs[json.loads(job)], description=json.loads(description),
                                    cost_satang=json.loads(cost)) for _ in range(count)])
    fields = ("learner", "teacher", "job", "shift", "day", "minutes")
    minutes = _rows(payload["minutes"], fields) - _rows(have["minutes"], fields)
    shifts = {f"{s.day.isoformat()} {s.start_time:%H:%M}-{s.end_time:%H:%M}": s.id for s in session.scalars(
        select(VolunteerShift).where(VolunteerShift.point_id == point.id))}
    for row, count in minutes.items():
        learner, teacher, job, shift, day, spent = (json.loads(value) for value in row)
        session.add_all([ServiceMinutes(learner_id=learners.get(learner), teacher_id=teachers.get(teacher),
                                        job_id=jobs.get(job), shift_id=shifts.get(shift), point_id=point.id,
                                        worked_on=dt.date.fromisoformat(day), minutes=spent) for _ in range(count)])
    result = MergeResult(point.code, len(new_jobs), sum(parts.values()), sum(minutes.values()), len(new_shifts))
    uow.audit("service_point.merge", "service_point", point.id, {"file": [None, path.name],
                                                                 "added": [None, result.__dict__]})
    if result.jobs or result.parts or result.minutes or result.shifts:
        uow.changed(JOBS, SHIFTS, SERVICE_HOURS)
    return result


def _job_row(job: dict[str, Any], point_id: int, uow: UnitOfWork) -> dict[str, Any]:
    _code, year, number = job["label"].rsplit("-", 2)
    values = {f: job[f] for f in JOB_FIELDS}
    for name in DATES:
        values[name] = dt.date.fromisoformat(values[name]) if values[name] else None
    now = uow.clock.now()
    return {**values, "point_id": point_id, "fiscal_year": int(year), "job_no": int(number), "version": 1,
            "created_at": now, "updated_at": now}


def _add_shift(uow: UnitOfWork, point_id: int, shift: dict[str, Any], learners: dict[str, int],
               teachers: dict[str, int]) -> None:
    day, hours = shift["key"].split(" ")
    start, end = (dt.time.fromisoformat(t) for t in hours.split("-"))
    row = VolunteerShift(point_id=point_id, day=dt.date.fromisoformat(day), start_time=start, end_time=end,
                         note=shift["note"])
    uow.session.add(row)
    uow.session.flush()
    uow.session.add_all([ShiftService(shift_id=row.id, kind=kind, count=count)
                         for kind, count in shift["services"].items()])
    uow.session.add_all([ShiftAttendance(shift_id=row.id, learner_id=learners.get(a.get("learner", "")),
                                         teacher_id=teachers.get(a.get("teacher", "")),
                                         checked_in=dt.time.fromisoformat(a["in"]),
                                         checked_out=dt.time.fromisoformat(a["out"]) if a["out"] else None)
                         for a in shift["attendance"]])
