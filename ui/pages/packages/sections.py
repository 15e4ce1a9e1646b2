"""Parts of the Packages screen: the status steps, the history of packages sent and the college public key box."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ui.i18n import pick, tr
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services.packages.listing import CollegeKeyInfo, SentPackage

STEPS = ("draft", "validated", "locked", "exported")
STEP_LABELS = {"draft": ("ร่าง", "Draft"), "validated": ("ตรวจสอบแล้ว", "Validated"),
               "locked": ("ล็อกแล้ว", "Locked"), "exported": ("ส่งออกแล้ว", "Exported")}
DONE_STYLE = "padding: 4px 10px; border-radius: 10px; background: #d7ecd9; color: #1e5b28;"
CURRENT_STYLE = "padding: 4px 10px; border-radius: 10px; background: #1f5fa8; color: white; font-weight: bold;"
LATER_STYLE = "padding: 4px 10px; border-radius: 10px; background: #ececec; color: #777;"


class StatusSteps(QWidget):
    """draft → validated → locked → exported, the current step highlighted and earlier ones ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = "draft"
        self.labels = {step: QLabel(self) for step in STEPS}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, step in enumerate(STEPS):
            if index:
                layout.addWidget(QLabel("→", self))
            layout.addWidget(self.labels[step])
        layout.addStretch(1)
        self.show_status("draft")

    def show_status(self, status: str) -> None:
        self.status = status
        reached = STEPS.index(status)
        for index, step in enumerate(STEPS):
            text = pick(*STEP_LABELS[step])
            if index < reached:
                self.labels[step].setText("✓ " + text)
                self.labels[step].setStyleSheet(DONE_STYLE)
            else:
                self.labels[step].setText(text)
                self.labels[step].setStyleSheet(CURRENT_STYLE if index == reached else LATER_STYLE)


class HistoryBox(QGroupBox):
    """Packages sent: sequence, period, created (พ.ศ.), by whom, SHA-256 (first 16 hex digits) and file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = read_only_table(self)
        self.rows: list[SentPackage] = []
        QVBoxLayout(self).addWidget(self.table)
        self.show_history([])

    def show_history(self, rows: list[SentPackage]) -> None:
        self.rows = rows
        self.setTitle(tr("Packages sent ({count})").format(count=len(rows)))
        headers = (tr("Sequence"), tr("Period", "the data a package covers"), tr("Created"),
                   tr("By", "who created a package"), "SHA-256", tr("File"))
        fill_table(self.table, headers, [
            [str(r.sequence), r.period, f"{format_be_short(r.created_at.date())} {r.created_at:%H:%M}",
             r.created_by, r.sha256[:16] + "…", r.file_name] for r in rows])
        for row, sent in enumerate(rows):
            item = self.table.item(row, 4)
            assert item is not None  # fill_table set every cell
            item.setToolTip(sent.sha256)
        self.table.resizeColumnsToContents()


class KeyBox(QGroupBox):
    """The college's public signing key with a copy button, or a note and "create key" when none exists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = CollegeKeyInfo(False)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.public = QPlainTextEdit(self)
        self.public.setReadOnly(True)
        self.public.setMaximumHeight(80)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy)
        self.create_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.public)
        layout.addLayout(buttons)
        self.show_key(self.info, may_create=False)

    def show_key(self, info: CollegeKeyInfo, *, may_create: bool) -> None:
        self.info = info
        self.setTitle(tr("College public key"))
        self.copy_button.setText(tr("Copy"))
        self.create_button.setText(tr("Create key…"))
        self.public.setPlainText(info.public_text)
        self.public.setVisible(info.exists)
        self.copy_button.setVisible(info.exists)
        self.create_button.setVisible(not info.exists and may_create)
        if info.exists:
            self.note.setText(pick(
                f"รหัสกุญแจ {info.key_id} — ส่งกุญแจสาธารณะนี้ให้ สอศ. ลงทะเบียน ก่อนส่งแพ็กเกจแรก",
                f"Key ID {info.key_id} — register this public key with OVEC before sending the first package"))
        else:
            self.note.setText(
                tr("No signing key yet: create one before creating a package, then register its public key with OVEC")
                + ("" if may_create else tr(" (an administrator creates it)")))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.info.public_text)
