"""Community service pages: service points, repair intake, the job list and learners' service hours."""

from __future__ import annotations

from ui.i18n import tr
from ui.pages import PageEntry

PAGES = (
    PageEntry("points_page", key="fixit_points", title=lambda: tr("Service points"), order=70,
              permission="community.view"),
    PageEntry("intake_page", key="fixit_intake", title=lambda: tr("Repair intake"), order=71,
              permission="community.intake"),
    PageEntry("jobs_page", key="fixit_jobs", title=lambda: tr("Repair jobs"), order=72, permission="community.view"),
    PageEntry("hours_page", key="service_hours", title=lambda: tr("Service hours"), order=73,
              permission="community.view"),
    PageEntry("shifts_page", key="volunteer_shifts", title=lambda: tr("Volunteer shifts"), order=74,
              permission="community.view"),
)
