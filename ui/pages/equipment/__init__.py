"""The equipment area's pages and their dialogs (named in the area's manifest)."""

from __future__ import annotations

from ui.i18n import tr
from ui.pages import PageEntry

PAGES = (
    PageEntry("grants_page", key="grants", title=lambda: tr("Grants"), order=60, permission="equipment.view"),
    PageEntry("assets_page", key="assets", title=lambda: tr("Assets"), order=61, permission="equipment.view"),
    PageEntry("stocktake_page", key="stocktake", title=lambda: tr("Stock-take"), order=62, permission="equipment.view"),
)
