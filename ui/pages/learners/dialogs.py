"""Dialogs for learner actions: change a status under the rules, and the year-end rollover (preview, then confirm)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import pick, tr
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.learners import ALLOWED_MOVES, LearnerStatus
from vocdesk.domain.rollover import Move
from vocdesk.services.learners.rollover import RolloverPreview

MOVE_TH = {Move.PROMOTE: ("เลื่อนชั้น", "Promote"), Move.GRADUATE: ("สำเร็จการศึกษา", "Graduate"),
           Move.REPEAT: ("ซ้ำชั้น", "Repeat"), Move.NOT_QUALIFIED: ("ยังไม่ครบเกณฑ์จบ", "Not yet qualified"),
           Move.HELD_SUSPENDED: ("พักการเรียน (คงชั้น)", "On leave (held)")}
REASON_TH = {"no_gpax": "ยังไม่มีเกรดเฉลี่ยสะสม", "gpax_below_minimum": "เกรดเฉลี่ยสะสมต่ำกว่าเกณฑ์",
             "duration_not_met": "ยังเรียนไม่ครบระยะเวลาของหลักสูตร", "no_group_for_year": "ไม่มีกลุ่มเรียนชั้นปีนี้"}


class StatusDialog(QDialog):
    """Offers only the moves the rules allow from the current status; the service checks the rest."""

    def __init__(self, current: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Change the learner's status"))
        status = LearnerStatus.parse(current)
        self.status = QComboBox(self)
        for target in sorted(ALLOWED_MOVES.get(status, frozenset()) if status else (), key=lambda s: s.value):
            self.status.addItem(pick(target.label_th, target.label_en), target.value)
        self.date = BuddhistDateEdit(self)
        self.date.setDate(today)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(tr("Required for leave, withdrawal, dismissal or transfer"))
        self.reason.setMinimumWidth(self.reason.fontMetrics().horizontalAdvance(self.reason.placeholderText()) + 24)
        form = QFormLayout()
        form.addRow(tr("New status"), self.status)
        form.addRow(tr("Effective date"), self.date)
        form.addRow(tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, dt.date | None, str]:
        return str(self.status.currentData()), self.date.date(), self.reason.text()


class RolloverDialog(QDialog):
    """Every change the rollover would make, counted and listed; OK writes exactly this preview (after a backup)."""

    def __init__(self, preview: RolloverPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        plan = preview.plan
        self.setWindowTitle(tr("Year-end rollover {academic_year}", "learners dialogs")
                            .format(academic_year=plan.academic_year))
        counts = ", ".join(f"{pick(*MOVE_TH[move])} {plan.count(move):,}" for move in Move)
        self.summary = QLabel(tr("{count:,} groups move up · {counts}", "learners dialogs")
                              .format(count=len(plan.groups), counts=counts), self)
        self.summary.setWordWrap(True)
        warning = tr("The database is backed up before writing (PostgreSQL: the server's backups apply)")
        if preview.already_done:
            warning = tr("This year was already rolled over")
        self.table = read_only_table(self, fit_contents=True)
        codes = preview.group_codes
        fill_table(self.table, [tr("Code"), tr("Name", "of a person or a scholarship"), tr("Change"),
                           tr("Year"), tr("Group"), tr("Note")],
              [[c.student_code, preview.names.get(c.learner_id, ""), pick(*MOVE_TH[c.move]),
                f"{c.old_year} → {c.new_year}",
                f"{codes.get(c.old_group_id or 0, '–')} → {codes.get(c.new_group_id or 0, '–')}",
                REASON_TH.get(c.reason, c.reason)] for c in plan.learners])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not preview.already_done)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(warning, self))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 600)


class CaseDialog(QDialog):
    """A follow-up case: home visit (with its screening group), counselling, dual-placement problem or referral."""

    def __init__(self, today: dt.date, responsible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Record a follow-up"))
        self.kind = QComboBox(self)
        for code, th, en in (("home_visit", "เยี่ยมบ้าน", "Home visit"), ("counselling", "ให้คำปรึกษา", "Counselling"),
                             ("dual_placement", "ปัญหาการฝึกทวิภาคี", "Dual-placement problem"),
                             ("referral", "ส่งต่อศูนย์ทวิภาคีภาค", "Referral to the regional centre")):
            self.kind.addItem(pick(th, en), code)
        self.screening = QComboBox(self)
        for code, th in (("normal", "ปกติ"), ("at_risk", "เสี่ยง"), ("problem", "มีปัญหา")):
            self.screening.addItem(th, code)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.screening.setEnabled(self.kind.currentData() == "home_visit"))
        self.date = BuddhistDateEdit(self)
        self.date.setDate(today)
        self.responsible = QLineEdit(responsible, self)
        self.notes = QLineEdit(self)
        form = QFormLayout()
        form.addRow(tr("Kind", "what a follow-up case is about"), self.kind)
        form.addRow(tr("Screening"), self.screening)
        form.addRow(tr("Date"), self.date)
        form.addRow(tr("Responsible"), self.responsible)
        form.addRow(tr("Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, dt.date | None, str, str, str]:
        kind = str(self.kind.currentData())
        screening = str(self.screening.currentData()) if kind == "home_visit" else ""
        return kind, self.date.date(), self.responsible.text(), self.notes.text(), screening


class SupportDialog(QDialog):
    """Add a scholarship/entitlement, an income during study, or a digital skill; `values()` says which."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        from ui.pages.learners.detail import COMPETENCE_TH, KIND_TH, SOURCE_TH

        super().__init__(parent)
        self.setWindowTitle(tr("Add support, income or a skill"))
        self.what = QComboBox(self)
        for code in ("scholarship", "entitlement", "dual_allowance", "part_time", "course", "certificate"):
            self.what.addItem(KIND_TH[code], code)
        self.source = QComboBox(self)
        for code, text in SOURCE_TH.items():
            self.source.addItem(text, code)
        self.competence = QComboBox(self)
        for code, text in COMPETENCE_TH.items():
            self.competence.addItem(text, code)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(tr("Name / payer / course title"))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(tr("Baht (support: whole period; income: per month)"))
        for field in (self.title, self.amount):  # the hints say what to type: room for them to be read whole
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance(field.placeholderText()) + 24)
        self.start, self.end = BuddhistDateEdit(self), BuddhistDateEdit(self)
        self.start.setDate(today)
        self.end.setDate(None)
        form = QFormLayout()
        for label, widget in ((tr("Kind"), self.what), (tr("Source", "who funds a scholarship"), self.source),
                              (tr("Competence"), self.competence),
                              (tr("Name", "of a person or a scholarship"), self.title),
                              (tr("Amount", "money a learner receives"), self.amount),
                              (tr("From / date"), self.start),
                              (tr("Until (optional)"), self.end)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, object]:
        return {"what": str(self.what.currentData()), "source": str(self.source.currentData()),
                "competence": str(self.competence.currentData()), "title": self.title.text(),
                "amount": self.amount.text().replace(",", "").strip(), "start": self.start.date(),
                "end": self.end.date()}
