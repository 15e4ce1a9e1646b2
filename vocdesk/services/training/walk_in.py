"""Walk-in enrolment: register the person (or take the record that already holds the ID) and enrol, in one step."""

from __future__ import annotations

from dataclasses import dataclass

from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.training.enrolment import EnrolResult, enrol
from vocdesk.services.training.trainees import TraineeInput, save_trainee


@dataclass(frozen=True)
class WalkIn:
    trainee_id: int
    created: bool
    enrolment: EnrolResult


def walk_in(uow: UnitOfWork, key: str, data: TraineeInput, existing_id: int | None = None) -> WalkIn:
    """One transaction: a new trainee is saved and enrolled together, so a refused enrolment leaves no half record."""
    created = existing_id is None
    trainee_id = save_trainee(uow, data).id if existing_id is None else existing_id
    return WalkIn(trainee_id, created, enrol(uow, key, trainee_id))
