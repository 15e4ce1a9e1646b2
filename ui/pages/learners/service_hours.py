"""The learner's service-hours total for the detail view, read from the community area's ledger (on the worker)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vocdesk.services.community.hours import learner_hours
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import allowed


@dataclass(frozen=True)
class ServiceTotal:
    """All the learner's minutes from Fix it jobs and volunteer shifts, and at how many points."""

    minutes: int
    points: int


def service_total(session: Any, actor: Actor, student_code: str) -> ServiceTotal | None:
    """None for a role that may not see community service (the row is then left out)."""
    if not allowed(actor, "community.view"):
        return None
    hours = learner_hours(session, actor, student_code)
    return ServiceTotal(hours.total_minutes, len(hours.lines))
