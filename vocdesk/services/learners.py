"""Learner register actions: create and edit a learner (version-checked), change status under the rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from vocdesk.domain.academic import Level, SemesterKey, semester_bounds
from vocdesk.domain.learners import LearnerStatus, StatusChangeRequest, check_status_change
from vocdesk.domain.thai_ids import is_valid_national_id, normalize_national_id, to_ascii_digits
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import Learner, LearnerStatusChange, LearningGroup, Programme
from vocdesk.services.conflicts import expect_version
from vocdesk.services.context import UnitOfWork
from vocdesk.services.permissions import require

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
    uow.changed("learners")
    return learner.id


def edit_learner(uow: UnitOfWork, learner_id: int, seen_version: int, data: LearnerInput) -> int:
    """Save the registrar's edits; a newer save by someone else raises Conflict. Returns the new version."""
    require(uow.actor, "learners.edit")
    learner = expect_version(uow, Learner, learner_id, seen_version)
    values = _clean(data, uow)
    if _code_taken(uow, str(values["student_code"]), learner_id):
        raise ValidationFailed("duplicate", field="student_code", value=values["student_code"])
    changes: dict[str, list[object]] = {}
    for name, value in values.items():
        old = getattr(learner, name)
        if old != value:
            changes[name] = [old, value]
            setattr(learner, name, value)
    if changes:
        uow.session.flush()
        uow.audit("learner.edit", "learner", learner_id, changes)
        uow.changed("learners")
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
    uow.changed("learners")
    return learner.version
