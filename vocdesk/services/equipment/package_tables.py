"""The asset register as a package table: what OVEC needs about grant-funded equipment, no custodian names."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from vocdesk.domain.programme_codes import national_code
from vocdesk.io.package import std2018
from vocdesk.persistence.models import Asset, AssetCategory, Department, FundingGrant, Location, Programme
from vocdesk.services.kinds.package_tables import PackageTable, Row, has_tables


def _baht(satang: int) -> str:
    sign = "-" if satang < 0 else ""
    whole, part = divmod(abs(satang), 100)
    return f"{sign}{whole}.{part:02d}"


def equipment_rows(session: Session, period: str) -> Iterator[Row]:
    """Every asset on the register, disposed ones included with their disposal date, by asset code."""
    grant_programme = aliased(Programme)
    query = (
        select(Asset.code, Asset.name, AssetCategory.code, AssetCategory.name_th, Asset.fiscal_year,
               Asset.acquired_on, Asset.cost_satang, Asset.funding_source, grant_programme.major_code,
               Location.code, Department.code, Asset.condition, Asset.disposed_on)
        .join(AssetCategory, Asset.category_id == AssetCategory.id)
        .outerjoin(FundingGrant, Asset.grant_id == FundingGrant.id)
        .outerjoin(grant_programme, FundingGrant.programme_id == grant_programme.id)
        .outerjoin(Location, Asset.location_id == Location.id)
        .outerjoin(Department, Asset.department_id == Department.id)
        .order_by(Asset.code)
    )
    for (code, name, category_code, category_name, fiscal_year, acquired, cost, source, programme_code,
         location_code, department_code, condition, disposed) in session.execute(query):
        yield (code, name, category_code, category_name, str(fiscal_year), acquired.isoformat(), _baht(cost),
               source or "", national_code(programme_code or ""), location_code or "", department_code or "",
               condition or "",
               disposed.isoformat() if disposed else "")


def equipment_count(session: Session, _period: str) -> int:
    return int(session.scalar(select(func.count()).select_from(Asset)) or 0)


def package_tables() -> tuple[PackageTable, ...]:
    return (PackageTable("equipment", std2018.EQUIPMENT, equipment_rows, equipment_count,
                         available=has_tables("asset", "asset_category"), order=30),)
