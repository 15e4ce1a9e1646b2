"""About VocDesk: version, the bundled font and its licence, and where this PC keeps data."""

from __future__ import annotations

import html

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import vocdesk
from ui.context import UiEnv
from ui.i18n import tr


def about_html(env: UiEnv) -> str:
    paths = env.context.paths
    rows = [
        (tr("Database"), env.context.db.masked_url),
        (tr("Data folder"), str(paths.data_dir)),
        (tr("Settings folder"), str(paths.config_dir)),
        (tr("Log file"), str(paths.log_file)),
        (tr("Backups"), str(paths.backup_dir)),
    ]
    table = "".join(f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
                    for k, v in rows)
    licence = paths.resources_dir / "fonts" / "OFL.txt"
    purpose = tr("Registration and administration for Thai vocational colleges (OVEC).")
    font = tr("Font: Sarabun by Cadson Demak, SIL Open Font License 1.1 ({path}).").format(path=licence)
    return (
        f"<h2>VocDesk {html.escape(vocdesk.__version__)}</h2>"
        f"<p>{html.escape(purpose)}</p>"
        f"<p>Qt {html.escape(qVersion())} · PySide6 {html.escape(PySide6.__version__)}</p>"
        f"<p>{html.escape(font)}</p><table>{table}</table>"
    )


class AboutDialog(QDialog):
    """Plain facts; the text can be selected and copied for a support request."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About VocDesk"))
        self.text = QLabel(about_html(env), self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
