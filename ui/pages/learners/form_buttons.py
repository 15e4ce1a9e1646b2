"""The "เพิ่มผู้เรียน…" and "แก้ไข…" buttons of the learner panel: load the choices, then open the form (window-modal)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.widgets.toolbar import FlowLayout
from vocdesk.services.core.permissions import allowed
from vocdesk.services.learners.choices import LearnerChoices, LearnerForEdit, learner_choices, learner_for_edit

if TYPE_CHECKING:
    from ui.pages.learners.form import LearnerForm


class LearnerFormButtons(QObject):
    """Both buttons, shown only to roles with `learners.edit`; `form` is the dialog open now (None before)."""

    opened = Signal(object)

    def __init__(self, env: UiEnv, panel: Any, row: FlowLayout) -> None:
        super().__init__(panel)
        self.env, self.panel = env, panel
        self.form: LearnerForm | None = None
        self.add_button = QPushButton(tr("Add learner…"), panel)
        self.edit_button = QPushButton(tr("Edit…"), panel)
        self.edit_button.setEnabled(False)
        for button in (self.edit_button, self.add_button):  # first in the row: add, edit, then the panel's own
            button.setVisible(allowed(env.actor, "learners.edit"))
            row.insertWidget(0, button)
        self.add_button.clicked.connect(lambda: self.open_form(None))
        self.edit_button.clicked.connect(lambda: self.open_form(panel.learner_id))
        panel.shown_learner.connect(lambda _id: self.edit_button.setEnabled(True))

    def open_form(self, learner_id: int | None) -> None:
        """Read the drop-down choices (and the learner, when editing) on the worker, then show the form."""
        actor, resources = self.env.actor, self.env.context.paths.resources_dir

        def load(session: Any) -> tuple[LearnerChoices, LearnerForEdit | None]:
            existing = learner_for_edit(session, actor, learner_id) if learner_id is not None else None
            return learner_choices(session, actor, resources), existing

        self.env.runner.read(load, on_done=self._show, on_error=lambda error: show_error(self.panel, error))

    def _show(self, loaded: tuple[LearnerChoices, LearnerForEdit | None]) -> None:
        from ui.pages.learners.form import LearnerForm  # with the ID-card reader: imported when first opened

        parent: QWidget = self.panel.window()
        self.form = LearnerForm(self.env, *loaded, parent=parent)
        self.form.initiator = self.panel  # the panel shows the saved learner itself: the page need not reload it
        self.form.saved.connect(self.panel.show_learner)
        self.form.open()
        self.opened.emit(self.form)
