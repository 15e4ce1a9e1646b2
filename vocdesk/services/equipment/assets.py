"""The asset register: items issued from purchase lines or entered by hand, their details, lists and book values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from vocdesk.domain.academic import fiscal_year_of
from vocdesk.domain.equipment import Condition, book_value, format_asset_code
from vocdesk.domain.grants import split_cost
from vocdesk.errors import Conflict, NotFound, ValidationFailed
from vocdesk.persistence.models import (
    Asset,
    AssetCategory,
    AssetCheckout,
    AssetMaintenance,
    Department,
    EquipmentUsage,
    Location,
    Purchase,
    PurchaseLine,
    StocktakeEntry,
    Teacher,
)
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.edits import apply_edit
from vocdesk.services.core.permissions import require
from vocdesk.services.equipment import ASSETS
from vocdesk.services.equipment.settings import category_by_code, equipment_settings

PAGE_LIMIT = 1000


def _next_running(session: Session, category_id: int, fiscal_year: int) -> int:
    highest = session.scalar(select(func.max(Asset.running_no)).where(
        Asset.category_id == category_id, Asset.fiscal_year == fiscal_year))
    return int(highest or 0) + 1


def _issue(session: Session, category: AssetCategory, acquired_on: dt.date, costs: list[int],
           common: dict[str, object]) -> list[str]:
    """Insert one asset per cost with consecutive running numbers (Core executemany)."""
    fiscal_year = fiscal_year_of(acquired_on)
    pattern = equipment_settings(session).code_pattern
    first = _next_running(session, category.id, fiscal_year)
    numbered: list[tuple[int, str]] = []
    while len(numbered) < len(costs):  # skip numbers whose code an imported label already uses
        batch = [(n, format_asset_code(pattern, category.code, fiscal_year, n))
                 for n in range(first, first + len(costs) - len(numbered))]
        taken = set(session.scalars(select(Asset.code).where(Asset.code.in_([code for _, code in batch]))))
        numbered += [(n, code) for n, code in batch if code not in taken]
        first += len(batch)
    rows = [common | {"code": code, "category_id": category.id, "fiscal_year": fiscal_year, "running_no": number,
                      "acquired_on": acquired_on, "cost_satang": cost, "version": 1}
            for (number, code), cost in zip(numbered, costs, strict=True)]
    session.execute(insert(Asset), rows)
    return [str(row["code"]) for row in rows]


def issue_assets(session: Session, purchase: Purchase, line: PurchaseLine) -> list[str]:
    """Create the register entries of an asset line: one per unit, the line total shared to the satang."""
    category = session.get(AssetCategory, line.category_id)
    if category is None:
        raise NotFound(what="asset_category", field="category", row=line.line_no)
    costs = split_cost(line.total_satang, line.quantity_milli // 1000)
    return _issue(session, category, purchase.purchase_date, costs, {
        "name": line.description, "grant_id": purchase.grant_id, "purchase_line_id": line.id,
        "location_id": line.location_id, "condition": Condition.GOOD.value})


def _has_history(session: Session, asset_ids: Sequence[int]) -> bool:
    checks = [select(AssetCheckout.id).where(AssetCheckout.asset_id.in_(asset_ids)),
              select(AssetMaintenance.id).where(AssetMaintenance.asset_id.in_(asset_ids)),
              select(EquipmentUsage.id).where(EquipmentUsage.asset_id.in_(asset_ids)),
              select(StocktakeEntry.id).where(StocktakeEntry.asset_id.in_(asset_ids),
                                              StocktakeEntry.status != "pending"),
              select(Asset.id).where(Asset.id.in_(asset_ids), Asset.disposed_on.is_not(None))]
    return any(session.scalar(query.limit(1)) is not None for query in checks)


def remove_line_assets(session: Session, line_ids: Sequence[int]) -> int:
    """Delete the assets of removed asset lines; refused once any of them has a history (loan, repair, count...)."""
    if not line_ids:
        return 0
    asset_ids = list(session.scalars(select(Asset.id).where(Asset.purchase_line_id.in_(line_ids))))
    if not asset_ids:
        return 0
    if _has_history(session, asset_ids):
        code = session.scalar(select(Asset.code).where(Asset.id.in_(asset_ids)).order_by(Asset.code).limit(1))
        raise ValidationFailed("asset_has_history", field="lines", value=code)
    session.execute(delete(StocktakeEntry).where(StocktakeEntry.asset_id.in_(asset_ids)))
    session.execute(delete(Asset).where(Asset.id.in_(asset_ids)))
    return len(asset_ids)


def reprice_line_assets(session: Session, purchase: Purchase, line: PurchaseLine) -> None:
    """After an edit, the line's assets carry the new cost share, date and grant (their codes stay)."""
    asset_ids = list(session.scalars(select(Asset.id).where(Asset.purchase_line_id == line.id).order_by(Asset.id)))
    for asset_id, cost in zip(asset_ids, split_cost(line.total_satang, len(asset_ids)), strict=True):
        session.execute(update(Asset).where(Asset.id == asset_id).values(
            cost_satang=cost, acquired_on=purchase.purchase_date, grant_id=purchase.grant_id,
            version=Asset.version + 1))


@dataclass(frozen=True)
class AssetDetails:
    """Editable facts of one item; custodian is a teacher id or a free-text name."""

    name: str
    model: str = ""
    serial_no: str = ""
    location_id: int | None = None
    department_id: int | None = None
    custodian_teacher_id: int | None = None
    custodian_name: str = ""
    condition: str = Condition.GOOD.value
    warranty_until: dt.date | None = None
    funding_source: str = ""


def _check_details(session: Session, details: AssetDetails) -> AssetDetails:
    if not details.name.strip():
        raise ValidationFailed("required", field="name")
    if details.condition not in {c.value for c in Condition}:
        raise ValidationFailed("invalid", field="condition", value=details.condition)
    for model, value, name in ((Location, details.location_id, "location"),
                               (Department, details.department_id, "department"),
                               (Teacher, details.custodian_teacher_id, "custodian")):
        if value is not None and session.get(model, value) is None:
            raise NotFound(what=name, field=name)
    custodian = details.custodian_name.strip()
    if details.custodian_teacher_id is not None and not custodian:
        teacher = session.get(Teacher, details.custodian_teacher_id)
        custodian = f"{teacher.prefix}{teacher.first_name_th} {teacher.last_name_th}".strip() if teacher else ""
    return replace(details, name=details.name.strip(), model=details.model.strip(),
                   serial_no=details.serial_no.strip(), custodian_name=custodian,
                   funding_source=details.funding_source.strip())


def register_asset(uow: UnitOfWork, category_code: str, acquired_on: dt.date, cost: int,
                   details: AssetDetails) -> str:
    """Enter an item not bought from a grant here (donation, older stock); its funding source is free text."""
    require(uow.actor, "equipment.edit")
    clean = _check_details(uow.session, details)
    if cost < 0:
        raise ValidationFailed("money_negative", field="cost")
    category = category_by_code(uow.session, category_code)
    [code] = _issue(uow.session, category, acquired_on, [cost], asdict(clean))
    uow.audit("asset.create", "asset", code, {"cost": [None, cost], "funding_source": [None, clean.funding_source]})
    uow.changed(ASSETS)
    return code


def asset_by_code(session: Session, code: str) -> Asset:
    asset = session.scalars(select(Asset).where(Asset.code == code.strip().upper())).first()
    if asset is None:
        raise NotFound(what="asset", field="code", value=code)
    return asset


def edit_asset(uow: UnitOfWork, code: str, expected_version: int, details: AssetDetails) -> int:
    """Change an item's details (place, keeper, condition...); returns its new version."""
    require(uow.actor, "equipment.edit")
    asset = asset_by_code(uow.session, code)
    if asset.version != expected_version:
        raise Conflict(detail=f"asset {code} version {asset.version} != {expected_version}")
    apply_edit(uow, asset, asdict(_check_details(uow.session, details)), action="asset.edit", entity="asset",
               entity_id=asset.code, changes=(ASSETS,))
    return asset.version


@dataclass(frozen=True)
class AssetRow:
    """One line of the register as lists and reports show it (money in satang)."""

    id: int
    code: str
    name: str
    category: str
    acquired_on: dt.date
    cost: int
    book_value: int
    grant_id: int | None
    funding_source: str
    location: str
    custodian: str
    condition: str
    disposed_on: dt.date | None
    version: int
    model: str = ""
    serial_no: str = ""
    life_years: int = 0
    location_code: str = ""
    category_code: str = ""
    warranty_until: dt.date | None = None


def list_assets(session: Session, actor: Actor, *, as_of: dt.date, location_id: int | None = None,
                grant_id: int | None = None, search: str = "", include_disposed: bool = False,
                after_code: str = "", limit: int = PAGE_LIMIT) -> list[AssetRow]:
    """A page of the register in code order (keyset paging by `after_code`), with book values at `as_of`
    (a disposed item's at its disposal date)."""
    require(actor, "equipment.view")
    settings = equipment_settings(session)
    query = (select(Asset, AssetCategory, Location.name_th, Location.code)
             .join(AssetCategory, AssetCategory.id == Asset.category_id)
             .outerjoin(Location, Location.id == Asset.location_id)
             .where(Asset.code > after_code).order_by(Asset.code).limit(min(limit, PAGE_LIMIT)))
    if location_id is not None:
        query = query.where(Asset.location_id == location_id)
    if grant_id is not None:
        query = query.where(Asset.grant_id == grant_id)
    if not include_disposed:
        query = query.where(Asset.disposed_on.is_(None))
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(or_(Asset.code.ilike(pattern), Asset.name.ilike(pattern), Asset.serial_no.ilike(pattern)))
    return [AssetRow(a.id, a.code, a.name, c.name_th, a.acquired_on, a.cost_satang,
                     book_value(a.cost_satang, a.acquired_on, min(as_of, a.disposed_on or as_of),
                                settings.rule(c.useful_life_years)),
                     a.grant_id, a.funding_source, place or "", a.custodian_name, a.condition, a.disposed_on,
                     a.version, a.model, a.serial_no, c.useful_life_years, place_code or "", c.code,
                     a.warranty_until)
            for a, c, place, place_code in session.execute(query)]
