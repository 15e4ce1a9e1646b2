"""Training centre: facilities, terms and timetable, bookings, spare rooms; courses, trainees, fees, certificates."""

from __future__ import annotations

from vocdesk.services.core.area import Area
from vocdesk.services.core.changes import Change

FACILITIES = Change("training", "facilities")
CALENDAR = Change("training", "calendar")
TIMETABLE = Change("training", "timetable")
BOOKINGS = Change("training", "bookings")
COURSES = Change("training", "courses")
TRAINEES = Change("training", "trainees")
ATTENDANCE = Change("training", "attendance")
FEES = Change("training", "fees")
CERTIFICATES = Change("training", "certificates")

_STAFF = frozenset({"administrator", "training_staff"})

AREA = Area(
    name="training",
    changes=(FACILITIES, CALENDAR, TIMETABLE, BOOKINGS, COURSES, TRAINEES, ATTENDANCE, FEES, CERTIFICATES),
    permissions={
        # The equipment officer sees facilities and their use; executives and auditors view only.
        "training.view": _STAFF | {"equipment_officer", "executive", "auditor"},
        "training.facilities": _STAFF,
        "training.calendar": _STAFF,
        "training.timetable": _STAFF,
        "training.book": _STAFF,
        "training.approve": _STAFF,
        "training.courses": _STAFF,
        # Trainees are members of the public (PDPA): only the centre's staff see and change them.
        "training.trainees": _STAFF,
        "training.attendance": _STAFF,
        "training.fees": _STAFF,
        "training.certificates": _STAFF,
    },
    import_kinds={"trainees": "trainee_import:TraineeImport", "facilities": "facility_kind:FacilityImport"},
    export_kinds={"trainees": "trainee_export:EXPORT_KIND", "facilities": "facility_kind:EXPORT_KIND"},
    reports=("reports", "facility_reports"),
    package_tables=("package_tables:package_tables",),
    commands=("room_cmd", "term_cmd", "timetable_cmd", "calendar_cmd", "course_cmd", "trainee_cmd", "attendance_cmd",
              "payment_cmd", "certificate_cmd"),
    settings=("timetable_import:TIMETABLE_SETTINGS", "certificates:CERTIFICATE_SETTINGS"),
    pages=("facilities_page", "week_page", "finder_page", "approvals_page", "courses_page", "trainees_page"),
)
