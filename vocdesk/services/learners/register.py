"""Learner register actions: create and edit a learner (version-checked), change status under the rules."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import Level, SemesterKey, semester_bounds
from vocdesk.domain.learners import LearnerStatus, StatusChangeRequest, check_status_change
from vocdesk.domain.programme_codes import code_and_name
from vocdesk.domain.thai_ids import is_valid_national_id, normalize_national_id, to_ascii_digits
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import (
    FollowUpCase,
    GuardianConsent,
    Learner,
    LearnerIncome,
    LearnerSkill,
    LearnerStatusChange,
    LearnerSupport,
    LearningGroup,
    Programme,
    Teacher,
)
from vocdesk.services.core.conflicts import expect_version
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.edits import apply_edit
from vocdesk.services.core.permissions import allowed, national_id_for, require
from vocdesk.services.learners import LEARNERS

GENDERS = ("male", "female", "")


@dataclass(frozen=True)
class LearnerInput:
    """What the registrar types for a learner; `national_id_override` is the reason a non-Thai ID is accepted."""

    student_code: str
    national_id: str
    first_name_th: str
    last_name_th: str
    level: str
    year: int
    programme_id: int
    entry_semester: str
    prefix: str = ""
    first_name_en: str = ""
    last_name_en: str = ""
    gender: str = ""
    birth_date: dt.date | None = None
    group_id: int | None = None
    is_dual: bool = False
    phone: str = ""
    email: str = ""
    address: str = ""
    province: str = ""
    guardian_name: str = ""
    guardian_relation: str = ""
    guardian_phone: str = ""
    gpax: float | None = None
    attendance_pct: float | None = None
    household_income: int | None = None
    national_id_override: str = ""


def _clean(data: LearnerInput, uow: UnitOfWork) -> dict[str, object]:
    """Validate every field against the rules; return the column values to store."""
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in asdict(data).items()}
    for name in ("student_code", "first_name_th", "last_name_th"):
        if not values[name]:
            raise ValidationFailed("required", field=name)
    values["student_code"] = to_ascii_digits(str(values["student_code"]))
    digits = normalize_national_id(str(values["national_id"]))
    if digits is not None and is_valid_national_id(digits):
        values["national_id"], values["national_id_override"] = digits, ""
    elif not values["national_id_override"]:
        raise ValidationFailed("national_id_checksum", field="national_id", value=values["national_id"])
    elif not values["national_id"]:
        raise ValidationFailed("required", field="national_id")
    try:
        level = Level(values["level"])
    except ValueError:
        raise ValidationFailed("invalid", field="level", value=values["level"]) from None
    if not 1 <= data.year <= level.nominal_years:
        raise ValidationFailed("invalid", field="year", value=data.year)
    if SemesterKey.parse(data.entry_semester) is None:
        raise ValidationFailed("invalid", field="entry_semester", value=data.entry_semester)
    if data.gender not in GENDERS:
        raise ValidationFailed("invalid", field="gender", value=data.gender)
    if data.gpax is not None and not 0 <= data.gpax <= 4:
        raise ValidationFailed("invalid", field="gpax", value=data.gpax)
    if data.attendance_pct is not None and not 0 <= data.attendance_pct <= 100:
        raise ValidationFailed("invalid", field="attendance_pct", value=data.attendance_pct)
    if data.household_income is not None and data.household_income < 0:
        raise ValidationFailed("invalid", field="household_income", value=data.household_income)
    if data.birth_date is not None and not 10 <= (uow.clock.today() - data.birth_date).days // 365 <= 80:
        raise ValidationFailed("invalid", field="birth_date", value=data.birth_date.isoformat())
    programme = uow.session.get(Programme, data.programme_id)
    if programme is None:
        raise NotFound(what=f"programme #{data.programme_id}")
    if programme.level != level.value:
        raise ValidationFailed("learner_programme_level", field="programme_id", level=level.label_th)
    if data.group_id is not None:
        group = uow.session.get(LearningGroup, data.group_id)
        if group is None:
            raise NotFound(what=f"learning_group #{data.group_id}")
        if (group.programme_id, group.level, group.year) != (data.programme_id, level.value, data.year):
            raise ValidationFailed("learner_group_mismatch", field="group_id", group=group.group_code)
    return values


def _code_taken(uow: UnitOfWork, code: str, except_id: int | None) -> bool:
    query = select(func.count()).select_from(Learner).where(Learner.student_code == code)
    if except_id is not None:
        query = query.where(Learner.id != except_id)
    return bool(uow.session.scalar(query))


def create_learner(uow: UnitOfWork, data: LearnerInput) -> int:
    """Register a new learner as กำลังศึกษา from the first day of the entry semester."""
    require(uow.actor, "learners.edit")
    values = _clean(data, uow)
    if _code_taken(uow, str(values["student_code"]), None):
        raise ValidationFailed("duplicate", field="student_code", value=values["student_code"])
    entry = SemesterKey.parse(data.entry_semester)
    assert entry is not None  # checked by _clean
    learner = Learner(**values, status=LearnerStatus.STUDYING.value)
    uow.session.add(learner)
    uow.session.flush()
    uow.session.add(LearnerStatusChange(learner_id=learner.id, status=LearnerStatus.STUDYING.value,
                                        effective_date=min(semester_bounds(entry)[0], uow.clock.today()),
                                        reason="รับเข้าศึกษา"))
    uow.audit("learner.create", "learner", learner.id, {k: [None, v] for k, v in values.items() if v not in ("", None)})
    uow.changed(LEARNERS)
    return learner.id


def edit_learner(uow: UnitOfWork, learner_id: int, seen_version: int, data: LearnerInput) -> int:
    """Save the registrar's edits; a newer save by someone else raises Conflict. Returns the new version."""
    require(uow.actor, "learners.edit")
    learner = expect_version(uow, Learner, learner_id, seen_version)
    values = _clean(data, uow)
    if _code_taken(uow, str(values["student_code"]), learner_id):
        raise ValidationFailed("duplicate", field="student_code", value=values["student_code"])
    apply_edit(uow, learner, values, action="learner.edit", entity="learner", entity_id=learner_id,
               changes=(LEARNERS,))
    return learner.version


def change_status(uow: UnitOfWork, learner_id: int, seen_version: int, new_status: str,
                  effective_date: dt.date | None, reason: str = "") -> int:
    """Move a learner to `new_status` under the status rules, recording the dated history. Returns the version."""
    require(uow.actor, "learners.edit")
    learner = expect_version(uow, Learner, learner_id, seen_version)
    new = LearnerStatus.parse(new_status)
    current = LearnerStatus.parse(learner.status)
    if new is None:
        raise ValidationFailed("invalid", field="status", value=new_status)
    if current is None:
        raise ValidationFailed("invalid", field="status", value=learner.status)
    last_change = uow.session.scalar(select(func.max(LearnerStatusChange.effective_date))
                                     .where(LearnerStatusChange.learner_id == learner_id))
    entry = SemesterKey.parse(learner.entry_semester)
    check_status_change(StatusChangeRequest(
        current=current, new=new, effective_date=effective_date, reason=reason, level=Level(learner.level),
        year=learner.year, entry_date=semester_bounds(entry)[0] if entry else None, last_change=last_change,
    ), uow.clock.today())
    assert effective_date is not None  # checked above
    learner.status = new.value
    uow.session.add(LearnerStatusChange(learner_id=learner_id, status=new.value, effective_date=effective_date,
                                        reason=reason.strip()))
    uow.session.flush()
    uow.audit("learner.status", "learner", learner_id,
              {"status": [current.value, new.value], "effective_date": [None, effective_date],
               "reason": [None, reason.strip()]})
    uow.changed(LEARNERS)
    return learner.version


@dataclass(frozen=True)
class LearnerDetail:
    """Everything the detail view shows; tuples of plain values, national ID masked unless the role may see it."""

    id: int
    version: int
    student_code: str
    national_id: str
    name_th: str
    name_en: str
    gender: str
    birth_date: dt.date | None
    level: str
    year: int
    programme: str
    group: str
    advisor: str
    entry_semester: str
    status: str
    is_dual: bool
    phone: str
    email: str
    address: str
    province: str
    guardian: tuple[str, str, str]
    consent: tuple[str, dt.date] | None
    """(purposes, given on) of the newest unwithdrawn guardian consent (PDPA tables), if any."""
    gpax: float | None
    attendance_pct: float | None
    household_income: int | None
    history: tuple[tuple[dt.date, str, str], ...]
    support: tuple[tuple[str, str, str, int, dt.date, dt.date | None], ...]
    income: tuple[tuple[str, str, int, dt.date, dt.date | None], ...]
    skills: tuple[tuple[dt.date, str, str, str, str], ...]
    cases: tuple[tuple[int, int, dt.date, str, str, str, str, str, dt.date | None], ...] | None
    """None when the role may not see follow-up notes."""


def _rows(session: Session, query: Select[*tuple[Any, ...]]) -> tuple[Any, ...]:
    return tuple(tuple(row) for row in session.execute(query))


def learner_detail(session: Session, actor: Actor, learner_id: int) -> LearnerDetail:
    """The learner's profile, status history, support, skills and (for roles allowed) follow-up cases."""
    require(actor, "learners.view")
    learner = session.get(Learner, learner_id)
    if learner is None:
        raise NotFound(what=f"learner #{learner_id}")
    programme = session.get(Programme, learner.programme_id)
    group = session.get(LearningGroup, learner.group_id) if learner.group_id else None
    advisor = session.get(Teacher, group.advisor_teacher_id) if group and group.advisor_teacher_id else None
    consent = session.execute(select(GuardianConsent.purposes_json, GuardianConsent.given_on).where(
        GuardianConsent.learner_id == learner_id, GuardianConsent.withdrawn_on.is_(None))
        .order_by(GuardianConsent.given_on.desc()).limit(1)).first()
    cases = None
    if allowed(actor, "followup.view"):
        cases = tuple((c.id, c.version, c.opened_on, c.kind, c.responsible, c.screening_group, c.notes, c.outcome,
                       c.closed_on) for c in session.scalars(select(FollowUpCase).where(
                           FollowUpCase.learner_id == learner_id).order_by(FollowUpCase.opened_on.desc())))
    return LearnerDetail(
        id=learner.id, version=learner.version, student_code=learner.student_code,
        national_id=national_id_for(actor, learner.national_id),
        name_th=f"{learner.prefix}{learner.first_name_th} {learner.last_name_th}",
        name_en=f"{learner.first_name_en} {learner.last_name_en}".strip(), gender=learner.gender,
        birth_date=learner.birth_date, level=learner.level, year=learner.year,
        programme=code_and_name(programme.major_code, programme.major_name_th, programme.minor_name_th)
        if programme else "", group=f"{group.name} ({group.group_code})" if group else "",
        advisor=f"{advisor.prefix}{advisor.first_name_th} {advisor.last_name_th}" if advisor else "",
        entry_semester=learner.entry_semester, status=learner.status, is_dual=learner.is_dual, phone=learner.phone,
        email=learner.email, address=learner.address, province=learner.province,
        guardian=(learner.guardian_name, learner.guardian_relation, learner.guardian_phone),
        consent=(", ".join(json.loads(consent[0])), consent[1]) if consent else None,
        gpax=learner.gpax, attendance_pct=learner.attendance_pct, household_income=learner.household_income,
        history=_rows(session, (select(LearnerStatusChange.effective_date, LearnerStatusChange.status,
                                             LearnerStatusChange.reason)
                                      .where(LearnerStatusChange.learner_id == learner_id)
                                      .order_by(LearnerStatusChange.effective_date, LearnerStatusChange.id))),
        support=_rows(session, (select(LearnerSupport.kind, LearnerSupport.source, LearnerSupport.name,
                                             LearnerSupport.amount_baht, LearnerSupport.period_start,
                                             LearnerSupport.period_end)
                                      .where(LearnerSupport.learner_id == learner_id)
                                      .order_by(LearnerSupport.period_start.desc()))),
        income=_rows(session, (select(LearnerIncome.kind, LearnerIncome.source, LearnerIncome.monthly_baht,
                                            LearnerIncome.period_start, LearnerIncome.period_end)
                                     .where(LearnerIncome.learner_id == learner_id)
                                     .order_by(LearnerIncome.period_start.desc()))),
        skills=_rows(session, (select(LearnerSkill.achieved_on, LearnerSkill.competence, LearnerSkill.kind,
                                            LearnerSkill.title, LearnerSkill.skill_level)
                                     .where(LearnerSkill.learner_id == learner_id)
                                     .order_by(LearnerSkill.achieved_on.desc()))),
        cases=cases)
