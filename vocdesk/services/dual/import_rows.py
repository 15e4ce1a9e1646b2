"""What the placements import reads up front: learners, enterprises, trainers, certificates, MOUs, placements."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vocdesk.domain.dual.facts import OtherPlacement, Period
from vocdesk.io.imports import ParsedFile
from vocdesk.persistence.models import (
    DualMou,
    DualPlacement,
    DualShift,
    DualTrainer,
    DualTrainerCertificate,
    Enterprise,
    Learner,
    Teacher,
)
from vocdesk.services.dual.facts import COUNTED, _period

CHUNK = 2000


@dataclass
class Known:
    """The database side of a placements file, looked up in a few set-based queries."""

    learners: dict[str, Learner] = field(default_factory=dict)
    enterprises: dict[str, int] = field(default_factory=dict)
    trainers: dict[tuple[int, str], int] = field(default_factory=dict)
    """(enterprise id, trainer name without spaces) -> trainer id."""
    teachers: dict[str, int] = field(default_factory=dict)
    certificates: dict[int, list[Period]] = field(default_factory=dict)
    mous: dict[int, list[tuple[int, Period]]] = field(default_factory=dict)
    stored: list[OtherPlacement] = field(default_factory=list)
    existing: dict[tuple[int, int, dt.date], tuple[dt.date, int, tuple[tuple[int, dt.time, dt.time, int], ...]]] = \
        field(default_factory=dict)
    """(learner, enterprise, first day) -> (last day, trainer, shifts) of placements already stored."""


def name_key(text: str) -> str:
    return "".join(text.split())


def _chunks(values: list[str]) -> list[list[str]]:
    return [values[i:i + CHUNK] for i in range(0, len(values), CHUNK)]


def known_for(session: Session, parsed: ParsedFile) -> Known:
    found = Known()
    codes = sorted({r.values["studentCode"] for r in parsed.rows if "studentCode" in r.values})
    taxes = sorted({r.values["taxId"] for r in parsed.rows if "taxId" in r.values})
    for chunk in _chunks(codes):
        found.learners.update((x.student_code, x) for x in session.scalars(
            select(Learner).where(Learner.student_code.in_(chunk))))
    for chunk in _chunks(taxes):
        found.enterprises.update((t, i) for i, t in session.execute(
            select(Enterprise.id, Enterprise.tax_id).where(Enterprise.tax_id.in_(chunk))) if t)
    ids = list(found.enterprises.values())
    for tid, eid, name in session.execute(select(DualTrainer.id, DualTrainer.enterprise_id, DualTrainer.name)
                                          .where(DualTrainer.enterprise_id.in_(ids))):
        found.trainers[(eid, name_key(name))] = tid
    for tid, first, last, prefix in session.execute(select(Teacher.id, Teacher.first_name_th, Teacher.last_name_th,
                                                           Teacher.prefix)):
        found.teachers.setdefault(name_key(f"{first}{last}"), tid)
        found.teachers.setdefault(name_key(f"{prefix}{first}{last}"), tid)
    trainer_ids = list(found.trainers.values())
    for cert in session.scalars(select(DualTrainerCertificate).where(
            DualTrainerCertificate.trainer_id.in_(trainer_ids))):
        found.certificates.setdefault(cert.trainer_id, []).append(Period(cert.issued_on, cert.valid_until))
    for mou in session.scalars(select(DualMou).where(DualMou.enterprise_id.in_(ids)).order_by(DualMou.start_date)):
        found.mous.setdefault(mou.enterprise_id, []).append((mou.id, Period(mou.start_date, mou.end_date)))
    learner_ids = [x.id for x in found.learners.values()]
    placements = list(session.execute(
        select(DualPlacement, Learner.student_code).join(Learner, Learner.id == DualPlacement.learner_id)
        .where(or_(DualPlacement.learner_id.in_(learner_ids), DualPlacement.trainer_id.in_(trainer_ids)))))
    shifts: dict[int, list[tuple[int, dt.time, dt.time, int]]] = {}
    for s in session.scalars(select(DualShift).where(DualShift.placement_id.in_([p.id for p, _ in placements]))):
        shifts.setdefault(s.placement_id, []).append((s.weekday, s.start_time, s.end_time, s.break_minutes))
    for p, code in placements:
        found.existing[(p.learner_id, p.enterprise_id, p.start_date)] = (
            p.end_date, p.trainer_id, tuple(sorted(shifts.get(p.id, []))))
        if p.status in COUNTED:
            found.stored.append(OtherPlacement(p.id, code, p.trainer_id, _period(p),
                                               p.semesters if p.status != "ended" else 0))
    return found
