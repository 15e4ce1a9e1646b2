"""The core's manifest: college settings, accounts, audit, backups, checks, and what every area shares."""

from __future__ import annotations

from vocdesk.services.core.area import Area
from vocdesk.services.core.changes import CORE_CHANGES
from vocdesk.services.core.roles import ROLES

AREA = Area(
    name="core",
    changes=CORE_CHANGES,
    permissions={
        "settings.edit": frozenset({"administrator"}),
        "settings.view": frozenset(ROLES),
        "demo.fill": frozenset({"administrator"}),
        # Whole national IDs (learners, teachers, trainees, repair owners): every area masks by this one action.
        "learners.view_national_id": frozenset({"administrator", "registrar"}),
        "export.data": frozenset({"administrator", "registrar", "equipment_officer", "executive"}),
        "reports.print": frozenset(ROLES),
        "audit.view": frozenset({"administrator", "auditor"}),
        "users.manage": frozenset({"administrator"}),
        "backup.create": frozenset({"administrator", "registrar", "equipment_officer", "training_staff"}),
        "backup.restore": frozenset({"administrator"}),
        "backup.view": frozenset({"administrator", "registrar", "equipment_officer", "training_staff"}),
        "backup.settings": frozenset({"administrator"}),
        "check.run": frozenset({"administrator", "auditor"}),
        "users.view": frozenset({"administrator", "auditor"}),
        "audit.verify": frozenset({"administrator", "auditor"}),
    },
    commands=("audit_cmd", "backup_cmd", "check_cmd", "demo_cmd", "export_cmd", "idcard_cmd", "import_cmd",
              "info_cmd", "migrate_cmd", "report_cmd", "user_cmd"),
    pages=("home_page",),
    settings=("settings:COLLEGE_SETTINGS", "backups:BACKUP_SETTINGS", "users:SECURITY_SETTINGS"),
)
