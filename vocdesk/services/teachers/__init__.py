"""Teachers: the register, qualifications and development, contracts, staffing need against actual."""

from __future__ import annotations

from vocdesk.services.core.area import Area
from vocdesk.services.core.changes import Change

TEACHERS = Change("teachers", "teachers")
STAFFING = Change("teachers", "staffing")
ENTERPRISES = Change("teachers", "enterprises")

AREA = Area(
    name="teachers",
    changes=(TEACHERS, STAFFING, ENTERPRISES),
    permissions={
        "teachers.view": frozenset({"administrator", "registrar", "executive", "auditor"}),
        "teachers.edit": frozenset({"administrator", "registrar"}),
        "teachers.import": frozenset({"administrator", "registrar"}),
        "staffing.view": frozenset({"administrator", "registrar", "executive", "auditor"}),
        "staffing.plan": frozenset({"administrator", "registrar"}),
        "staffing.settings": frozenset({"administrator"}),
    },
    import_kinds={"teachers": "import_:TeacherImport"},
    export_kinds={"teachers": "export_kind:EXPORT_KIND"},
    reports=("reports",),
    package_tables=("package_tables:package_tables",),
    commands=("teachers_cmd",),
    pages=("register_page", "staffing_page"),
    settings=("staffing:STAFFING_SETTINGS",),
)
