"""Dual system (ทวิภาคี): the shared enterprise register, MOUs, trainers, placements and the rules before placing."""

from __future__ import annotations

from vocdesk.services.core.area import Area
from vocdesk.services.core.changes import Change

ENTERPRISES = Change("dual", "enterprises")
MOUS = Change("dual", "mous")
TRAINERS = Change("dual", "trainers")
PLACEMENTS = Change("dual", "placements")
PLANS = Change("dual", "plans")
# Dual part 2 (follow-up): supervision, logbook, allowances, assessment, regional centres.
SUPERVISION = Change("dual", "supervision")
LOGBOOK = Change("dual", "logbook")
ALLOWANCES = Change("dual", "allowances")
ASSESSMENT = Change("dual", "assessment")
CENTRES = Change("dual", "centres")

_EDIT = frozenset({"administrator", "registrar", "training_staff"})

AREA = Area(
    name="dual",
    changes=(ENTERPRISES, MOUS, TRAINERS, PLACEMENTS, PLANS,
             SUPERVISION, LOGBOOK, ALLOWANCES, ASSESSMENT, CENTRES),
    permissions={
        "dual.view": _EDIT | {"executive", "auditor"},
        "dual.edit": _EDIT,
        "dual.activate": _EDIT,
        "dual.merge": frozenset({"administrator", "registrar"}),
        "dual.followup": _EDIT,
        "dual.handoff": _EDIT,
        "dual.tax_pack": _EDIT,
    },
    import_kinds={"placements": "import_:PlacementImport", "enterprises": "enterprise_import:EnterpriseImport",
                  "trainers": "trainer_import:TrainerImport", "logbook": "logbook_import:LogbookImport",
                  "centre_responses": "response_import:ResponseImport"},
    export_kinds={"placements": "export_kind:EXPORT_KIND", "enterprises": "enterprise_import:EXPORT_KIND",
                  "trainers": "trainer_export:EXPORT_KIND", "logbook": "logbook_export:EXPORT_KIND"},
    reports=("placement_reports", "reports"),
    package_tables=("package_placements:package_tables", "package_tables:package_tables"),
    commands=("dual_enterprise_cmd", "dual_mou_cmd", "dual_trainer_cmd", "dual_placement_cmd",
              "visit_cmd", "logbook_cmd", "allowance_cmd", "dual_cmd"),
    pages=("enterprises_page", "mous_page", "trainers_page", "placements_page", "dashboard_page", "plans_page",
           "visits_page", "logbook_page", "assessment_page", "allowances_page", "risk_page", "centres_page"),
    settings=("settings:DUAL_SETTINGS", "alerts:ALERT_SETTINGS", "followup_settings:FOLLOWUP_SETTINGS"),
)
