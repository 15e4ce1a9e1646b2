"""Locations (rooms, workshops), asset categories, the asset register and its check-outs, repairs, stock-takes, use."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned


class Location(Versioned, Base):
    """A room, workshop, lab or store; shared with room bookings (capacity, bookable)."""

    __tablename__ = "location"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name_th: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="room")  # room | workshop | lab | store | office | outdoor
    building: Mapped[str] = mapped_column(String(100), default="")
    floor: Mapped[str] = mapped_column(String(20), default="")
    capacity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), nullable=True)
    is_bookable: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AssetCategory(Versioned, Base):
    """A kind of ครุภัณฑ์ with its code part (e.g. 7440-001) and useful life for depreciation (0 = none)."""

    __tablename__ = "asset_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name_th: Mapped[str] = mapped_column(String(200))
    useful_life_years: Mapped[int] = mapped_column(Integer)


class Asset(Versioned, Base):
    """One line of the ทะเบียนคุมทรัพย์สิน: identity, cost, funding, place, keeper, condition, disposal."""

    __tablename__ = "asset"
    __table_args__ = (UniqueConstraint("category_id", "fiscal_year", "running_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    category_id: Mapped[int] = mapped_column(ForeignKey("asset_category.id"), index=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    running_no: Mapped[int] = mapped_column(Integer)
    model: Mapped[str] = mapped_column(String(120), default="")
    serial_no: Mapped[str] = mapped_column(String(120), default="")
    acquired_on: Mapped[dt.date] = mapped_column(Date)
    cost_satang: Mapped[int] = mapped_column(BigInteger)
    grant_id: Mapped[int | None] = mapped_column(ForeignKey("funding_grant.id"), nullable=True, index=True)
    purchase_line_id: Mapped[int | None] = mapped_column(ForeignKey("purchase_line.id"), nullable=True, index=True)
    funding_source: Mapped[str] = mapped_column(String(200), default="")
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), nullable=True, index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), nullable=True)
    custodian_teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"), nullable=True)
    custodian_name: Mapped[str] = mapped_column(String(200), default="")
    condition: Mapped[str] = mapped_column(String(20), default="good")
    warranty_until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    disposed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    disposal_reason: Mapped[str] = mapped_column(Text, default="")
    disposal_method: Mapped[str] = mapped_column(String(40), default="")
    disposal_approved_by: Mapped[str] = mapped_column(String(200), default="")
    disposal_reference: Mapped[str] = mapped_column(String(60), default="")


class AssetCheckout(Base):
    """A loan of an asset to a person, room or department; open while `returned_on` is empty."""

    __tablename__ = "asset_checkout"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"), index=True)
    holder_kind: Mapped[str] = mapped_column(String(20))  # person | room | department
    holder_teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"), nullable=True)
    holder_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), nullable=True)
    holder_department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), nullable=True)
    holder_name: Mapped[str] = mapped_column(String(200), default="")
    out_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    returned_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    condition_on_return: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class AssetMaintenance(Base):
    """One repair, service or inspection of an asset, with its cost in satang."""

    __tablename__ = "asset_maintenance"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"), index=True)
    done_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))  # repair | service | inspection
    description: Mapped[str] = mapped_column(Text)
    cost_satang: Mapped[int] = mapped_column(BigInteger, default=0)
    performed_by: Mapped[str] = mapped_column(String(200), default="")
    condition_after: Mapped[str] = mapped_column(String(20), default="")


class Stocktake(Versioned, Base):
    """An annual stock-take (การตรวจนับพัสดุประจำปี) of one fiscal year."""

    __tablename__ = "stocktake"

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, unique=True)
    started_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    committee: Mapped[str] = mapped_column(Text, default="")


class StocktakeEntry(Base):
    """One asset in one stock-take: where it should be, and whether and where it was found."""

    __tablename__ = "stocktake_entry"
    __table_args__ = (UniqueConstraint("stocktake_id", "asset_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktake.id"), index=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"), index=True)
    expected_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending | found | missing
    found_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), nullable=True)
    condition: Mapped[str] = mapped_column(String(20), default="")
    checked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    checked_by: Mapped[str] = mapped_column(String(60), default="")


class EquipmentUsage(Base):
    """Minutes an asset was used, for teaching or a short course; `source_kind/source_id` link to a booking."""

    __tablename__ = "equipment_usage"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"), index=True)
    used_on: Mapped[dt.date] = mapped_column(Date, index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(20))  # teaching | short_course | other
    source_kind: Mapped[str] = mapped_column(String(20), default="manual")  # manual | booking | timetable
    source_id: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(60), default="")
