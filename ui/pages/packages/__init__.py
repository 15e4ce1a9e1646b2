"""The packages area's pages and their dialogs (named in the area's manifest)."""

from __future__ import annotations

from ui.i18n import tr
from ui.pages import PageEntry

PAGES = (
    PageEntry("packages_page", key="packages", title=lambda: tr("OVEC packages"), order=90,
              permission="package.validate"),
)
