"""Training centre: bookable facilities, closures and holidays, terms and their timetable, bookings, spare rooms."""

from __future__ import annotations

from vocdesk.services.core.area import Area
from vocdesk.services.core.changes import Change

FACILITIES = Change("training", "facilities")
CALENDAR = Change("training", "calendar")
TIMETABLE = Change("training", "timetable")
BOOKINGS = Change("training", "bookings")

_STAFF = frozenset({"administrator", "training_staff"})

AREA = Area(
    name="training",
    changes=(FACILITIES, CALENDAR, TIMETABLE, BOOKINGS),
    permissions={
        # The equipment officer sees facilities and their use; executives and auditors view only.
        "training.view": _STAFF | {"equipment_officer", "executive", "auditor"},
        "training.facilities": _STAFF,
        "training.calendar": _STAFF,
        "training.timetable": _STAFF,
        "training.book": _STAFF,
        "training.approve": _STAFF,
    },
    commands=("room_cmd", "term_cmd", "timetable_cmd"),
    settings=("timetable_import:TIMETABLE_SETTINGS",),
)
