"""Permission probes for personal data (PDPA)."""

from __future__ import annotations

import datetime as dt

from tests.probes import Probe, write
from vocdesk.services.pdpa.requests import (
    breach_register,
    consent_missing,
    record_breach,
    record_consent,
    record_sensitive,
    retention_report,
    sensitive_facts,
)
from vocdesk.services.pdpa.subject import erase_subject, export_subject

PROBES: dict[str, Probe] = {
    "pdpa.view_sensitive": write(lambda uow, w: sensitive_facts(uow, w.learner_id)),
    "pdpa.edit_sensitive": write(lambda uow, w: record_sensitive(uow, w.learner_id, "health", "หอบหืด")),
    "pdpa.consent": write(lambda uow, w: (record_consent(uow, w.learner_id, "นางแม่", "มารดา", ["ovec"],
                                                          dt.date(2026, 5, 1)),
                                           consent_missing(uow, w.learner_id, "x"))),
    "pdpa.export_subject": write(lambda uow, w: export_subject(uow, w.learner_id, w.tmp / "s.xlsx", None),
                                  "reauth_required"),
    "pdpa.erase": write(lambda uow, w: erase_subject(uow, w.learner_id, "request", None), "reauth_required"),
    "pdpa.retention_report": write(lambda uow, _w: retention_report(uow)),
    "pdpa.breach_view": write(lambda uow, _w: breach_register(uow)),
    "pdpa.breach_edit": write(lambda uow, _w: record_breach(uow, dt.datetime(2026, 11, 23, 8), "USB lost", 3)),
}
