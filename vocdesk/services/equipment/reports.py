"""PDF reports on equipment: the asset register (ทะเบียนคุมทรัพย์สิน), one item's card, a grant's statement."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from vocdesk.domain.academic import fiscal_year_of
from vocdesk.domain.equipment import Condition, depreciation_schedule
from vocdesk.domain.grants import format_baht
from vocdesk.domain.thai_dates import format_be_short, parse_thai_date
from vocdesk.errors import ValidationFailed
from vocdesk.io.pdf import ReportOptions, render_report
from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.io.pdf.model import Column
from vocdesk.persistence.models import AssetCategory, AssetCheckout, AssetMaintenance
from vocdesk.services.core.permissions import require
from vocdesk.services.equipment.assets import AssetRow, asset_by_code, list_assets
from vocdesk.services.equipment.grant_reports import grant_statement, grant_usage
from vocdesk.services.equipment.grants import list_grants
from vocdesk.services.equipment.locations import location_id_by_code
from vocdesk.services.equipment.settings import equipment_settings
from vocdesk.services.kinds.reports import ReportRequest

CONDITION_TH = {Condition.GOOD.value: "ดี", Condition.FAIR.value: "พอใช้", Condition.DAMAGED.value: "ชำรุด",
                Condition.IN_REPAIR.value: "ส่งซ่อม", Condition.UNUSABLE.value: "ใช้การไม่ได้"}
MAINTENANCE_TH = {"repair": "ซ่อม", "service": "บำรุงรักษา", "inspection": "ตรวจสภาพ"}
KIND_TH = {"asset": "ครุภัณฑ์", "consumable": "วัสดุ", "service": "ค่าบริการ", "topup": "รับเงินเพิ่ม",
           "transfer_in": "รับโอน", "transfer_out": "โอนออก"}


def _request(data_source: Any) -> ReportRequest:
    if not isinstance(data_source, ReportRequest):
        raise TypeError("equipment reports need a ReportRequest")
    require(data_source.context.actor, "reports.print")
    require(data_source.context.actor, "equipment.view")
    return data_source


def _date_param(request: ReportRequest, name: str) -> dt.date:
    raw = request.params.get(name, "")
    if not raw:
        return request.context.today()
    parsed = parse_thai_date(raw)
    if parsed is None:
        raise ValidationFailed("invalid", field=name, value=raw)
    return parsed.date


def _all_rows(request: ReportRequest, as_of: dt.date) -> list[AssetRow]:
    ctx, params = request.context, request.params
    rows: list[AssetRow] = []
    with ctx.db.read() as session:
        room = location_id_by_code(session, params["location"]) if params.get("location") else None
        grant = request.int_param("grant", 0) or None
        while True:
            page = list_assets(session, ctx.actor, as_of=as_of, location_id=room, grant_id=grant,
                               include_disposed=params.get("disposed", "") == "1",
                               after_code=rows[-1].code if rows else "")
            if not page:
                return rows
            rows += page


class AssetRegisterReport:
    name = "asset-register"
    description_th = "ทะเบียนคุมทรัพย์สิน (ครุภัณฑ์) พร้อมค่าเสื่อมราคาสะสมและมูลค่าสุทธิ"
    description_en = "Asset register with accumulated depreciation and book value (params location, grant, as_of)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = _request(data_source)
        as_of = _date_param(request, "as_of")
        rows = _all_rows(request, as_of)
        with request.context.db.read() as session:
            grants = {g.id: f"เงินอุดหนุน {g.source} ปี {g.fiscal_year}"
                      for g in list_grants(session, request.context.actor)}
        table = [[str(n), r.code, " ".join(part for part in (r.name, r.model, r.serial_no) if part),
                  format_be_short(r.acquired_on), format_baht(r.cost),
                  grants.get(r.grant_id, "") if r.grant_id else r.funding_source, r.location, r.custodian,
                  str(r.life_years), format_baht(r.cost - r.book_value), format_baht(r.book_value),
                  f"จำหน่าย {format_be_short(r.disposed_on)}" if r.disposed_on else CONDITION_TH.get(r.condition, "")]
                 for n, r in enumerate(rows, start=1)]
        columns = [Column("ที่", 0.7, "right"), Column("รหัสครุภัณฑ์", 3.1), Column("รายการ ยี่ห้อ รุ่น หมายเลข", 3.8),
                   Column("วันที่ได้มา", 2.0, "centre"), Column("ราคาทุน", 2.0, "right"), Column("แหล่งเงิน", 2.6),
                   Column("สถานที่ตั้ง", 2.1), Column("ผู้รับผิดชอบ", 1.9), Column("อายุ (ปี)", 0.9, "right"),
                   Column("ค่าเสื่อมสะสม", 2.0, "right"), Column("มูลค่าสุทธิ", 2.0, "right"),
                   Column("สภาพ", 1.3, "centre")]
        total_cost, total_book = sum(r.cost for r in rows), sum(r.book_value for r in rows)

        def story(kit: Any) -> list[Any]:
            return [kit.heading(f"ทะเบียนคุมทรัพย์สิน ณ วันที่ {format_be_short(as_of)}"),
                    kit.paragraph(f"จำนวน {len(rows):,} รายการ ราคาทุนรวม {format_baht(total_cost)} บาท "
                                  f"ค่าเสื่อมราคาสะสม {format_baht(total_cost - total_book)} บาท "
                                  f"มูลค่าสุทธิ {format_baht(total_book)} บาท", 13, space_after=6),
                    kit.table(columns, table, 10)]
        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=True)


class AssetCardReport:
    name = "asset-card"
    description_th = "บัญชีรายละเอียดครุภัณฑ์รายตัว: ค่าเสื่อมราคารายปี การยืม และประวัติการซ่อม"
    description_en = "One item's card: yearly depreciation, loans and repairs (param code)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = _request(data_source)
        ctx = request.context
        code = request.required("code", report=self.name, example="3400-001-0001/60")
        with ctx.db.read() as session:
            asset = asset_by_code(session, code)
            category = session.get(AssetCategory, asset.category_id)
            assert category is not None
            rule = equipment_settings(session).rule(category.useful_life_years)
            loans = [[format_be_short(c.out_on), c.holder_name, format_be_short(c.due_on) if c.due_on else "",
                      format_be_short(c.returned_on) if c.returned_on else "ยังไม่คืน"]
                     for c in session.scalars(select(AssetCheckout).where(AssetCheckout.asset_id == asset.id)
                                              .order_by(AssetCheckout.out_on))]
            repairs = [[format_be_short(m.done_on), MAINTENANCE_TH.get(m.kind, m.kind), m.description,
                        format_baht(m.cost_satang), m.performed_by]
                       for m in session.scalars(select(AssetMaintenance).where(AssetMaintenance.asset_id == asset.id)
                                                .order_by(AssetMaintenance.done_on))]
            last_year = fiscal_year_of(asset.disposed_on or ctx.today())
            schedule = [[str(y.fiscal_year), format_baht(y.charge), format_baht(y.accumulated),
                         format_baht(y.book_value)]
                        for y in depreciation_schedule(asset.cost_satang, asset.acquired_on, rule, last_year)]
            facts = (f"รหัส {asset.code}  {asset.name}  ประเภท {category.name_th} ({category.code})  "
                     f"ยี่ห้อ/รุ่น {asset.model or '-'}  หมายเลข {asset.serial_no or '-'}  "
                     f"วันที่ได้มา {format_be_short(asset.acquired_on)}  ราคาทุน {format_baht(asset.cost_satang)} บาท  "
                     f"อายุการใช้งาน {category.useful_life_years} ปี  สภาพ {CONDITION_TH.get(asset.condition, '')}")
            disposal = (f"จำหน่ายเมื่อ {format_be_short(asset.disposed_on)} เหตุผล {asset.disposal_reason} "
                        f"วิธี {asset.disposal_method} อนุมัติโดย {asset.disposal_approved_by} "
                        f"{asset.disposal_reference}") if asset.disposed_on else ""
            title = f"ครุภัณฑ์ {asset.code}"

        def story(kit: Any) -> list[Any]:
            parts = [kit.heading(title), kit.paragraph(facts, 13, space_after=6),
                     kit.heading("ค่าเสื่อมราคารายปีงบประมาณ (ปีปัจจุบันคิดถึงสิ้นปีงบประมาณ)", 14),
                     kit.table([Column("ปีงบประมาณ", 1.5, "centre"), Column("ค่าเสื่อมราคา", 2, "right"),
                                Column("ค่าเสื่อมสะสม", 2, "right"), Column("มูลค่าสุทธิ", 2, "right")], schedule, 11)]
            if disposal:
                parts.append(kit.paragraph(disposal, 13))
            parts += [kit.space(8), kit.heading("การยืม", 14),
                      kit.table([Column("วันที่ยืม", 1.5), Column("ผู้ยืม/ที่ใช้", 4), Column("กำหนดคืน", 1.5),
                                 Column("วันที่คืน", 1.5)], loans, 11) if loans else kit.paragraph("ไม่มี", 13),
                      kit.space(8), kit.heading("ประวัติการซ่อมบำรุง", 14),
                      kit.table([Column("วันที่", 1.5), Column("ประเภท", 1.2), Column("รายละเอียด", 4),
                                 Column("ค่าใช้จ่าย", 1.5, "right"), Column("ผู้ดำเนินการ", 2)], repairs, 11)
                      if repairs else kit.paragraph("ไม่มี", 13)]
            return parts
        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=False)


class GrantStatementReport:
    name = "grant-statement"
    description_th = "รายงานการใช้จ่ายเงินอุดหนุนและการใช้งานครุภัณฑ์ที่จัดซื้อ"
    description_en = "Grant statement: every movement with the balance, and use of what it bought (param grant)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = _request(data_source)
        ctx, grant_id = request.context, request.int_param("grant", 0)
        with ctx.db.read() as session:
            statement = grant_statement(session, ctx.actor, grant_id)
            usage = grant_usage(session, ctx.actor, grant_id, statement.summary.start_date, ctx.today())
        s = statement.summary
        moves = [[format_be_short(line.day), KIND_TH.get(line.kind, line.kind), line.description, line.vendor,
                  line.documents, f"{line.quantity.normalize():f}", format_baht(line.total),
                  format_baht(line.balance_after)] for line in statement.lines]
        used = [[u.code, u.name, format_baht(u.cost), f"{u.teaching_hours:g}", f"{u.short_course_hours:g}",
                 format_be_short(u.last_used) if u.last_used else "ยังไม่มีการใช้งาน"] for u in usage]
        idle = sum(1 for u in usage if u.last_used is None)

        def story(kit: Any) -> list[Any]:
            return [kit.heading(f"เงินอุดหนุน {s.programme_name} ปีงบประมาณ {s.fiscal_year}"),
                    kit.paragraph(f"แหล่งเงิน {s.source} เลขที่ {s.reference_no or '-'}  วงเงิน {format_baht(s.amount)} "
                                  f"บาท  ปรับเพิ่ม/โอน {format_baht(s.adjustments)} บาท  จัดซื้อแล้ว "
                                  f"{format_baht(s.committed)} บาท  คงเหลือ {format_baht(s.balance)} บาท", 13,
                                  space_after=6),
                    kit.table([Column("วันที่", 1.4, "centre"), Column("ประเภท", 1.3), Column("รายการ", 4),
                               Column("ผู้ขาย", 2.6), Column("เอกสาร", 2.2), Column("จำนวน", 1, "right"),
                               Column("จำนวนเงิน", 1.8, "right"), Column("คงเหลือ", 1.8, "right")], moves, 10),
                    kit.space(10), kit.heading(f"การใช้งานครุภัณฑ์ ({len(usage)} รายการ ยังไม่ใช้ {idle})", 14),
                    kit.table([Column("รหัสครุภัณฑ์", 2.2), Column("รายการ", 4.5), Column("ราคาทุน", 1.8, "right"),
                               Column("ชม. สอน", 1.3, "right"), Column("ชม. ฝึกอบรม", 1.5, "right"),
                               Column("ใช้ล่าสุด", 2, "centre")], used, 10)]
        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=True)


PDF_REPORTS = (AssetRegisterReport(), AssetCardReport(), GrantStatementReport())
