"""The curriculum committee's report: supply against demand per programme, charts, numbers and outcomes (PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from vocdesk.io.pdf import ReportOptions, render_report
from vocdesk.io.pdf.charts import DivergingBarChart, HeatMapChart
from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.io.pdf.model import Column
from vocdesk.persistence.models import DemandFact, GraduateOutcome
from vocdesk.services.core.permissions import require
from vocdesk.services.kinds.reports import ReportRequest
from vocdesk.services.labour.gap import ProgrammeGap, programme_gaps
from vocdesk.services.labour.survey import RateLine, outcome_rates

LEVEL_TH = {"pvc": "ปวช.", "pvs": "ปวส.", "btech": "ทล.บ.", "": "รวม"}
STATUS_TH = {"shortage": "ขาดแคลน", "watch": "เฝ้าระวัง", "no_shortage": "ไม่ขาดแคลน", "unknown": "ไม่มีข้อมูล"}
INDICATORS = (("openings_per_graduate", "ตำแหน่งต่อผู้จบ"), ("trend_pct", "เปลี่ยนจากปีก่อน"),
              ("employment_pct", "อัตรามีงานทำ"))


def _kept(flowable: Any) -> Any:
    """A caption that moves to the next page with the chart or table it names."""
    flowable.keepWithNext = True
    return flowable


def _n(value: float | None, places: int = 0) -> str:
    return "—" if value is None else f"{value:,.{places}f}"


def _gap_rows(lines: list[ProgrammeGap]) -> list[list[str]]:
    return [[LEVEL_TH.get(g.level, g.level), f"{g.major_code} {g.name_th}", str(g.graduates), str(g.pipeline),
             _n(g.demand), _n(g.ratio, 2), "—" if g.gap_pct is None else f"{g.gap_pct:+.0f}%",
             "—" if g.employment_rate is None else f"{g.employment_rate:.1f}%", _n(g.score, 2),
             STATUS_TH.get(g.status, g.status)] for g in lines]


def _rate_rows(rates: list[RateLine]) -> list[list[str]]:
    def pct(value: float | None) -> str:
        return "—" if value is None else f"{value:.1f}%"
    return [[LEVEL_TH.get(r.level, r.level), r.programme or "รวมทุกสาขา", str(r.figures.graduates),
             str(r.figures.respondents), pct(r.figures.response_rate), str(r.figures.employed), pct(r.figures.rate),
             pct(r.figures.in_field_rate)] for r in rates]


class LabourMarketReport:
    name = "labour-market"
    description_th = "อุปสงค์–อุปทานแรงงานรายสาขาวิชา สำหรับคณะกรรมการพัฒนาหลักสูตร (กราฟ ตาราง และภาวะการมีงานทำ)"
    description_en = "Supply against demand per programme for the curriculum committee (params area, year)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        if not isinstance(data_source, ReportRequest):
            raise TypeError("the labour-market report needs a ReportRequest")
        ctx = data_source.context
        require(ctx.actor, "reports.print")
        require(ctx.actor, "labour.view")
        area = data_source.params.get("area") or None
        year = data_source.int_param("year", 0) or None
        with ctx.db.read() as session:
            year_be, area_name, lines = programme_gaps(session, ctx.actor, area, year)
            sources = list(session.scalars(select(DemandFact.source).distinct().order_by(DemandFact.source)))
            cohort = session.scalar(select(func.max(GraduateOutcome.cohort_year)).where(
                GraduateOutcome.round_months == 12))
            rates = outcome_rates(session, ctx.actor, int(cohort), 12) if cohort is not None else []
        cohort_be = 0 if cohort is None else int(cohort) + 543

        def story(kit: Any) -> list[Any]:
            font = kit.fonts.regular
            label = [f"{LEVEL_TH.get(g.level, g.level)} {g.name_th}" for g in lines]
            parts: list[Any] = [
                kit.heading(f"อุปสงค์–อุปทานแรงงานรายสาขาวิชา ปี {year_be or '—'} พื้นที่ {area_name}"),
                kit.paragraph("ตำแหน่งงาน = ความต้องการของอาชีพที่สาขาจับคู่ (ถ่วงน้ำหนัก คูณหน่วยนับแล้ว) ผู้จบ = ผู้สำเร็จ"
                              "การศึกษาในปีเดียวกันจากทะเบียน ส่วนต่าง = (ตำแหน่งงาน − ผู้จบ) ÷ ตำแหน่งงาน ตัวชี้วัดแต่ละตัว"
                              "ให้คะแนน 0–3 ค่าเฉลี่ย ≥ 2.0 ขาดแคลน 1.5–2.0 เฝ้าระวัง (ปรับเกณฑ์ได้ในการตั้งค่า)", 12,
                              space_after=6)]
            if not lines:
                parts.append(kit.paragraph("ยังไม่มีข้อมูลความต้องการแรงงานหรือการจับคู่สาขาวิชากับอาชีพ", 13))
            else:
                parts += [_kept(kit.paragraph("ขาด (+) หรือเกิน (−) ของผู้จบเทียบกับตำแหน่งงาน (%)", 13, bold=True)),
                          DivergingBarChart(list(zip(label, [g.gap_pct for g in lines], strict=True)), font,
                                            kit.shaper), kit.space(8),
                          _kept(kit.paragraph("คะแนนตัวชี้วัด (0–3)", 13, bold=True)),
                          HeatMapChart([name for _key, name in INDICATORS],
                                       [(text, [next((r["score"] for r in g.reasons if r["indicator"] == key), None)
                                                for key, _name in INDICATORS]) for text, g in zip(label, lines,
                                                                                                   strict=True)],
                                       font, kit.shaper), kit.space(8),
                          _kept(kit.paragraph("ตัวเลขที่ใช้", 13, bold=True)),
                          kit.table([Column("ระดับ", 1.0), Column("สาขาวิชา", 3.6), Column("ผู้จบ", 1.2, "right"),
                                     Column("ปีสุดท้าย", 1.2, "right"), Column("ตำแหน่งงาน", 1.5, "right"),
                                     Column("ต่อผู้จบ", 1.2, "right"), Column("ส่วนต่าง", 1.2, "right"),
                                     Column("มีงานทำ", 1.2, "right"), Column("คะแนน", 1.3, "right"),
                                     Column("สถานะ", 2.1, "centre")], _gap_rows(lines), 10)]
            if rates:
                parts += [kit.space(8), kit.paragraph(f"ภาวะการมีงานทำ 12 เดือนหลังสำเร็จการศึกษา รุ่นปี {cohort_be} "
                                                      "(มีงานทำ ÷ (ผู้ตอบ − อุปสมบท/เกณฑ์ทหาร) × 100)", 13, bold=True),
                          kit.table([Column("ระดับ", 1.0), Column("สาขาวิชา", 4.0), Column("ผู้จบ", 1.2, "right"),
                                     Column("ตอบ", 1.2, "right"), Column("อัตราตอบ", 1.4, "right"),
                                     Column("มีงานทำ", 1.2, "right"), Column("อัตรามีงานทำ", 1.6, "right"),
                                     Column("ตรงสาขา", 1.4, "right")], _rate_rows(rates), 10)]
            parts += [kit.space(8), kit.paragraph("แหล่งข้อมูล: " + ("; ".join(sources) or "—"), 11)]
            return parts

        return render_report(out_path, options, self.description_th, story, progress, cancel)


PDF_REPORTS = (LabourMarketReport(),)
