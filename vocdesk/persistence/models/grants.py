"""Grants for shortage programmes, their top-ups and transfers, vendors, purchases and purchase lines."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.persistence.base import Base, Versioned

# Money is integer satang, quantities integer thousandths, VAT basis points: exact on SQLite too. Never floats.


class FundingGrant(Versioned, Base):
    """One grant to one programme (curriculum) for one fiscal year (พ.ศ., Oct–Sep)."""

    __tablename__ = "funding_grant"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    source: Mapped[str] = mapped_column(String(200))
    reference_no: Mapped[str] = mapped_column(String(60), default="")
    amount_satang: Mapped[int] = mapped_column(BigInteger)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(Text, default="")
    confirmed_warnings: Mapped[str] = mapped_column(String(200), default="")


class GrantAdjustment(Base):
    """A top-up (+) or one side of a transfer (+ in, − out), recorded by an authorised user with a reason."""

    __tablename__ = "grant_adjustment"

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("funding_grant.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # topup | transfer_in | transfer_out
    amount_satang: Mapped[int] = mapped_column(BigInteger)  # signed
    counterpart_grant_id: Mapped[int | None] = mapped_column(ForeignKey("funding_grant.id"), nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    reference_no: Mapped[str] = mapped_column(String(60), default="")
    recorded_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(60))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Vendor(Versioned, Base):
    """A seller (ผู้ขาย/ผู้รับจ้าง), known by its 13-digit tax ID."""

    __tablename__ = "vendor"

    id: Mapped[int] = mapped_column(primary_key=True)
    tax_id: Mapped[str] = mapped_column(String(13), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")


class Purchase(Versioned, Base):
    """One procurement against a grant; `total_satang` is the sum of its lines' totals."""

    __tablename__ = "purchase"

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("funding_grant.id"), index=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendor.id"), index=True)
    purchase_date: Mapped[dt.date] = mapped_column(Date)
    order_no: Mapped[str] = mapped_column(String(60), default="")  # ใบสั่งซื้อ/สัญญา
    invoice_no: Mapped[str] = mapped_column(String(60), default="")  # ใบกำกับภาษี/ใบแจ้งหนี้
    receipt_no: Mapped[str] = mapped_column(String(60), default="")  # ใบเสร็จ/ใบตรวจรับ
    note: Mapped[str] = mapped_column(Text, default="")
    total_satang: Mapped[int] = mapped_column(BigInteger)


class PurchaseLine(Base):
    """A line of a purchase: an asset line creates register entries; consumables and services do not."""

    __tablename__ = "purchase_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    purchase_id: Mapped[int] = mapped_column(ForeignKey("purchase.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(300))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("asset_category.id"), nullable=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), nullable=True)
    quantity_milli: Mapped[int] = mapped_column(BigInteger)  # thousandths: 2.5 kg -> 2500
    unit: Mapped[str] = mapped_column(String(30), default="")
    unit_price_satang: Mapped[int] = mapped_column(BigInteger)
    vat_basis_points: Mapped[int] = mapped_column(Integer)  # 7% -> 700
    price_includes_vat: Mapped[bool] = mapped_column(Boolean, default=False)
    net_satang: Mapped[int] = mapped_column(BigInteger)
    vat_satang: Mapped[int] = mapped_column(BigInteger)
    total_satang: Mapped[int] = mapped_column(BigInteger)
