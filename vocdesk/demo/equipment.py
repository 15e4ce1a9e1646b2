"""Demo equipment: rooms, shortage-programme grants with purchases, thousands of assets, a stock-take under way."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import func, insert, select, update

from vocdesk.domain.academic import fiscal_year_bounds, fiscal_year_of
from vocdesk.domain.equipment import format_asset_code
from vocdesk.domain.grants import SATANG_PER_BAHT, LineKind
from vocdesk.domain.thai_ids import national_id_check_digit
from vocdesk.persistence.models import (
    Asset,
    AssetCategory,
    Department,
    EquipmentUsage,
    Location,
    Programme,
    StocktakeEntry,
)
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.equipment import ASSETS, GRANTS, LOCATIONS, PURCHASES, STOCKTAKE, USAGE
from vocdesk.services.equipment.grants import GrantInput, create_grant
from vocdesk.services.equipment.purchases import LineInput, PurchaseInput, VendorInput, record_purchase
from vocdesk.services.equipment.settings import ensure_default_categories, equipment_settings
from vocdesk.services.equipment.stocktake import open_stocktake

ROOM_KINDS = (("W", "workshop", "โรงฝึกงาน"), ("L", "lab", "ห้องปฏิบัติการ"), ("C", "room", "ห้องเรียน"))
OLD_ITEMS = (("7110-001", "โต๊ะทำงานเหล็ก", 5_500), ("7110-001", "ตู้เอกสาร 4 ลิ้นชัก", 5_900),
             ("7440-001", "เครื่องคอมพิวเตอร์ตั้งโต๊ะ", 22_000), ("6910-001", "กระดานอัจฉริยะ", 49_000),
             ("3400-001", "เครื่องเจียระไน", 18_500), ("5820-001", "เครื่องขยายเสียง", 8_900),
             ("6730-001", "เครื่องฉายภาพโปรเจกเตอร์", 26_000))
PLC = (LineKind.ASSET, "ชุดฝึกระบบควบคุมอัตโนมัติ PLC", 185_000, "3400-001")
DESIGN_PC = (LineKind.ASSET, "เครื่องคอมพิวเตอร์สำหรับงานออกแบบ", 32_000, "7440-001")
EV_KIT = (LineKind.ASSET, "ชุดฝึกแบตเตอรี่และมอเตอร์ยานยนต์ไฟฟ้า", 240_000, "3400-001")
SUPPLIES = (LineKind.CONSUMABLE, "ลวดเชื่อมและวัสดุฝึก", 450, "")
TRAINING = (LineKind.SERVICE, "ค่าติดตั้งและอบรมการใช้งาน", 60_000, "")
# (line, quantity) per grant of 1, 2 and 3 million baht; each plan stays inside its grant with 7% VAT.
GRANT_PLANS = (((PLC, 3), (SUPPLIES, 120), (TRAINING, 1)),
               ((DESIGN_PC, 20), (EV_KIT, 4), (SUPPLIES, 120)),
               ((PLC, 6), (DESIGN_PC, 20), (EV_KIT, 4)))


def _tax_id(rng: random.Random) -> str:
    first12 = "0" + "".join(str(rng.randrange(10)) for _ in range(11))
    return first12 + str(national_id_check_digit(first12))


def _rooms(uow: UnitOfWork, rng: random.Random) -> list[int]:
    departments = list(uow.session.execute(select(Department.id, Department.code).order_by(Department.code)))
    rows = [{"code": "STORE", "name_th": "ห้องพัสดุกลาง", "kind": "store", "version": 1}]
    for dep_id, dep_code in departments:
        for prefix, kind, name in ROOM_KINDS:
            for number in range(1, rng.randint(2, 4)):
                rows.append({"code": f"{dep_code}-{prefix}{number}", "name_th": f"{name} {dep_code} {number}",
                             "kind": kind, "building": f"อาคาร {dep_code}", "department_id": dep_id,
                             "capacity": 40 if kind == "room" else 25, "is_bookable": kind != "store",
                             "version": 1})
    uow.session.execute(insert(Location), rows)
    return list(uow.session.scalars(select(Location.id).order_by(Location.id)))


def _old_assets(uow: UnitOfWork, rng: random.Random, rooms: list[int], count: int) -> int:
    """Items bought from ordinary budgets in earlier years, spread over the rooms (one bulk insert)."""
    categories = dict(uow.session.execute(select(AssetCategory.code, AssetCategory.id)).all())
    pattern, today = equipment_settings(uow.session).code_pattern, uow.clock.today()
    running: dict[tuple[str, int], int] = {}
    rows = []
    for _ in range(count):
        category, name, baht = rng.choice(OLD_ITEMS)
        acquired = today - dt.timedelta(days=rng.randint(400, 3650))
        year = fiscal_year_of(acquired)
        running[category, year] = number = running.get((category, year), 0) + 1
        rows.append({"code": format_asset_code(pattern, category, year, number), "name": name,
                     "category_id": categories[category], "fiscal_year": year, "running_no": number,
                     "acquired_on": acquired, "cost_satang": baht * SATANG_PER_BAHT, "funding_source": "เงินงบประมาณ",
                     "location_id": rng.choice(rooms), "condition": rng.choice(("good",) * 6 + ("fair", "damaged")),
                     "version": 1})
    uow.session.execute(insert(Asset), rows)
    return len(rows)


def _grants(uow: UnitOfWork, rng: random.Random, rooms: list[int]) -> int:
    """Last fiscal year's shortage-programme grants, bought through the purchase service (balances stay true)."""
    shortage = list(uow.session.scalars(select(Programme.id).where(Programme.department_id.is_not(None))
                                        .order_by(Programme.is_shortage.desc(), Programme.id).limit(3)))
    year = fiscal_year_of(uow.clock.today()) - 1
    first, last = fiscal_year_bounds(year)
    for index, programme_id in enumerate(shortage):
        amount = (1_000_000 + 1_000_000 * index) * SATANG_PER_BAHT
        summary = create_grant(uow, GrantInput(programme_id, year, "สอศ. งบพัฒนาสาขาขาดแคลน", amount, first, last,
                                               f"ศธ 0601/{1200 + index}", "ครุภัณฑ์และเทคโนโลยีใหม่"))
        vendor = VendorInput(f"บริษัท เทคนิคซัพพลาย {index + 1} จำกัด", _tax_id(rng))
        for number, ((kind, text, baht, category), quantity) in enumerate(GRANT_PLANS[index]):
            line = LineInput(kind, text, Decimal(quantity), baht * SATANG_PER_BAHT, category_code=category,
                             location_id=rng.choice(rooms))
            record_purchase(uow, PurchaseInput(summary.id, first + dt.timedelta(days=40 + 60 * number), vendor,
                                               (line,), f"PO-{year}-{index}{number}", f"INV-{rng.randint(1000, 9999)}"))
    return len(shortage)


def _usage_and_count(uow: UnitOfWork, rng: random.Random) -> None:
    today = uow.clock.today()
    funded = list(uow.session.scalars(select(Asset.id).where(Asset.grant_id.is_not(None))))
    usage = [{"asset_id": asset_id, "used_on": today - dt.timedelta(days=rng.randint(1, 300)),
              "minutes": 60 * rng.randint(1, 4), "purpose": rng.choice(("teaching", "teaching", "short_course")),
              "source_kind": "manual", "source_id": "", "note": "", "recorded_by": uow.actor.username}
             for asset_id in funded for _ in range(rng.randint(0, 6))]
    if usage:
        uow.session.execute(insert(EquipmentUsage), usage)
    stocktake = open_stocktake(uow, fiscal_year_of(today), today - dt.timedelta(days=7), "คณะกรรมการตรวจนับพัสดุ")
    entries = list(uow.session.execute(select(StocktakeEntry.id, StocktakeEntry.expected_location_id)
                                       .where(StocktakeEntry.stocktake_id == stocktake)))
    seen = rng.sample(entries, k=len(entries) * 3 // 5)
    uow.session.execute(update(StocktakeEntry), [
        {"id": entry_id, "status": "found", "found_location_id": where, "checked_at": uow.clock.now(),
         "checked_by": uow.actor.username} for entry_id, where in seen])


def fill_equipment(uow: UnitOfWork, rng: random.Random, assets: int = 2500) -> dict[str, int]:
    """Add the equipment part of the demo college; returns counts for the demo summary."""
    ensure_default_categories(uow.session)
    rooms = _rooms(uow, rng)
    _old_assets(uow, rng, rooms, assets)
    grants = _grants(uow, rng, rooms)
    _usage_and_count(uow, rng)
    uow.changed(GRANTS, PURCHASES, ASSETS, LOCATIONS, STOCKTAKE, USAGE)
    return {"location": len(rooms), "funding_grant": grants,
            "asset": uow.session.scalar(select(func.count()).select_from(Asset)) or 0}
