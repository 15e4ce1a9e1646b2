"""Training-centre pages: facilities, week grid, spare-room finder, approvals; courses, runs, trainees."""

from __future__ import annotations

from ui.i18n import tr
from ui.pages import PageEntry

PAGES = (
    PageEntry("facilities_page", key="training_facilities", title=lambda: tr("Facilities"), order=40,
              permission="training.view"),
    PageEntry("week_page", key="training_week", title=lambda: tr("Facility week"), order=41,
              permission="training.view"),
    PageEntry("finder_page", key="training_finder", title=lambda: tr("Spare-room finder"), order=42,
              permission="training.view"),
    PageEntry("approvals_page", key="training_approvals", title=lambda: tr("Booking approvals"), order=43,
              permission="training.approve"),
    PageEntry("courses_page", key="courses", title=lambda: tr("Short courses"), order=45, permission="training.view"),
    PageEntry("trainees_page", key="trainees", title=lambda: tr("Trainees"), order=46, permission="training.trainees"),
)
