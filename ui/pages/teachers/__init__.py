"""The teachers area's pages and their dialogs (named in the area's manifest)."""

from __future__ import annotations

from ui.i18n import tr
from ui.pages import PageEntry

PAGES = (
    PageEntry("register_page", key="teachers", title=lambda: tr("Teachers and staff"), order=30,
              permission="teachers.view"),
    PageEntry("staffing_page", key="staffing", title=lambda: tr("Teacher staffing"), order=31,
              permission="staffing.view"),
)
