"""The card photo in the learner form: read only when asked, shown, and saved only with the consent ticked and named."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ui.i18n import tr, wrappable
from vocdesk.services.learners.photos import PhotoConsent

THUMB_HEIGHT = 72


class CardPhoto(QWidget):
    """'Also read the photo' before the read; after a read with a photo: the picture, the consent tick and who gave it.
    Without the tick the photo is dropped when the form closes — nothing of it is written anywhere."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.jpeg: bytes | None = None
        self.ask = QCheckBox(tr("Also read the photo (kept only with consent)"), self)
        self.picture = QLabel(self)
        self.picture.setFixedHeight(THUMB_HEIGHT)
        self.consent = QCheckBox(tr("Consent to keep the photo was given by"), self)
        self.given_by = QLineEdit(self)
        self.given_by.setPlaceholderText(tr("the learner, or a guardian for a minor"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ask)
        layout.addWidget(self.picture)
        layout.addWidget(self.consent)
        layout.addWidget(self.given_by, 1)
        layout.addWidget(self.hint, 1)
        self.consent.toggled.connect(self.given_by.setEnabled)
        self._show_photo(None)

    def wanted(self) -> bool:
        return self.ask.isChecked()

    def take(self, jpeg: bytes | None, suggested_by: str) -> None:
        """A read finished: show its photo (if it carried one) and suggest who consents."""
        self._show_photo(jpeg)
        if jpeg is not None and not self.given_by.text().strip():
            self.given_by.setText(suggested_by)

    def to_store(self) -> tuple[bytes, PhotoConsent] | None:
        """What the save writes beside the learner: nothing unless a photo was read and the consent ticked."""
        if self.jpeg is None or not self.consent.isChecked():
            return None
        return self.jpeg, PhotoConsent(self.given_by.text().strip(), self.today)

    def _show_photo(self, jpeg: bytes | None) -> None:
        self.jpeg = jpeg
        pixmap = QPixmap()
        shown = jpeg is not None and pixmap.loadFromData(jpeg)
        self.picture.setPixmap(pixmap.scaledToHeight(THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation)
                               if shown else QPixmap())
        if jpeg is not None and not shown:
            self.picture.setText(tr("(photo read)"))
        for widget in (self.picture, self.consent, self.given_by, self.hint):
            widget.setVisible(jpeg is not None)
        self.given_by.setEnabled(self.consent.isChecked())
        self.hint.setText(wrappable(tr("Without the tick the photo is not kept.")))
