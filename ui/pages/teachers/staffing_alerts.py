"""A compact panel of staffing alerts for the home screen: contracts ending or lapsed, departments falling short."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ui.context import UiEnv
from ui.i18n import pick, tr
from vocdesk.services.core.context import Actor, Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.learners import GROUPS, LEARNERS
from vocdesk.services.teachers import STAFFING, TEACHERS
from vocdesk.services.teachers.staffing import DEFAULT_WINDOW_DAYS, alerts_and_overview


@dataclass(frozen=True)
class AlertCounts:
    ending: int
    lapsed: int
    short_departments: int
    technical_short: int


def alert_counts(session: Session, actor: Actor, today_iso: str) -> AlertCounts:
    import datetime as dt

    found, result = alerts_and_overview(session, actor, dt.date.fromisoformat(today_iso), DEFAULT_WINDOW_DAYS)
    return AlertCounts(sum(a.kind == "ending" for a in found), sum(a.kind == "expired" for a in found),
                       sum(a.kind == "below_need" for a in found),
                       sum(-line.balance for line in result.lines if line.is_technical and line.balance < 0))


class StaffingAlertsPanel(QFrame):
    """Hidden for roles without `staffing.view`; `refresh()` reads the counts on the worker thread."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.counts: AlertCounts | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("staffingAlerts")
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.setVisible(allowed(env.actor, "staffing.view"))
        self.retranslate()

    def refresh(self) -> None:
        if not allowed(self.env.actor, "staffing.view"):
            return
        actor, today = self.env.actor, self.env.context.today().isoformat()
        self.env.runner.read(lambda s: alert_counts(s, actor, today), on_done=self.show_counts,
                             background=True)  # a side panel: a page the person opens goes first

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(TEACHERS, STAFFING, LEARNERS, GROUPS):
            self.refresh()

    def show_counts(self, counts: AlertCounts) -> None:
        self.counts = counts
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Staffing alerts"))
        c = self.counts
        if c is None:
            self.text.setText("…")
            return
        self.text.setText(pick(
            f"สัญญาจ้างสิ้นสุดภายใน {DEFAULT_WINDOW_DAYS} วัน {c.ending} คน · หมดสัญญาแล้วยังไม่ต่อ {c.lapsed} คน · "
            f"แผนกวิชาที่จะขาดครูเมื่อสัญญาสิ้นสุด {c.short_departments} แผนก · ครูช่างขาดรวม {c.technical_short} คน",
            f"Contracts ending within {DEFAULT_WINDOW_DAYS} days: {c.ending} · lapsed, not renewed: {c.lapsed} · "
            f"departments that would fall short: {c.short_departments} · technical teachers short: "
            f"{c.technical_short}"))
