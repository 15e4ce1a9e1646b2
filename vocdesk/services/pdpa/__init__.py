"""PDPA: consent, sensitive fields, data-subject requests (export, erasure), retention and breaches."""

from __future__ import annotations

from vocdesk.services.core.area import Area
from vocdesk.services.core.changes import Change

PDPA = Change("pdpa", "pdpa")
SUBJECTS = Change("pdpa", "subjects")

AREA = Area(
    name="pdpa",
    changes=(PDPA, SUBJECTS),
    permissions={
        "pdpa.view_sensitive": frozenset({"administrator", "registrar"}),
        "pdpa.edit_sensitive": frozenset({"administrator", "registrar"}),
        "pdpa.consent": frozenset({"administrator", "registrar"}),
        "pdpa.export_subject": frozenset({"administrator"}),
        "pdpa.erase": frozenset({"administrator"}),
        "pdpa.retention_report": frozenset({"administrator", "auditor"}),
        "pdpa.breach_view": frozenset({"administrator", "auditor", "executive"}),
        "pdpa.breach_edit": frozenset({"administrator"}),
    },
    settings=("requests:PDPA_SETTINGS",),
)
