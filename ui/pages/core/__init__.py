"""The core area's pages and their dialogs (named in the area's manifest)."""

from __future__ import annotations

from ui.i18n import tr
from ui.pages import PageEntry

PAGES = (
    PageEntry("home_page", key="home", title=lambda: tr("Home"), order=0),
)
