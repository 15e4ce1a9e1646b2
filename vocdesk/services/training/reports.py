"""Training-centre reports (PDF): trainees per course by sex, age band and employment, and income per course."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from vocdesk.domain.training_money import baht_text, fiscal_year_be
from vocdesk.io.pdf import ReportOptions, render_report
from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.io.pdf.model import Column
from vocdesk.persistence.models import Course, CourseRun, Enrolment, Receipt, Trainee
from vocdesk.services.core.permissions import require
from vocdesk.services.kinds.reports import ReportRequest
from vocdesk.services.training.catalogue import CatalogueReport

AGE_BANDS = ((0, 25, "ต่ำกว่า 25"), (25, 35, "25–34"), (35, 45, "35–44"), (45, 60, "45–59"), (60, 200, "60 ขึ้นไป"))
EMPLOYMENT = (("employed", "มีงานทำ"), ("unemployed", "ว่างงาน"), ("self_employed", "อาชีพอิสระ"),
              ("student", "นักเรียน"))


def _request(data_source: Any) -> ReportRequest:
    if not isinstance(data_source, ReportRequest):
        raise TypeError("training reports need a ReportRequest")
    require(data_source.context.actor, "reports.print")
    require(data_source.context.actor, "training.view")
    return data_source


def _band(age: int | None) -> str:
    return "" if age is None else next(label for low, high, label in AGE_BANDS if low <= age < high)


class TraineesReport:
    name = "training-trainees"
    description_th = "ผู้เข้ารับการอบรมรายหลักสูตร จำแนกตามเพศ ช่วงอายุ สถานะการทำงาน และจังหวัด"
    description_en = "Trainees per course by sex, age band, employment status and province"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = _request(data_source)
        today = request.context.today()
        counts: Counter[tuple[str, str]] = Counter()
        provinces: Counter[str] = Counter()
        with request.context.db.read() as session:
            courses = list(session.execute(select(Course.code, Course.name_th).order_by(Course.code)))
            for code, sex, birth, employment, province in session.execute(
                    select(Course.code, Trainee.sex, Trainee.birth_date, Trainee.employment, Trainee.province)
                    .join(CourseRun, CourseRun.course_id == Course.id).join(Enrolment, Enrolment.run_id == CourseRun.id)
                    .join(Trainee, Trainee.id == Enrolment.trainee_id).where(Enrolment.state == "enrolled")):
                age = None if birth is None else today.year - birth.year - ((today.month, today.day)
                                                                            < (birth.month, birth.day))
                for key in ("all", f"sex:{sex}", f"age:{_band(age)}", f"job:{employment}"):
                    counts[(code, key)] += 1
                provinces[province or "ไม่ระบุ"] += 1
        columns = [Column("หลักสูตร", 3.2), Column("รวม", 0.8, "right"), Column("ชาย", 0.7, "right"),
                   Column("หญิง", 0.7, "right"), *(Column(label, 0.9, "right") for _, _, label in AGE_BANDS),
                   *(Column(label, 0.9, "right") for _, label in EMPLOYMENT)]
        rows = [[f"{code} {name}", str(counts[(code, "all")]), str(counts[(code, "sex:M")]),
                 str(counts[(code, "sex:F")]), *(str(counts[(code, f"age:{label}")]) for _, _, label in AGE_BANDS),
                 *(str(counts[(code, f"job:{job}")]) for job, _ in EMPLOYMENT)] for code, name in courses]
        by_province = [[name, str(n)] for name, n in provinces.most_common()]

        def story(kit: Any) -> list[Any]:
            return [kit.heading("ผู้เข้ารับการอบรมหลักสูตรระยะสั้น (ลงทะเบียนแล้ว)"), kit.table(columns, rows, 11),
                    kit.space(10), kit.heading("จำแนกตามจังหวัด", 14),
                    kit.table([Column("จังหวัด", 3), Column("คน", 1, "right")], by_province, 11)]
        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=True)


class IncomeReport:
    name = "training-income"
    description_th = "รายได้ค่าธรรมเนียมการอบรมรายหลักสูตร (เงินรายได้สถานศึกษา) ตามปีงบประมาณ"
    description_en = "Training fee income per course (college own income) in a fiscal year"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        request = _request(data_source)
        year = request.int_param("fiscal_year", fiscal_year_be(request.context.today()))
        with request.context.db.read() as session:
            rows = list(session.execute(
                select(Course.code, Course.name_th, func.count(Receipt.id), func.sum(Receipt.amount_satang))
                .join(CourseRun, CourseRun.course_id == Course.id).join(Receipt, Receipt.run_id == CourseRun.id)
                .where(Receipt.fiscal_year == year, Receipt.state == "valid", Receipt.number.is_not(None))
                .group_by(Course.code, Course.name_th).order_by(Course.code)))
        total = sum(int(s or 0) for *_, s in rows)
        columns = [Column("รหัส", 1.4), Column("หลักสูตร", 4), Column("ใบเสร็จ", 1, "right"),
                   Column("จำนวนเงิน (บาท)", 1.8, "right")]
        table = [[code, name, str(n), baht_text(int(s or 0))] for code, name, n, s in rows]
        table.append(["", "รวม", str(sum(int(n) for _, _, n, _ in rows)), baht_text(total)])

        def story(kit: Any) -> list[Any]:
            return [kit.heading(f"รายได้ค่าธรรมเนียมการอบรม ปีงบประมาณ {year}"),
                    kit.paragraph("ไม่นับใบเสร็จที่ยกเลิกและการยกเว้นค่าธรรมเนียม", 12, space_after=6),
                    kit.table(columns, table, 12)]
        return render_report(out_path, options, self.description_th, story, progress, cancel)


PDF_REPORTS = (CatalogueReport(), TraineesReport(), IncomeReport())
