"""Equipment: grants, purchases, the asset register, locations, usage and stock-take."""

from __future__ import annotations

from vocdesk.services.core.area import Area
from vocdesk.services.core.changes import Change

EQUIPMENT = Change("equipment", "equipment")
ASSETS = Change("equipment", "assets")
GRANTS = Change("equipment", "grants")
PURCHASES = Change("equipment", "purchases")
LOCATIONS = Change("equipment", "locations")
STOCKTAKE = Change("equipment", "stocktake")
USAGE = Change("equipment", "usage")

AREA = Area(
    name="equipment",
    changes=(EQUIPMENT, ASSETS, GRANTS, PURCHASES, LOCATIONS, STOCKTAKE, USAGE),
    permissions={
        "equipment.view": frozenset({"administrator", "equipment_officer", "executive", "auditor"}),
        "equipment.edit": frozenset({"administrator", "equipment_officer"}),
        "equipment.import": frozenset({"administrator", "equipment_officer"}),
        "equipment.settings": frozenset({"administrator", "equipment_officer"}),
        "equipment.dispose": frozenset({"administrator", "equipment_officer"}),
        "equipment.stocktake": frozenset({"administrator", "equipment_officer"}),
        "equipment.usage": frozenset({"administrator", "equipment_officer", "training_staff"}),
        # Money added to a grant beyond its allocation (top-up or transfer) is for the administrator only.
        "grants.topup": frozenset({"administrator"}),
    },
    import_kinds={"equipment": "import_:EquipmentImport", "purchases": "purchase_import:PurchaseImport"},
    export_kinds={"equipment": "export_kind:EXPORT_KIND"},
    reports=("reports",),
    package_tables=("package_tables:package_tables",),
    commands=("equipment_asset_cmd", "equipment_grant_cmd"),
    pages=("grants_page", "assets_page", "stocktake_page"),
    settings=("settings:EQUIPMENT_SETTINGS", "grants:GRANT_SETTINGS"),
)
