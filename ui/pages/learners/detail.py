"""The learner detail view: tabs for profile, status history, support and income, digital skills and follow-up."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QTabWidget,
    QWidget,
)

from ui.i18n import pick, tr
from ui.labels import level_label, status_label
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.risk import RiskAssessment, RiskLevel, ScreeningGroup
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services.learners.register import LearnerDetail

if TYPE_CHECKING:
    from ui.pages.learners.service_hours import ServiceTotal

KIND_TH = {"scholarship": "ทุนการศึกษา", "entitlement": "สิทธิ", "dual_allowance": "เบี้ยเลี้ยงทวิภาคี",
           "part_time": "งานนอกเวลา", "other": "อื่น ๆ", "competence": "สมรรถนะ", "course": "หลักสูตรอบรม",
           "certificate": "ใบรับรอง", "home_visit": "เยี่ยมบ้าน", "counselling": "ให้คำปรึกษา",
           "dual_placement": "ปัญหาการฝึกทวิภาคี", "referral": "ส่งต่อศูนย์ทวิภาคีภาค"}
SOURCE_TH = {"eef": "กสศ.", "college": "วิทยาลัย", "company": "สถานประกอบการ", "government": "หน่วยงานรัฐ",
             "free_education": "เรียนฟรี 15 ปี", "other": "อื่น ๆ"}
COMPETENCE_TH = {"digital_literacy": "ดิจิทัลพื้นฐาน", "data": "ข้อมูล", "programming": "เขียนโปรแกรม",
                 "ai_use": "ใช้ AI", "ai_build": "สร้าง AI", "cybersecurity": "ความปลอดภัยไซเบอร์", "iot": "IoT",
                 "automation": "ระบบอัตโนมัติ"}
RULE_TH = {"attendance": ("เวลาเรียนต่ำ", "Low attendance"), "gpax": ("ผลการเรียนต่ำ", "Low GPAX"),
           "status_history": ("ประวัติพักการเรียน", "Suspension history"),
           "no_support_low_income": ("รายได้ต่ำ ไม่มีทุน", "Low income, no scholarship"),
           "screening": ("คัดกรองเยี่ยมบ้าน", "Home-visit screening"),
           "dual_placement": ("ปัญหาการฝึกทวิภาคี", "Dual-placement problem")}


def thai_kind(code: str) -> str:
    return pick(KIND_TH.get(code, code), code.replace("_", " "))


def date_text(day: dt.date | None) -> str:
    return format_be_short(day) if day else "–"


class LearnerDetailView(QTabWidget):
    """Read-only tabs about one learner; `show_detail` fills them from the service's plain result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = QWidget(self)
        self.form = QFormLayout(self.profile)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.risk_label = QLabel(self.profile)
        self.risk_label.setWordWrap(True)
        self.history, self.support, self.skills, self.cases = (read_only_table(self, fit_contents=True)
                                                                 for _ in range(4))
        for widget in (self.profile, self.history, self.support, self.skills, self.cases):
            self.addTab(widget, "")
        self.detail: LearnerDetail | None = None
        self.risk: RiskAssessment | None = None
        self.service: ServiceTotal | None = None
        self.service_label: QLabel | None = None
        self.retranslate()

    def retranslate(self) -> None:
        for index, (th, en) in enumerate((("ข้อมูลผู้เรียน", "Profile"), ("ประวัติสถานะ", "Status history"),
                                          ("ทุนและรายได้", "Support and income"), ("ทักษะดิจิทัล", "Digital skills"),
                                          ("การติดตาม", "Follow-up"))):
            self.setTabText(index, pick(th, en))
        if self.detail is not None:
            self.show_detail(self.detail, self.risk, self.service)

    def show_detail(self, detail: LearnerDetail, risk: RiskAssessment | None = None,
                    service: ServiceTotal | None = None) -> None:
        """`service` is the learner's community-service total; None leaves its row out (a role that may not see it)."""
        self.detail, self.risk, self.service = detail, risk, service
        while self.form.rowCount():
            self.form.removeRow(0)
        self.risk_label = QLabel(self.profile)
        self.risk_label.setWordWrap(True)
        guardian_name, relation, phone = detail.guardian
        consent = (tr("Given ({value}) on {value2}", "learners detail")
                   .format(value=detail.consent[0], value2=date_text(detail.consent[1])) if detail.consent
                   else tr("No guardian consent on record"))
        rows = (
            (("รหัสนักศึกษา", "Student code"), detail.student_code),
            (("เลขประจำตัวประชาชน", "National ID"), detail.national_id),
            (("ชื่อ–สกุล", "Name"), f"{detail.name_th}  {detail.name_en}".strip()),
            (("วันเกิด", "Birth date"), date_text(detail.birth_date)),
            (("ระดับชั้น", "Level/year"), f"{level_label(detail.level)}{detail.year}"),
            (("สาขาวิชา", "Programme"), detail.programme),
            (("กลุ่มเรียน", "Group"), detail.group or "–"),
            (("ครูที่ปรึกษา", "Advisor"), detail.advisor or "–"),
            (("เข้าเรียน", "Entered"), detail.entry_semester),
            (("สถานะ", "Status"), status_label(detail.status) + (tr("  · dual system")
                                                                 if detail.is_dual else "")),
            (("เกรดเฉลี่ยสะสม", "GPAX"), f"{detail.gpax:.2f}" if detail.gpax is not None else "–"),
            (("เวลาเรียน", "Attendance"), f"{detail.attendance_pct:g}%" if detail.attendance_pct is not None else "–"),
            (("รายได้ครัวเรือน/เดือน", "Household income/month"),
             f"{detail.household_income:,} บาท" if detail.household_income is not None else "–"),
            (("ติดต่อ", "Contact"), " · ".join(x for x in (detail.phone, detail.email) if x) or "–"),
            (("ที่อยู่", "Address"), " ".join(x for x in (detail.address, detail.province) if x) or "–"),
            (("ผู้ปกครอง", "Guardian"), " · ".join(x for x in (guardian_name, relation, phone) if x) or "–"),
            (("ความยินยอมผู้ปกครอง (PDPA)", "Guardian consent (PDPA)"), consent),
        )
        for (th, en), value in rows:
            label = QLabel(value, self.profile)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(pick(th, en), label)
        self.service_label = None
        if service is not None:
            self.service_label = QLabel(self._service_text(service), self.profile)
            self.form.addRow(tr("Service hours"), self.service_label)
        self.form.addRow(tr("Dropout risk"), self.risk_label)
        self.risk_label.setText(self._risk_text(risk))
        fill_table(self.history, [tr("Effective"), tr("Status"), tr("Reason")],
              [[date_text(day), status_label(status), reason] for day, status, reason in detail.history])
        support = [[thai_kind(kind), SOURCE_TH.get(source, source), name, f"{amount:,}",
                    f"{date_text(start)} – {date_text(end)}"]
                   for kind, source, name, amount, start, end in detail.support]
        support += [[thai_kind(kind), source, tr("Per month"), f"{monthly:,}",
                     f"{date_text(start)} – {date_text(end)}"] for kind, source, monthly, start, end in detail.income]
        fill_table(self.support, [tr("Kind"), tr("Source", "who gives a learner support"),
                                  tr("Item", "what a learner's support is"), tr("Baht"), tr("Period")], support)
        fill_table(self.skills, [tr("Date"), tr("Competence"), tr("Kind"),
                            tr("Title"), tr("Level")],
              [[date_text(day), COMPETENCE_TH.get(c, c), thai_kind(kind), title, level]
               for day, c, kind, title, level in detail.skills])
        self.setTabEnabled(4, detail.cases is not None)
        fill_table(self.cases, [tr("Opened"), tr("Kind", "what a follow-up case is about"), tr("Responsible"),
                           tr("Screening"), tr("Notes"), tr("Outcome"),
                           tr("Closed")],
              [[date_text(opened), thai_kind(kind), who, ScreeningGroup(group).label_th if group else "", notes,
                outcome, date_text(closed)] for _id, _v, opened, kind, who, group, notes, outcome, closed in
               detail.cases or ()])

    @staticmethod
    def _service_text(service: ServiceTotal) -> str:
        if not service.minutes:
            return tr("None yet", "a learner's service hours")
        return tr("{hours} hours at {points} service points", "a learner's service hours").format(
            hours=f"{service.minutes / 60:,.1f}", points=service.points)

    @staticmethod
    def _risk_text(risk: RiskAssessment | None) -> str:
        if risk is None:
            return "–"
        level = pick(risk.level.label_th, risk.level.label_en)
        if risk.level is RiskLevel.NONE:
            return level
        reasons = "; ".join(f"{pick(*RULE_TH.get(r.code, (r.code, r.code)))} {r.value} ({r.threshold})"
                            for r in risk.rules)
        return f"{level}: {reasons}"
