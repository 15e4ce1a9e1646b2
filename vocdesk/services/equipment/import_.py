"""The `equipment` import kind: bring an Excel asset register in (new items and updates by asset code)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from vocdesk.domain.academic import fiscal_year_of
from vocdesk.domain.grants import format_baht
from vocdesk.io.imports import CancelCheck, ParsedFile, ParsedRow
from vocdesk.io.imports.equipment import CONDITION_NAMES, EQUIPMENT
from vocdesk.io.imports.findings import Finding, error
from vocdesk.persistence.models import Asset, AssetCategory, Location
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.equipment import ASSETS
from vocdesk.services.equipment.settings import ensure_default_categories
from vocdesk.services.kinds.imports import ImportPlan, RowChange

DIRECT = {"assetName": "name", "model": "model", "serialNo": "serial_no", "acquiredOn": "acquired_on",
          "cost": "cost_satang", "fundingSource": "funding_source", "custodian": "custodian_name",
          "condition": "condition", "warrantyUntil": "warranty_until"}
FIXED_BY_PURCHASE = ("acquired_on", "cost_satang", "category_id")
"""Items bought through a purchase take these from the purchase line; an import may not change them."""
COLUMN_OF = {**{name: column for column, name in DIRECT.items()}, "category_id": "categoryCode",
             "location_id": "locationCode"}


class EquipmentImport:
    """The ImportKind for an asset register kept in Excel (ทะเบียนครุภัณฑ์)."""

    declaration = EQUIPMENT
    permission = "equipment.import"
    changes = (ASSETS,)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        ensure_default_categories(session)
        categories = dict(session.execute(select(AssetCategory.code, AssetCategory.id)).all())
        locations = dict(session.execute(select(Location.code, Location.id)).all())
        codes = [row.values["assetCode"] for row in parsed.rows if "assetCode" in row.values]
        existing = {a.code: a for a in session.scalars(select(Asset).where(Asset.code.in_(codes)))} if codes else {}
        plan = ImportPlan()
        bad = {(f.row, f.column) for f in parsed.findings if f.is_error}
        for row in parsed.rows:
            if "assetCode" in row.values:
                _plan_row(plan, row, existing.get(row.values["assetCode"]), categories, locations, bad)
        return plan

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        inserts = [plan.payload[row] for row in rows if plan.changes[row].action == "insert"]
        updates = [plan.payload[row] for row in rows if plan.changes[row].action == "update"]
        if inserts:
            _number(uow.session, inserts)
            uow.session.execute(insert(Asset), [{**values, "version": 1} for values in inserts])
        for values in updates:
            if cancel is not None and cancel():
                break
            asset_id = values.pop("id")
            uow.session.execute(update(Asset).where(Asset.id == asset_id).values(**values,
                                                                                 version=Asset.version + 1))
        uow.audit("asset.import", "asset", parsed.path.name,
                  {"inserted": len(inserts), "updated": len(updates),
                   "codes": [plan.changes[row].key for row in rows][:200]})
        return len(inserts), len(updates)


def _plan_row(plan: ImportPlan, row: ParsedRow, old: Asset | None, categories: dict[str, int],
              locations: dict[str, int], bad: set[tuple[int, str]]) -> None:
    values = row.values
    findings: list[Finding] = []
    new: dict[str, Any] = {name: values[column] for column, name in DIRECT.items() if column in values}
    if "categoryCode" in values:
        if values["categoryCode"] in categories:
            new["category_id"] = categories[values["categoryCode"]]
        else:
            findings.append(error(row.row, "categoryCode", "import_category_unknown", value=values["categoryCode"]))
    if "locationCode" in values:
        location = locations.get(values["locationCode"].upper())
        if location is None:
            findings.append(error(row.row, "locationCode", "import_location_unknown", value=values["locationCode"]))
        new["location_id"] = location
    if old is None:
        findings += [error(row.row, column.name, "import_required", column=column.header_th)
                     for column in EQUIPMENT.columns
                     if column.required and column.name not in values and (row.row, column.name) not in bad]
    else:
        findings += [error(row.row, COLUMN_OF[name], "import_asset_from_purchase", code=old.code)
                     for name in FIXED_BY_PURCHASE
                     if old.purchase_line_id is not None and name in new and new[name] != getattr(old, name)]
    plan.findings += findings
    if findings or any(r == row.row for r, _ in bad):
        return
    code = values["assetCode"]
    if old is None:
        plan.changes[row.row] = RowChange(row.row, code, "insert")
        plan.payload[row.row] = {"code": code, **new}
        return
    diff = {name: value for name, value in new.items() if getattr(old, name) != value}
    if not diff:
        plan.unchanged.add(row.row)
        return
    codes = {**{("location_id", i): c for c, i in locations.items()},
             **{("category_id", i): c for c, i in categories.items()}}
    plan.changes[row.row] = RowChange(row.row, code, "update", {
        COLUMN_OF[name]: (codes.get((name, getattr(old, name)), _shown(name, getattr(old, name))),
                          codes.get((name, value), _shown(name, value))) for name, value in diff.items()})
    plan.payload[row.row] = {"id": old.id, **diff}


def _shown(name: str, value: Any) -> Any:
    if value is None:
        return ""
    if name == "cost_satang":
        return format_baht(int(value))
    if name == "condition":
        return CONDITION_NAMES.get(str(value), value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _number(session: Session, inserts: list[dict[str, Any]]) -> None:
    """Imported codes stay as labelled; each item still gets a running number in its category and fiscal year,
    after every number already used, so codes the application issues later never repeat these."""
    highest: dict[tuple[int, int], int] = {}
    for values in inserts:
        key = (int(values["category_id"]), fiscal_year_of(values["acquired_on"]))
        if key not in highest:
            highest[key] = int(session.scalar(select(func.coalesce(func.max(Asset.running_no), 0)).where(
                Asset.category_id == key[0], Asset.fiscal_year == key[1])) or 0)
        highest[key] += 1
        values["fiscal_year"], values["running_no"] = key[1], highest[key]
