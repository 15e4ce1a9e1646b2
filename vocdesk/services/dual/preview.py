"""The rule check shown before a placement is saved: the findings a save would give, with nothing written."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from vocdesk.domain.thai_dates import format_be_short
from vocdesk.persistence.models import DualMou, DualPlacement, DualTrainer, Enterprise, Teacher
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.placements import FindingView, PlacementInput, add_placement


def preview_placement(uow: UnitOfWork, data: PlacementInput) -> list[FindingView]:
    """Save the draft inside a savepoint, read its findings, roll the savepoint back (no row, no audit record)."""
    require(uow.actor, "dual.edit")
    before = set(uow.changed_set)
    savepoint = uow.session.begin_nested()
    try:
        saved = add_placement(uow, data)
    finally:
        savepoint.rollback()
        uow.changed_set.clear()
        uow.changed_set.update(before)
    return saved.findings


@dataclass(frozen=True)
class Choices:
    """What the placement form and filters offer: enterprises, their trainers and MOUs, supervising teachers."""

    enterprises: list[tuple[int, str]]
    trainers: list[tuple[int, int, str]]
    """(trainer id, enterprise id, name)."""
    mous: list[tuple[int, int, str]]
    supervisors: list[tuple[int, str]]


def placement_choices(uow: UnitOfWork) -> Choices:
    require(uow.actor, "dual.view")
    session = uow.session
    enterprises = [(i, n) for i, n in session.execute(select(Enterprise.id, Enterprise.name_th)
                                                      .order_by(Enterprise.name_th))]
    trainers = [(i, e, n) for i, e, n in session.execute(select(DualTrainer.id, DualTrainer.enterprise_id,
                                                                DualTrainer.name).order_by(DualTrainer.name))]
    mous = [(m.id, m.enterprise_id, f"{m.number or '#' + str(m.id)} ({format_be_short(m.start_date)}–"
                                    f"{format_be_short(m.end_date) if m.end_date else '…'})")
            for m in session.scalars(select(DualMou).order_by(DualMou.start_date))]
    used = select(DualPlacement.supervisor_id).where(DualPlacement.supervisor_id.is_not(None))
    teachers = session.execute(select(Teacher.id, Teacher.first_name_th, Teacher.last_name_th)
                               .where(Teacher.left_on.is_(None) | Teacher.id.in_(used))
                               .order_by(Teacher.first_name_th, Teacher.last_name_th))
    return Choices(enterprises, trainers, mous, [(i, f"{f} {last}") for i, f, last in teachers])
