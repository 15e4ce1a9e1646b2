"""Hand-offs made and what happened since: the centre's response as entered, and each learner's state today."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import DualCentre, DualHandoff, DualHandoffResponse
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import CENTRES
from vocdesk.services.dual.risk import dual_risk


@dataclass(frozen=True)
class CentreAnswer:
    """The centre's response about one learner (from its file or typed), oldest first."""

    student_code: str
    responded_on: dt.date
    status: str
    action: str
    contact: str


@dataclass(frozen=True)
class HandoffRow:
    id: int
    centre: str
    made_on: dt.date
    learners: list[str]
    response: str
    responded_on: dt.date | None
    still_at_risk: list[str]
    """The learners handed off who still raise a signal today."""
    answers: list[CentreAnswer]


def record_response(uow: UnitOfWork, handoff_id: int, response: str, on: dt.date) -> None:
    require(uow.actor, "dual.handoff")
    row = uow.session.get(DualHandoff, handoff_id)
    if row is None:
        raise NotFound(what=f"hand-off #{handoff_id}", field="handoff")
    if not response.strip():
        raise ValidationFailed("required", field="response")
    old = [row.response, row.responded_on]
    row.response, row.responded_on = response.strip(), on
    uow.audit("handoff.response", "dual_handoff", handoff_id, {"response": [old, [row.response, on]]})
    uow.changed(CENTRES)


def list_handoffs(uow: UnitOfWork) -> list[HandoffRow]:
    require(uow.actor, "dual.view")
    risky = {r.student_code for r in dual_risk(uow)}
    answers: dict[int, list[CentreAnswer]] = {}
    for a in uow.session.scalars(select(DualHandoffResponse).order_by(DualHandoffResponse.responded_on,
                                                                       DualHandoffResponse.id)):
        answers.setdefault(a.handoff_id, []).append(CentreAnswer(a.student_code, a.responded_on, a.status,
                                                                 a.action, a.contact))
    rows = []
    for h, centre in uow.session.execute(select(DualHandoff, DualCentre.code).join(
            DualCentre, DualCentre.id == DualHandoff.centre_id).order_by(DualHandoff.made_on.desc(), DualHandoff.id)):
        codes = [c for c in h.student_codes.split(",") if c]
        rows.append(HandoffRow(h.id, centre, h.made_on, codes, h.response, h.responded_on,
                               [c for c in codes if c in risky], answers.get(h.id, [])))
    return rows
