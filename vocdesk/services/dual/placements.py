"""Placements and training contracts: save a draft with its findings, check, activate (errors block), end."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select, update

from vocdesk.domain.dual.facts import Finding
from vocdesk.domain.dual.hazards import clean_hazards
from vocdesk.domain.dual.plans import clean_semesters
from vocdesk.domain.dual.rules import check
from vocdesk.errors import Conflict, NotFound, ValidationFailed
from vocdesk.messages import render
from vocdesk.persistence.models import DualPlacement, DualShift, DualTrainer, Enterprise, Learner, Teacher
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import PLACEMENTS, TRAINERS
from vocdesk.services.dual.facts import placement_facts, surroundings
from vocdesk.services.dual.settings import dual_settings


@dataclass(frozen=True)
class ShiftInput:
    weekday: int
    start: dt.time
    end: dt.time
    break_minutes: int = 0


@dataclass(frozen=True)
class PlacementInput:
    student_code: str
    enterprise_id: int
    trainer_id: int
    start_date: dt.date
    end_date: dt.date
    semesters: int = 1
    mou_id: int | None = None
    supervisor_id: int | None = None
    contract_date: dt.date | None = None
    shifts: tuple[ShiftInput, ...] = ()
    allowance: float = 0.0
    allowance_per: str = "day"
    tasks: str = ""
    hazard_tasks: tuple[str, ...] = ()
    guardian_consent: bool = False
    plan_semesters: tuple[int, ...] = ()
    trains_on_holidays: bool = False


@dataclass(slots=True)
class FindingView:
    """A finding with its texts, for the CLI's JSON, the findings panel and the import's error workbook (not frozen:
    check_all makes one per finding of 2,000 placements, and a frozen class's constructor cost twice as much)."""

    code: str
    severity: str
    learner: str
    message_th: str
    message_en: str
    params: dict[str, object] = field(default_factory=dict)


def view(finding: Finding) -> FindingView:
    return FindingView(finding.code, finding.severity, finding.learner_code,
                       render(finding.code, "th", **finding.params), render(finding.code, "en", **finding.params),
                       dict(finding.params))


@dataclass(frozen=True)
class Saved:
    id: int
    findings: list[FindingView]


def _learner_id(uow: UnitOfWork, code: str) -> int:
    found = uow.session.scalars(select(Learner.id).where(Learner.student_code == code.strip())).first()
    if found is None:
        raise NotFound(what=f"learner {code}", field="student_code")
    return found


def add_placement(uow: UnitOfWork, data: PlacementInput) -> Saved:
    """Save a draft (findings do not stop a draft) and return the findings for it."""
    require(uow.actor, "dual.edit")
    if data.end_date < data.start_date:
        raise ValidationFailed("dual.period_order", field="end_date", start=data.start_date, end=data.end_date)
    trainer = uow.session.get(DualTrainer, data.trainer_id)
    if trainer is None or uow.session.get(Enterprise, data.enterprise_id) is None:
        raise NotFound(what=f"trainer #{data.trainer_id}/enterprise #{data.enterprise_id}", field="trainer_id")
    if trainer.enterprise_id != data.enterprise_id:
        raise ValidationFailed("dual.trainer_elsewhere", field="trainer_id", trainer=trainer.name)
    if data.supervisor_id is not None and uow.session.get(Teacher, data.supervisor_id) is None:
        raise NotFound(what=f"teacher #{data.supervisor_id}", field="supervisor_id")
    placement = DualPlacement(
        learner_id=_learner_id(uow, data.student_code), enterprise_id=data.enterprise_id, mou_id=data.mou_id,
        trainer_id=data.trainer_id, supervisor_id=data.supervisor_id, start_date=data.start_date,
        end_date=data.end_date, semesters=data.semesters, contract_date=data.contract_date,
        allowance=data.allowance, allowance_per=data.allowance_per, tasks=data.tasks,
        hazard_tasks=",".join(clean_hazards(data.hazard_tasks)), guardian_consent=data.guardian_consent, status="draft",
        plan_semesters=",".join(str(s) for s in clean_semesters(data.plan_semesters)),
        trains_on_holidays=data.trains_on_holidays)
    uow.session.add(placement)
    uow.session.flush()
    for s in data.shifts:
        uow.session.add(DualShift(placement_id=placement.id, weekday=s.weekday, start_time=s.start,
                                  end_time=s.end, break_minutes=s.break_minutes))
    uow.session.flush()
    findings = findings_of(uow, placement)
    uow.audit("placement.create", "dual_placement", placement.id,
              {"learner": [None, data.student_code], "enterprise": [None, data.enterprise_id],
               "start": [None, data.start_date], "end": [None, data.end_date],
               "findings": [None, [f.code for f in findings]]})
    uow.changed(PLACEMENTS)
    return Saved(placement.id, findings)


def findings_of(uow: UnitOfWork, placement: DualPlacement) -> list[FindingView]:
    facts = placement_facts(uow.session, placement)
    return [view(f) for f in check(facts, surroundings(uow.session, placement), dual_settings(uow.session))]


def check_placement(uow: UnitOfWork, placement_id: int) -> list[FindingView]:
    require(uow.actor, "dual.view")
    return findings_of(uow, _get(uow, placement_id))


def _get(uow: UnitOfWork, placement_id: int) -> DualPlacement:
    found = uow.session.get(DualPlacement, placement_id)
    if found is None:
        raise NotFound(what=f"placement #{placement_id}")
    return found


def _claim(uow: UnitOfWork, row: DualTrainer | Learner) -> None:
    """Bump the row's version so that a second PC activating against the same trainer or learner conflicts."""
    model = type(row)
    done = uow.session.execute(update(model).where(model.id == row.id, model.version == row.version)
                               .values(version=row.version + 1).execution_options(synchronize_session=False))
    if int(getattr(done, "rowcount", 0) or 0) != 1:
        raise Conflict(detail=f"{model.__tablename__} #{row.id} changed meanwhile")
    uow.session.expire(row)


def activate_placement(uow: UnitOfWork, placement_id: int, accept_reason: str = "") -> list[FindingView]:
    """Draft → active. Errors refuse it; warnings need a reason, which is audited with their codes."""
    require(uow.actor, "dual.activate")
    placement = _get(uow, placement_id)
    if placement.status != "draft":
        raise ValidationFailed("dual.status_change", field="status", old=placement.status, new="active")
    trainer = uow.session.get(DualTrainer, placement.trainer_id)
    learner = uow.session.get(Learner, placement.learner_id)
    if trainer is None or learner is None:
        raise NotFound(what=f"placement #{placement_id}'s trainer or learner")
    _claim(uow, trainer)
    _claim(uow, learner)
    findings = findings_of(uow, placement)
    errors = [f.code for f in findings if f.severity == "error"]
    if errors:
        raise ValidationFailed("dual.findings_block", field="status", count=len(errors), codes=", ".join(errors))
    warnings = sorted({f.code for f in findings if f.severity == "warning"})
    if warnings and not accept_reason.strip():
        raise ValidationFailed("dual.warning_reason", field="reason", codes=", ".join(warnings))
    placement.status = "active"
    placement.accepted_warnings, placement.warning_reason = ",".join(warnings), accept_reason.strip()
    uow.audit("placement.activate", "dual_placement", placement_id,
              {"status": ["draft", "active"], "accepted_warnings": [None, warnings] if warnings else [None, None],
               "reason": [None, accept_reason.strip() or None]})
    uow.changed(PLACEMENTS, TRAINERS)
    return findings


def end_placement(uow: UnitOfWork, placement_id: int, on: dt.date, reason: str, completed: bool = False) -> None:
    """Active → completed (on its last day) or ended early with a reason and date."""
    require(uow.actor, "dual.edit")
    placement = _get(uow, placement_id)
    new = "completed" if completed else "ended"
    if placement.status != "active":
        raise ValidationFailed("dual.status_change", field="status", old=placement.status, new=new)
    if not completed and not reason.strip():
        raise ValidationFailed("required", field="reason")
    old = placement.status
    placement.status, placement.ended_on, placement.end_reason = new, on, reason.strip()
    uow.audit("placement.end", "dual_placement", placement_id, {"status": [old, new], "ended_on": [None, on],
                                                                "reason": [None, reason.strip()]})
    uow.changed(PLACEMENTS, TRAINERS)
