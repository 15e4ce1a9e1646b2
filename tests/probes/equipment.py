"""Permission probes for equipment and grants."""

from __future__ import annotations

from decimal import Decimal

from tests.probes import DAY, NO_SUCH_ID, Probe, import_file, read, write
from vocdesk.services.core.permissions import ROLES
from vocdesk.services.equipment.asset_activity import dispose_asset, log_maintenance, record_usage
from vocdesk.services.equipment.grants import record_topup, save_policy_band
from vocdesk.services.equipment.locations import list_locations
from vocdesk.services.equipment.stocktake import open_stocktake

PROBES: dict[str, Probe] = {
    "equipment.view": read(lambda s, a, _w: list_locations(s, a)),
    "equipment.edit": write(lambda uow, _w: log_maintenance(uow, "NO-SUCH", DAY, "repair", "เปลี่ยนหลอด"), "not_found"),
    "equipment.dispose": write(lambda uow, _w: dispose_asset(uow, "NO-SUCH", DAY, "ชำรุด", "sale", "ผู้อำนวยการ"),
                                "not_found"),
    "equipment.usage": write(lambda uow, _w: record_usage(uow, "NO-SUCH", DAY, Decimal(2), "สอน"), "not_found"),
    "equipment.stocktake": write(lambda uow, _w: open_stocktake(uow, 2570 + ROLES.index(uow.actor.role), DAY)),
    "equipment.settings": write(lambda uow, _w: save_policy_band(uow, 1_000_000, 3_000_000)),
    "equipment.import": import_file("equipment"),
    "grants.topup": write(lambda uow, _w: record_topup(uow, NO_SUCH_ID, 100, "เงินเพิ่ม"), "not_found"),
}
