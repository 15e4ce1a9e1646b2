"""The annual stock-take: open (snapshot every item's place), scan codes per location, see progress, close."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import case, func, insert, literal, select, update
from sqlalchemy.orm import Session

from vocdesk.domain.equipment import normalize_asset_code, reconcile_scans
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import Asset, Location, Stocktake, StocktakeEntry
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.equipment import ASSETS, STOCKTAKE

MAX_CODES_PER_BATCH = 20_000


def _open(session: Session, stocktake_id: int) -> Stocktake:
    stocktake = session.get(Stocktake, stocktake_id)
    if stocktake is None:
        raise NotFound(what="stocktake", field="stocktake_id")
    if stocktake.closed_on is not None:
        raise ValidationFailed("stocktake_closed", field="stocktake_id", fiscal_year=stocktake.fiscal_year)
    return stocktake


def stocktake_for_year(session: Session, fiscal_year: int) -> int:
    found = session.scalar(select(Stocktake.id).where(Stocktake.fiscal_year == fiscal_year))
    if found is None:
        raise NotFound(what="stocktake", field="fiscal_year", value=fiscal_year)
    return int(found)


def open_stocktake(uow: UnitOfWork, fiscal_year: int, started_on: dt.date, committee: str = "") -> int:
    """Start the year's count: every item on the register is listed at the place the register gives."""
    require(uow.actor, "equipment.stocktake")
    if uow.session.scalar(select(Stocktake.id).where(Stocktake.fiscal_year == fiscal_year)) is not None:
        raise ValidationFailed("duplicate", field="fiscal_year", value=fiscal_year)
    stocktake = Stocktake(fiscal_year=fiscal_year, started_on=started_on, committee=committee.strip())
    uow.session.add(stocktake)
    uow.session.flush()
    snapshot = select(literal(stocktake.id), Asset.id, Asset.location_id, literal("pending"), literal(""),
                      literal("")).where(Asset.disposed_on.is_(None))
    uow.session.execute(insert(StocktakeEntry).from_select(
        ["stocktake_id", "asset_id", "expected_location_id", "status", "condition", "checked_by"], snapshot))
    count = uow.session.scalar(select(func.count()).select_from(StocktakeEntry)
                               .where(StocktakeEntry.stocktake_id == stocktake.id)) or 0
    uow.audit("stocktake.open", "stocktake", stocktake.id, {"fiscal_year": [None, fiscal_year], "items": [None, count]})
    uow.changed(STOCKTAKE)
    return stocktake.id


@dataclass(frozen=True)
class ScanReport:
    """What one batch of scans at one place found; codes of items found elsewhere map to their registered place."""

    location_code: str
    found_here: list[str] = field(default_factory=list)
    found_elsewhere: dict[str, str] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    not_yet_seen: list[str] = field(default_factory=list)


def scan_codes(uow: UnitOfWork, stocktake_id: int, location_id: int, codes: Sequence[str]) -> ScanReport:
    """Mark scanned or typed codes as found at `location_id` and report unknown, misplaced and unseen items."""
    require(uow.actor, "equipment.stocktake")
    _open(uow.session, stocktake_id)
    place = uow.session.get(Location, location_id)
    if place is None:
        raise NotFound(what="location", field="location_id")
    if len(codes) > MAX_CODES_PER_BATCH:
        raise ValidationFailed("too_many", field="codes", limit=MAX_CODES_PER_BATCH)
    wanted = {normalize_asset_code(code) for code in codes} - {""}
    entries = {code: (entry_id, status, expected) for entry_id, code, status, expected in uow.session.execute(
        select(StocktakeEntry.id, Asset.code, StocktakeEntry.status, StocktakeEntry.expected_location_id)
        .join(Asset, Asset.id == StocktakeEntry.asset_id).where(StocktakeEntry.stocktake_id == stocktake_id)
        .where((StocktakeEntry.expected_location_id == location_id) | Asset.code.in_(wanted)))}
    late = [(asset_id, code, where) for asset_id, code, where in uow.session.execute(
        select(Asset.id, Asset.code, Asset.location_id).where(Asset.code.in_(wanted), Asset.disposed_on.is_(None)))
        if code not in entries]
    for asset_id, code, where in late:  # bought after the count began: add them to it
        entry = StocktakeEntry(stocktake_id=stocktake_id, asset_id=asset_id, expected_location_id=where)
        uow.session.add(entry)
        uow.session.flush()
        entries[code] = (entry.id, "pending", where)
    register = {code: expected for code, (_, _, expected) in entries.items()}
    seen_before = [code for code, (_, status, _) in entries.items() if status == "found"]
    result = reconcile_scans(location_id, codes, register, already_seen=seen_before)
    found = [entries[code][0] for code in [*result.found_here, *result.found_elsewhere]]
    if found:
        uow.session.execute(update(StocktakeEntry).where(StocktakeEntry.id.in_(found)).values(
            status="found", found_location_id=location_id, checked_at=uow.clock.now(),
            checked_by=uow.actor.username))
    names = dict(uow.session.execute(select(Location.id, Location.code).where(
        Location.id.in_({where for where in result.found_elsewhere.values() if where is not None}))).all())
    uow.audit("stocktake.scan", "stocktake", stocktake_id, {"location": [None, place.code], "found": [None, len(found)],
                                                          "unknown": [None, len(result.unknown)]})
    uow.changed(STOCKTAKE)
    return ScanReport(place.code, result.found_here,
                      {code: names.get(where, "") if where is not None else "" for code, where
                       in result.found_elsewhere.items()}, result.unknown, result.duplicates, result.not_seen)


@dataclass(frozen=True)
class LocationProgress:
    location_id: int | None
    location_code: str
    expected: int
    found_here: int
    found_elsewhere: int
    missing: int
    pending: int


def stocktake_progress(session: Session, actor: Actor, stocktake_id: int) -> list[LocationProgress]:
    """Per registered place: how many items are expected, found there, found elsewhere, missing, still pending."""
    require(actor, "equipment.view")
    entry = StocktakeEntry
    here = (entry.status == "found") & (entry.found_location_id == entry.expected_location_id)
    query = (select(entry.expected_location_id, func.coalesce(Location.code, ""), func.count(),
                    func.sum(case((here, 1), else_=0)),
                    func.sum(case(((entry.status == "found") & ~here, 1), else_=0)),
                    func.sum(case((entry.status == "missing", 1), else_=0)),
                    func.sum(case((entry.status == "pending", 1), else_=0)))
             .outerjoin(Location, Location.id == entry.expected_location_id)
             .where(entry.stocktake_id == stocktake_id)
             .group_by(entry.expected_location_id, Location.code).order_by(Location.code))
    return [LocationProgress(lid, code, int(n), int(h or 0), int(e or 0), int(m or 0), int(p or 0))
            for lid, code, n, h, e, m, p in session.execute(query)]


@dataclass(frozen=True)
class Discrepancy:
    code: str
    name: str
    expected_location: str
    found_location: str  # empty when missing


def stocktake_discrepancies(session: Session, actor: Actor, stocktake_id: int) -> list[Discrepancy]:
    """Items missing or found somewhere other than the register says, in code order."""
    require(actor, "equipment.view")
    expected, found = Location.__table__.alias("expected"), Location.__table__.alias("found")
    query = (select(Asset.code, Asset.name, func.coalesce(expected.c.code, ""), func.coalesce(found.c.code, ""))
             .select_from(StocktakeEntry).join(Asset, Asset.id == StocktakeEntry.asset_id)
             .outerjoin(expected, expected.c.id == StocktakeEntry.expected_location_id)
             .outerjoin(found, found.c.id == StocktakeEntry.found_location_id)
             .where(StocktakeEntry.stocktake_id == stocktake_id)
             .where((StocktakeEntry.status == "missing") | (
                 (StocktakeEntry.status == "found")
                 & ((StocktakeEntry.expected_location_id.is_(None))
                    | (StocktakeEntry.found_location_id != StocktakeEntry.expected_location_id))))
             .order_by(Asset.code))
    return [Discrepancy(*row) for row in session.execute(query)]


def close_stocktake(uow: UnitOfWork, stocktake_id: int, closed_on: dt.date, move_found_items: bool = True) -> int:
    """Close the count: unseen items become missing; items found elsewhere move there on the register if asked."""
    require(uow.actor, "equipment.stocktake")
    stocktake = _open(uow.session, stocktake_id)
    missing = uow.session.execute(update(StocktakeEntry).where(
        StocktakeEntry.stocktake_id == stocktake_id, StocktakeEntry.status == "pending").values(status="missing"))
    moved = 0
    if move_found_items:
        moves = list(uow.session.execute(select(StocktakeEntry.asset_id, StocktakeEntry.found_location_id).where(
            StocktakeEntry.stocktake_id == stocktake_id, StocktakeEntry.status == "found",
            StocktakeEntry.found_location_id != func.coalesce(StocktakeEntry.expected_location_id, -1))))
        for asset_id, where in moves:
            uow.session.execute(update(Asset).where(Asset.id == asset_id).values(
                location_id=where, version=Asset.version + 1))
        moved = len(moves)
    stocktake.closed_on = closed_on
    count = int(getattr(missing, "rowcount", 0) or 0)
    uow.audit("stocktake.close", "stocktake", stocktake_id, {"missing": [None, count], "moved": [None, moved]})
    uow.changed(STOCKTAKE, ASSETS)
    return count
