"""Read-only queries for the Assets page: ordered ids under filters, row pages, filter choices, one item's history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import fiscal_year_of
from vocdesk.domain.equipment import DepreciationYear, book_value, depreciation_schedule
from vocdesk.errors import NotFound
from vocdesk.persistence.models import (
    Asset,
    AssetCategory,
    AssetCheckout,
    AssetMaintenance,
    FundingGrant,
    Location,
    Stocktake,
    StocktakeEntry,
)
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.equipment.settings import equipment_settings

SORTS = {"code": Asset.code, "name": Asset.name, "acquired_on": Asset.acquired_on, "cost": Asset.cost_satang,
         "condition": Asset.condition}


@dataclass(frozen=True)
class AssetFilters:
    """What the register list is narrowed to; None means any."""

    location_id: int | None = None
    category_id: int | None = None
    grant_id: int | None = None
    condition: str = ""
    include_disposed: bool = False


@dataclass(frozen=True)
class AssetChoices:
    """Filter choices: (id, label) for places, categories and grants."""

    locations: list[tuple[int, str]]
    categories: list[tuple[int, str]]
    grants: list[tuple[int, str]]


def _filtered(query: Any, search: str, filters: AssetFilters) -> Any:
    if filters.location_id is not None:
        query = query.where(Asset.location_id == filters.location_id)
    if filters.category_id is not None:
        query = query.where(Asset.category_id == filters.category_id)
    if filters.grant_id is not None:
        query = query.where(Asset.grant_id == filters.grant_id)
    if filters.condition:
        query = query.where(Asset.condition == filters.condition)
    if not filters.include_disposed:
        query = query.where(Asset.disposed_on.is_(None))
    for word in search.split():
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(or_(Asset.code.ilike(pattern, escape="\\"), Asset.name.ilike(pattern, escape="\\"),
                                Asset.serial_no.ilike(pattern, escape="\\")))
    return query


def asset_ids(session: Session, actor: Actor, search: str, filters: AssetFilters, sort_key: str = "code",
              descending: bool = False) -> list[int]:
    """Ids of every matching item in list order (each word must occur in the code, name or serial)."""
    require(actor, "equipment.view")
    column = SORTS.get(sort_key, Asset.code)
    order = column.desc() if descending else column.asc()
    query = _filtered(select(Asset.id), search, filters).order_by(order, Asset.code)
    return list(session.scalars(query))


def asset_sort_texts(session: Session, actor: Actor, search: str, filters: AssetFilters,
                     sort_key: str) -> list[tuple[int, str]]:
    """(id, text) for Thai-collated sorting of the name or place columns."""
    require(actor, "equipment.view")
    column = Location.name_th if sort_key == "location" else Asset.name
    query = _filtered(select(Asset.id, column).outerjoin(Location, Location.id == Asset.location_id), search, filters)
    return [(int(i), text or "") for i, text in session.execute(query)]


def asset_rows(session: Session, actor: Actor, ids: Sequence[int], as_of: dt.date) -> list[tuple[Any, ...]]:
    """(id, code, name, category, place, acquired, cost, book value, condition) for these ids."""
    require(actor, "equipment.view")
    settings = equipment_settings(session)
    query = (select(Asset, AssetCategory.name_th, AssetCategory.useful_life_years, Location.name_th)
             .join(AssetCategory, AssetCategory.id == Asset.category_id)
             .outerjoin(Location, Location.id == Asset.location_id).where(Asset.id.in_(list(ids))))
    return [(a.id, a.code, a.name, category, place or "", a.acquired_on, a.cost_satang,
             book_value(a.cost_satang, a.acquired_on, min(as_of, a.disposed_on or as_of), settings.rule(life)),
             a.condition)
            for a, category, life, place in session.execute(query)]


def asset_choices(session: Session, actor: Actor) -> AssetChoices:
    require(actor, "equipment.view")
    places = [(i, f"{code} {name}") for i, code, name in session.execute(
        select(Location.id, Location.code, Location.name_th).order_by(Location.code))]
    categories = [(i, f"{code} {name}") for i, code, name in session.execute(
        select(AssetCategory.id, AssetCategory.code, AssetCategory.name_th).order_by(AssetCategory.code))]
    grants = [(i, f"{year} {source} {ref}".strip()) for i, year, source, ref in session.execute(
        select(FundingGrant.id, FundingGrant.fiscal_year, FundingGrant.source, FundingGrant.reference_no)
        .order_by(FundingGrant.fiscal_year.desc(), FundingGrant.id))]
    return AssetChoices(places, categories, grants)


@dataclass(frozen=True)
class AssetHistory:
    """One item: its register fields, loans, maintenance and yearly depreciation."""

    record: list[tuple[str, str]]
    """(field key, value as text) in register order."""
    loans: list[tuple[dt.date, dt.date | None, dt.date | None, str, str]]
    """(out, due, returned, holder, condition on return), newest first."""
    maintenance: list[tuple[dt.date, str, str, int, str, str]]
    """(date, kind, description, cost, by, condition after), newest first."""
    schedule: list[DepreciationYear]
    book_value: int
    """At `as_of` (a disposed item's at its disposal date)."""


def asset_history(session: Session, actor: Actor, asset_id: int, as_of: dt.date) -> AssetHistory:
    require(actor, "equipment.view")
    asset = session.get(Asset, asset_id)
    if asset is None:
        raise NotFound(what="asset", field="asset_id", id=asset_id)
    category = session.get(AssetCategory, asset.category_id)
    place = session.get(Location, asset.location_id) if asset.location_id else None
    grant = session.get(FundingGrant, asset.grant_id) if asset.grant_id else None
    settings = equipment_settings(session)
    life = category.useful_life_years if category else 0
    until = fiscal_year_of(min(as_of, asset.disposed_on or as_of))
    rule = settings.rule(life)
    schedule = depreciation_schedule(asset.cost_satang, asset.acquired_on, rule, until)
    value = book_value(asset.cost_satang, asset.acquired_on, min(as_of, asset.disposed_on or as_of), rule)
    funding = (f"{grant.source} {grant.fiscal_year} {grant.reference_no}".strip() if grant
               else asset.funding_source)
    record = [("code", asset.code), ("name", asset.name),
              ("category", f"{category.code} {category.name_th}" if category else ""),
              ("model", asset.model), ("serial", asset.serial_no), ("acquired", asset.acquired_on.isoformat()),
              ("cost", str(asset.cost_satang)), ("life", str(life)), ("funding", funding),
              ("place", f"{place.code} {place.name_th}" if place else ""), ("custodian", asset.custodian_name),
              ("condition", asset.condition),
              ("warranty", asset.warranty_until.isoformat() if asset.warranty_until else ""),
              ("disposed", f"{asset.disposed_on.isoformat()} {asset.disposal_method} {asset.disposal_reason}".strip()
               if asset.disposed_on else "")]
    loans = [(c.out_on, c.due_on, c.returned_on, c.holder_name, c.condition_on_return) for c in session.scalars(
        select(AssetCheckout).where(AssetCheckout.asset_id == asset_id).order_by(AssetCheckout.out_on.desc()))]
    repairs = [(m.done_on, m.kind, m.description, m.cost_satang, m.performed_by, m.condition_after)
               for m in session.scalars(select(AssetMaintenance).where(AssetMaintenance.asset_id == asset_id)
                                        .order_by(AssetMaintenance.done_on.desc()))]
    return AssetHistory(record, loans, repairs, schedule, value)


def stocktake_choices(session: Session, actor: Actor) -> list[tuple[int, int, bool]]:
    """(id, fiscal year พ.ศ., closed) of every stock-take, newest first."""
    require(actor, "equipment.view")
    return [(int(i), int(year), closed is not None) for i, year, closed in session.execute(
        select(Stocktake.id, Stocktake.fiscal_year, Stocktake.closed_on).order_by(Stocktake.fiscal_year.desc()))]


def unseen_items(session: Session, actor: Actor, stocktake_id: int, location_id: int) -> list[tuple[str, str]]:
    """(code, name) of the items the register puts in this place that the count has not seen yet."""
    require(actor, "equipment.view")
    return [(code, name) for code, name in session.execute(
        select(Asset.code, Asset.name).join(StocktakeEntry, StocktakeEntry.asset_id == Asset.id)
        .where(StocktakeEntry.stocktake_id == stocktake_id, StocktakeEntry.expected_location_id == location_id,
               StocktakeEntry.status == "pending").order_by(Asset.code))]
