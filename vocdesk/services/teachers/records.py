"""Contracts (renewals keep their history), partner enterprises and development activities of teachers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from vocdesk.domain.teachers import DevelopmentTopic, PositionType, check_hours, check_period, check_tax_id
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import Enterprise, TeacherContract, TeacherDevelopment
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.edits import apply_create, apply_edit
from vocdesk.services.core.permissions import require
from vocdesk.services.teachers import ENTERPRISES, STAFFING, TEACHERS
from vocdesk.services.teachers.register import get_teacher, raise_problem


def add_contract(uow: UnitOfWork, teacher_id: int, start: dt.date, end: dt.date, funding_source: str,
                 note: str = "") -> int:
    """Record a contract period; one starting after the latest contract renews it (the old row stays)."""
    require(uow.actor, "teachers.edit")
    teacher = get_teacher(uow.session, teacher_id)
    if not PositionType(teacher.position_type).has_contracts:
        raise ValidationFailed("contract_position", field="position_type", value=teacher.position_type)
    raise_problem(check_period(start, end))
    if not funding_source.strip():
        raise ValidationFailed("required", field="funding_source")
    previous = list(uow.session.scalars(select(TeacherContract).where(TeacherContract.teacher_id == teacher_id)
                                        .order_by(TeacherContract.end_date)))
    for other in previous:
        if start <= other.end_date and other.start_date <= end:
            raise ValidationFailed("contract_overlap", field="start_date", start=format_be_short(other.start_date),
                                   end=format_be_short(other.end_date))
    renews = previous[-1].id if previous and previous[-1].end_date < start else None
    contract = TeacherContract(teacher_id=teacher_id, start_date=start, end_date=end,
                               funding_source=funding_source.strip(), renews_contract_id=renews, note=note.strip())
    uow.session.add(contract)
    uow.session.flush()
    uow.audit("teacher.contract", "teacher", teacher_id,
              {"start": [None, start], "end": [None, end], "funding_source": [None, contract.funding_source],
               "renews": [None, renews]})
    uow.changed(TEACHERS, STAFFING)
    return contract.id


def save_enterprise(uow: UnitOfWork, name_th: str, tax_id: str = "", province: str = "",
                    enterprise_id: int | None = None) -> int:
    """Add or edit a partner enterprise; the juristic tax ID must pass its check digit and be unique."""
    require(uow.actor, "teachers.edit")
    if not name_th.strip():
        raise ValidationFailed("required", field="name_th")
    digits, problem = check_tax_id(tax_id)
    raise_problem(problem)
    if digits:
        clash = uow.session.scalars(select(Enterprise.id).where(Enterprise.tax_id == digits)).first()
        if clash is not None and clash != enterprise_id:
            raise ValidationFailed("duplicate", field="tax_id", value=digits)
    values = {"name_th": name_th.strip(), "tax_id": digits or None, "province": province.strip()}
    if enterprise_id is None:
        enterprise = Enterprise(**values)
        apply_create(uow, enterprise, values, action="enterprise.create", entity="enterprise",
                     changes=(ENTERPRISES,))
        return enterprise.id
    found = uow.session.get(Enterprise, enterprise_id)
    if found is None:
        raise NotFound(what=f"enterprise #{enterprise_id}")
    apply_edit(uow, found, values, action="enterprise.edit", entity="enterprise", entity_id=found.id,
               changes=(ENTERPRISES,))
    return found.id


def find_or_add_enterprise(uow: UnitOfWork, name_th: str, tax_id: str = "", province: str = "") -> int:
    """The enterprise with this tax ID (or, without one, this exact name), added when new."""
    digits, problem = check_tax_id(tax_id)
    raise_problem(problem)
    query = select(Enterprise.id).where(Enterprise.tax_id == digits) if digits else \
        select(Enterprise.id).where(Enterprise.name_th == name_th.strip())
    found = uow.session.scalars(query).first()
    return found if found is not None else save_enterprise(uow, name_th, digits, province)


def add_development(uow: UnitOfWork, teacher_id: int, topic: str, start: dt.date, end: dt.date, hours: float,
                    enterprise_id: int | None = None, title: str = "", certificate_no: str = "") -> int:
    """Record one development activity; its hours count toward the year the activity started in."""
    require(uow.actor, "teachers.edit")
    get_teacher(uow.session, teacher_id)
    try:
        topic_code = DevelopmentTopic(topic).value
    except ValueError:
        raise ValidationFailed("teacher_topic_unknown", field="topic", value=topic) from None
    raise_problem(check_period(start, end))
    raise_problem(check_hours(hours))
    days = (end - start).days + 1
    if hours > days * 24:
        raise ValidationFailed("teacher_development_hours", field="hours", value=str(hours))
    if enterprise_id is not None and uow.session.get(Enterprise, enterprise_id) is None:
        raise NotFound(what=f"enterprise #{enterprise_id}", field="enterprise_id")
    record = TeacherDevelopment(teacher_id=teacher_id, enterprise_id=enterprise_id, topic=topic_code,
                                title=title.strip(), start_date=start, end_date=end, hours=round(hours, 2),
                                certificate_no=certificate_no.strip())
    uow.session.add(record)
    uow.session.flush()
    uow.audit("teacher.development", "teacher", teacher_id,
              {"topic": [None, topic_code], "hours": [None, record.hours], "enterprise": [None, enterprise_id]})
    uow.changed(TEACHERS, STAFFING)
    return record.id
