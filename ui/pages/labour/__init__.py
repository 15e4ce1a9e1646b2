"""Labour-market pages: demand facts, the occupation map, supply against demand, graduate outcomes."""

from __future__ import annotations

from ui.i18n import tr
from ui.pages import PageEntry

PAGES = (
    PageEntry("demand_page", key="labour_demand", title=lambda: tr("Labour demand"), order=80,
              permission="labour.view"),
    PageEntry("occupation_map_page", key="labour_map", title=lambda: tr("Occupation map"), order=82,
              permission="labour.view"),
    PageEntry("supply_page", key="labour_supply", title=lambda: tr("Supply and demand"), order=84,
              permission="labour.view"),
    PageEntry("outcomes_page", key="labour_outcomes", title=lambda: tr("Graduate outcomes"), order=86,
              permission="labour.view"),
)
