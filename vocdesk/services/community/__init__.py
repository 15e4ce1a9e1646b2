"""Community service: Fix it points and repair jobs (ORDS), volunteer service points and learners' service hours."""

from __future__ import annotations

from vocdesk.services.core.area import Area
from vocdesk.services.core.changes import Change

SETTINGS = Change("community", "settings")
POINTS = Change("community", "points")
JOBS = Change("community", "jobs")
SHIFTS = Change("community", "shifts")
SERVICE_HOURS = Change("community", "service_hours")

_STAFF = frozenset({"administrator", "training_staff"})

AREA = Area(
    name="community",
    changes=(SETTINGS, POINTS, JOBS, SHIFTS, SERVICE_HOURS),
    permissions={
        "community.view": _STAFF | {"registrar", "executive", "auditor"},
        "community.intake": _STAFF,
        "community.volunteer": _STAFF,
        "community.points": _STAFF,
        "community.print": _STAFF | {"executive"},
    },
    import_kinds={"fixit_jobs": "import_:FixitJobImport"},
    export_kinds={"fixit_jobs": "export_kind:EXPORT_KIND"},
    reports=("reports", "daily_report"),
    package_tables=("package_tables:package_tables",),
    settings=("settings:COMMUNITY_SETTINGS",),
    commands=("fixit_cmd", "volunteer_cmd", "service_hours_cmd"),
    pages=("points_page", "intake_page", "jobs_page", "hours_page", "shifts_page"),
)
