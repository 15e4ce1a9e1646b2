"""The learners area's pages and their dialogs (named in the area's manifest)."""

from __future__ import annotations

from ui.i18n import tr
from ui.pages import PageEntry

PAGES = (
    PageEntry("register_page", key="learners", title=lambda: tr("Learners"), order=20, permission="learners.view"),
    PageEntry("dashboard_page", key="learner_dashboard", title=lambda: tr("Learner dashboard"), order=22,
              permission="learners.view"),
    PageEntry("ai_coverage_page", key="ai_coverage", title=lambda: tr("Programmes and AI"), order=24,
              permission="programmes.view"),
)
