"""The dual system's pages and their dialogs (named in the area's manifest)."""

from __future__ import annotations

from ui.i18n import tr
from ui.pages import PageEntry

PAGES = (
    PageEntry("enterprises_page", key="dual_enterprises", title=lambda: tr("Enterprises"), order=50,
              permission="dual.view"),
    PageEntry("mous_page", key="dual_mous", title=lambda: tr("MOUs"), order=51, permission="dual.view"),
    PageEntry("trainers_page", key="dual_trainers", title=lambda: tr("Trainers"), order=52, permission="dual.view"),
    PageEntry("placements_page", key="dual_placements", title=lambda: tr("Placements"), order=53,
              permission="dual.view"),
    PageEntry("dashboard_page", key="dual_dashboard", title=lambda: tr("Dual system"), order=54,
              permission="dual.view"),
    PageEntry("plans_page", key="dual_plans", title=lambda: tr("Training plans"), order=55, permission="dual.view"),
    PageEntry("visits_page", key="dual_visits", title=lambda: tr("Supervision visits"), order=55,
              permission="dual.view"),
    PageEntry("logbook_page", key="dual_logbook", title=lambda: tr("Training logbook"), order=56,
              permission="dual.view"),
    PageEntry("assessment_page", key="dual_assessment", title=lambda: tr("Joint assessment"), order=57,
              permission="dual.view"),
    PageEntry("allowances_page", key="dual_allowances", title=lambda: tr("Allowances"), order=58,
              permission="dual.view"),
    PageEntry("risk_page", key="dual_risk", title=lambda: tr("Dual learners at risk"), order=59,
              permission="dual.view"),
    PageEntry("centres_page", key="dual_centres", title=lambda: tr("Regional dual centres"), order=59,
              permission="dual.view"),
)
