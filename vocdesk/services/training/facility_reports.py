"""PDF reports of the training centre: facility use per month (hours booked against hours free of the timetable)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from vocdesk.domain.thai_dates import BE_OFFSET, MONTHS_TH_ABBR, format_be_short, parse_thai_date
from vocdesk.errors import ValidationFailed
from vocdesk.io.pdf import ReportOptions, render_report
from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.io.pdf.model import Column
from vocdesk.services.core.permissions import require
from vocdesk.services.kinds.reports import ReportRequest
from vocdesk.services.training.calendar_ import list_terms
from vocdesk.services.training.use import UseRow, facility_use


def _request(data_source: Any) -> ReportRequest:
    if not isinstance(data_source, ReportRequest):
        raise TypeError("training reports need a ReportRequest")
    require(data_source.context.actor, "reports.print")
    require(data_source.context.actor, "training.view")
    return data_source


def _date(request: ReportRequest, name: str) -> dt.date | None:
    raw = request.params.get(name, "")
    if not raw:
        return None
    parsed = parse_thai_date(raw)
    if parsed is None:
        raise ValidationFailed("invalid", field=name, value=raw)
    return parsed.date


def _hours(minutes: int) -> str:
    return f"{minutes / 60:,.1f}".removesuffix(".0")


class FacilityUseReport:
    name = "facility-use"
    description_th = "การใช้สถานที่ฝึกอบรม: ชั่วโมงที่จองเทียบกับชั่วโมงว่างจากตารางเรียน รายสถานที่รายเดือน"
    description_en = "Facility use: hours booked against hours free of the timetable, per facility and month " \
                     "(params from, to; default the latest term)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = _request(data_source)
        ctx = request.context
        with ctx.db.read() as session:
            first, last = _date(request, "from"), _date(request, "to")
            if first is None or last is None:
                terms = list_terms(session, ctx.actor)
                today = ctx.today()
                first = first or (terms[0].first_day if terms else today.replace(day=1))
                last = last or (terms[0].last_day if terms else today)
            rows = facility_use(session, ctx.actor, first, last)
        booked, free = sum(r.booked_min for r in rows), sum(r.free_min for r in rows)
        busiest = _busiest(rows)
        columns, table = _matrix(rows)

        def story(kit: Any) -> list[Any]:
            return [kit.heading(f"การใช้สถานที่ฝึกอบรม {format_be_short(first)} – {format_be_short(last)}"),
                    kit.paragraph(f"สถานที่ {len({r.code for r in rows})} แห่ง จองไปแล้ว {_hours(booked)} ชั่วโมง "
                                  f"จากเวลาว่างจากตารางเรียน {_hours(free)} ชั่วโมง "
                                  f"({100 * booked / free if free else 0:.1f}%) {busiest}", 13, space_after=4),
                    kit.paragraph("เวลาว่างนับเฉพาะเวลาที่เปิดให้จองของแต่ละสถานที่ (ไม่กำหนด = 08:00–20:00) "
                                  "ไม่นับวันหยุดและวันปิดทำการ คำขอที่ยังไม่อนุมัติไม่นับเป็นการใช้ "
                                  "ช่องละเดือน: ชั่วโมงที่จอง / ชั่วโมงว่างจากตารางเรียน (ร้อยละที่ใช้)", 11,
                                  space_after=6),
                    kit.table(columns, table, 10)]
        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=True)


def _matrix(rows: list[UseRow]) -> tuple[list[Column], list[list[str]]]:
    """One line per facility, one column per month: booked / free hours (percent), then the period's total."""
    months = sorted({r.month for r in rows})
    by_code: dict[str, dict[dt.date, UseRow]] = {}
    names: dict[str, str] = {}
    for row in rows:
        by_code.setdefault(row.code, {})[row.month] = row
        names[row.code] = row.name_th
    width = max(1.6, 16.0 / (len(months) + 1))
    columns = [Column("สถานที่", 1.4), Column("ชื่อ", 3.2)] + [
        Column(_month(m), width, "right") for m in months] + [Column("รวม", width, "right")]
    table = []
    for code, cells in by_code.items():
        booked, free = sum(c.booked_min for c in cells.values()), sum(c.free_min for c in cells.values())
        table.append([code, names[code]] + [_cell(cells[m].booked_min, cells[m].free_min) if m in cells else ""
                                            for m in months] + [_cell(booked, free)])
    return columns, table


def _cell(booked: int, free: int) -> str:
    if not booked:
        return f"– / {_hours(free)}"
    percent = f" ({100 * booked / free:.0f}%)" if free else ""
    return f"{_hours(booked)} / {_hours(free)}{percent}"


def _month(first_of_month: dt.date) -> str:
    return f"{MONTHS_TH_ABBR[first_of_month.month - 1]} {first_of_month.year + BE_OFFSET}"


def _busiest(rows: list[UseRow]) -> str:
    by_code: dict[str, int] = {}
    for row in rows:
        by_code[row.code] = by_code.get(row.code, 0) + row.booked_min
    if not by_code or max(by_code.values()) == 0:
        return "ยังไม่มีการจอง"
    code = max(by_code, key=lambda c: (by_code[c], c))
    return f"จองมากที่สุด: {code} ({_hours(by_code[code])} ชั่วโมง)"


PDF_REPORTS = (FacilityUseReport(),)
