"""Community service: Fix it points and repair jobs (ORDS), volunteer service points and learners' service hours."""

from __future__ import annotations

from vocdesk.services.core.area import Area
from vocdesk.services.core.changes import Change

COMMUNITY = Change("community", "community")
POINTS = Change("community", "points")
JOBS = Change("community", "jobs")
SERVICE_HOURS = Change("community", "service_hours")

_STAFF = frozenset({"administrator", "training_staff"})

AREA = Area(
    name="community",
    changes=(COMMUNITY, POINTS, JOBS, SERVICE_HOURS),
    permissions={
        "community.view": frozenset({"administrator", "training_staff", "executive", "auditor"}),
        "community.intake": _STAFF,
        "community.points": _STAFF,
        "community.export": frozenset({"administrator", "training_staff", "executive"}),
    },
    commands=("fixit_cmd", "service_hours_cmd"),
)
