"""Labour market: demand facts from NSO tables and surveys, graduate outcomes, supply against demand."""

from __future__ import annotations

from vocdesk.services.core.area import Area
from vocdesk.services.core.changes import Change

DEMAND = Change("labour", "demand")
OCCUPATION_MAP = Change("labour", "occupation_map")
OUTCOMES = Change("labour", "outcomes")

AREA = Area(
    name="labour",
    changes=(DEMAND, OCCUPATION_MAP, OUTCOMES),
    permissions={
        "labour.view": frozenset({"administrator", "registrar", "executive", "auditor"}),
        "labour.import": frozenset({"administrator", "registrar"}),
        "labour.map": frozenset({"administrator", "registrar"}),
        # The employment follow-up is the registrar's (งานทะเบียน / แนะแนว); answers hold personal data.
        "labour.outcomes": frozenset({"administrator", "registrar"}),
    },
    import_kinds={"demand": "import_:DemandImport", "outcomes": "outcome_import:OutcomeImport"},
    export_kinds={"outcomes": "outcome_export:EXPORT_KIND"},
    reports=("reports", "survey_sheet"),
    package_tables=("package_tables:package_tables",),
    commands=("labour_cmd",),
    settings=("settings:LABOUR_SETTINGS",),
    pages=("demand_page", "occupation_map_page", "supply_page", "outcomes_page"),
)
