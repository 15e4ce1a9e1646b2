"""The enterprise's joint-assessment form (PDF): the placement's competences pre-filled, score boxes to tick."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vocdesk.errors import ValidationFailed
from vocdesk.io.pdf import ReportOptions, render_report
from vocdesk.io.pdf.job import CancelFn, ProgressFn
from vocdesk.io.pdf.model import Column
from vocdesk.persistence.models import DualTrainer, Enterprise, Learner
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.assessment import assessment_settings, get_assessment
from vocdesk.services.dual.followup_common import semester_key, started_placement
from vocdesk.services.kinds.reports import ReportRequest


class AssessmentFormReport:
    name = "dual-assessment-form"
    description_th = "แบบประเมินผลการฝึกอาชีพร่วม (ส่วนของสถานประกอบการ)"
    description_en = "The enterprise's joint-assessment form, competences pre-filled (params placement, semester)"

    def build(self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn,
              cancel: CancelFn) -> Path:
        if not isinstance(data_source, ReportRequest):
            raise TypeError("dual reports need a ReportRequest")
        ctx = data_source.context
        require(ctx.actor, "reports.print")
        semester = str(semester_key(data_source.params.get("semester", "")))
        with ctx.unit_of_work() as uow:
            p = started_placement(uow.session, data_source.int_param("placement", 0))
            assessment = get_assessment(uow, p.id, semester)
            top = assessment_settings(uow).top_score
            learner, enterprise = uow.session.get(Learner, p.learner_id), uow.session.get(Enterprise, p.enterprise_id)
            trainer = uow.session.get(DualTrainer, p.trainer_id)
        assert learner is not None and enterprise is not None and trainer is not None
        if not assessment.scores:
            raise ValidationFailed("dual.competence_required", field="competence")
        boxes = "\u00a0\u00a0 ".join(f"[\u00a0\u00a0\u00a0]\u00a0{n}" for n in range(top, -1, -1))  # no-break spaces
        rows = [[str(i), s.competence, boxes] for i, s in enumerate(assessment.scores, 1)]
        who = (f"ผู้เรียน {learner.first_name_th} {learner.last_name_th} รหัส {learner.student_code}  "
               f"สถานประกอบการ {enterprise.name_th}  ครูฝึก {trainer.name}  ภาคเรียน {semester}")

        def story(kit: Any) -> list[Any]:
            return [kit.heading("แบบประเมินผลการฝึกอาชีพ (สถานประกอบการ)"), kit.paragraph(who, 13, space_after=4),
                    kit.paragraph(f"ทำเครื่องหมายในช่องคะแนน ({top} = ดีมาก, 0 = ไม่ผ่าน) ของแต่ละสมรรถนะ", 13,
                                  space_after=6),
                    kit.table([Column("ที่", 0.6, "centre"), Column("สมรรถนะ", 8), Column("คะแนน", 6)], rows, 13),
                    kit.space(28),
                    kit.paragraph("ลงชื่อ ........................................ ครูฝึก/ผู้ประเมิน"
                                  "     วันที่ ...........................", 13)]
        return render_report(out_path, options, self.description_th, story, progress, cancel, landscape=True)
