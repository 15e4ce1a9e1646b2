"""Learners: the register, programmes and groups, support and risk, follow-up, rollover, search."""

from __future__ import annotations

from vocdesk.services.core.area import Area
from vocdesk.services.core.changes import Change
from vocdesk.services.core.roles import ROLES

LEARNERS = Change("learners", "learners")
GROUPS = Change("learners", "groups")
PROGRAMMES = Change("learners", "programmes")
SUPPORT = Change("learners", "support")
RISK = Change("learners", "risk")
SKILLS = Change("learners", "skills")
FOLLOWUP = Change("learners", "followup")

AREA = Area(
    name="learners",
    changes=(LEARNERS, GROUPS, PROGRAMMES, SUPPORT, RISK, SKILLS, FOLLOWUP),
    permissions={
        "programmes.view": frozenset(ROLES),
        "programmes.edit": frozenset({"administrator", "registrar"}),
        "learners.view": frozenset({"administrator", "registrar", "executive", "auditor"}),
        "learners.edit": frozenset({"administrator", "registrar"}),
        "learners.import": frozenset({"administrator", "registrar"}),
        "risk.view": frozenset({"administrator", "registrar", "executive", "auditor"}),
        "risk.settings": frozenset({"administrator", "registrar"}),
        "risk.export": frozenset({"administrator", "registrar"}),
        "support.view": frozenset({"administrator", "registrar", "executive", "auditor"}),
        "support.edit": frozenset({"administrator", "registrar"}),
        "followup.view": frozenset({"administrator", "registrar"}),
        "followup.edit": frozenset({"administrator", "registrar"}),
        "learners.rollover": frozenset({"administrator", "registrar"}),
    },
    import_kinds={"learners": "import_:LearnerImport"},
    export_kinds={"learners": "export_kind:EXPORT_KIND"},
    reports=("reports",),
    package_tables=("package_tables:package_tables",),
    commands=("learners_cmd", "learners_rollover_cmd"),
    pages=("register_page", "dashboard_page", "ai_coverage_page"),
    settings=("rollover:ROLLOVER_SETTINGS", "risk:RISK_SETTINGS"),
)
