"""The printable survey sheet (แบบติดตามภาวะการมีงานทำ) of one cohort, one section per class, answers filled in."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path
from typing import Any

from vocdesk.domain.labour.survey import SALARY_TH, STATUS_TH, STATUSES
from vocdesk.errors import ValidationFailed
from vocdesk.io.pdf import ReportOptions, render_report
from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.io.pdf.model import Column
from vocdesk.services.core.permissions import require
from vocdesk.services.kinds.reports import ReportRequest
from vocdesk.services.labour.graduates import cohort_years
from vocdesk.services.labour.reports import LEVEL_TH
from vocdesk.services.labour.survey import SurveyRow, survey_rows

COLUMNS = [Column("ที่", 0.6, "right"), Column("รหัสนักศึกษา", 1.9), Column("ชื่อ-นามสกุล", 3.2),
           Column("สถานะ", 2.4), Column("สถานประกอบการ", 3.2), Column("ตำแหน่งงาน/อาชีพ", 2.6),
           Column("ตรงสาขา", 1.1, "centre"), Column("เงินเดือน", 2.2), Column("หลักฐาน/ผู้ตรวจสอบ", 2.4)]


def _cells(n: int, r: SurveyRow) -> list[str]:
    job = " ".join(part for part in (r.occupation, r.occupation_title) if part)
    checked = " / ".join(part for part in (r.evidence, r.verified_by) if part)
    return [str(n), r.student_code, r.name, STATUS_TH.get(r.status, ""), r.employer, job,
            ("ใช่" if r.in_field else "ไม่ใช่") if r.employer or job else "", SALARY_TH.get(r.salary_band, ""), checked]


class SurveySheetReport:
    name = "outcome-survey"
    description_th = "แบบติดตามภาวะการมีงานทำของผู้สำเร็จการศึกษา รายห้อง (กรอกด้วยมือหรือพิมพ์คำตอบที่บันทึกแล้ว)"
    description_en = "Graduate employment survey sheet per class (params cohort=2568, round=12, group=GROUP)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        if not isinstance(data_source, ReportRequest):
            raise TypeError("the survey sheet needs a ReportRequest")
        ctx = data_source.context
        require(ctx.actor, "reports.print")
        survey_round = data_source.int_param("round", 12)
        with ctx.db.read() as session:
            years = cohort_years(session)
            cohort_be = data_source.int_param("cohort", years[0] + 543 if years else 0)
            if cohort_be - 543 not in years:
                raise ValidationFailed("invalid", field="cohort", value=cohort_be)
            rows = survey_rows(session, ctx.actor, cohort_be - 543, survey_round)
        group = data_source.params.get("group", "")
        rows = [r for r in rows if not group or r.group_code == group]
        legend = "สถานะ: " + " · ".join(th for _code, th, _en in STATUSES) + "  เงินเดือน: " + " · ".join(
            SALARY_TH.values())

        def story(kit: Any) -> list[Any]:
            parts: list[Any] = [kit.heading(f"แบบติดตามภาวะการมีงานทำ ผู้สำเร็จการศึกษาปี {cohort_be} "
                                            f"รอบ {survey_round} เดือน"), kit.paragraph(legend, 11, space_after=6)]
            for (level, programme, code), members in groupby(rows, key=lambda r: (r.level, r.programme,
                                                                                  r.group_code)):
                people = list(members)
                group_text = f" กลุ่ม {code}" if code else ""
                title = f"{LEVEL_TH.get(level, level)} {programme}{group_text} {len(people)} คน"
                parts += [kit.paragraph(title, 13, bold=True, space_before=6),
                          kit.table(COLUMNS, [_cells(n, r) for n, r in enumerate(people, start=1)], 10)]
            if not rows:
                parts.append(kit.paragraph("ไม่มีผู้สำเร็จการศึกษาตามเงื่อนไขนี้", 13))
            return parts

        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=True)


PDF_REPORTS = (SurveySheetReport(),)
