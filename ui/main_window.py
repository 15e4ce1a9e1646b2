"""The shell: sidebar of areas, stacked pages from the registry, menus, status bar, remembered geometry.

The shell can show before the database stack is imported: `MainWindow(None, settings, i18n_dir=...)` paints a
window whose page area says the database is being opened; `attach(env)` then builds the registered pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.dialogs.users_menu import install_users_action
from ui.i18n import current_language, set_language, tr

if TYPE_CHECKING:
    from ui.dialogs.about_dialog import AboutDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.pages import Page, PageSpec
    from vocdesk.services.core.context import Actor, Changes
    from vocdesk.services.core.overview import DatabaseStatus


class LoadingPage(QWidget):
    """What the page area shows until the database is open: "opening the database…", or why it could not open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failure: str | None = None
        self.label = QLabel(self)
        self.label.setObjectName("loadingLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        font = QFont(self.label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(self.label)
        self.retranslate()

    def show_failure(self, text: str) -> None:
        self.failure = text
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.failure if self.failure is not None else tr("Opening the database…"))


class MainWindow(QMainWindow):
    """Knows no page by name: pages come from `ui.pages` and refresh themselves on `runner.changed`."""

    first_data_shown = Signal()
    """The first page has put its data on screen (the benchmark's "first paint")."""
    shell_painted = Signal()
    """The window has painted for the first time (possibly still without pages)."""
    language_changed = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, env: UiEnv | None, settings: QSettings, *, i18n_dir: Path | None = None) -> None:
        super().__init__()
        if env is None and i18n_dir is None:
            raise ValueError("a window without an environment needs the translations folder")
        self._env: UiEnv | None = None
        self.i18n_dir: Path = env.i18n_dir if env is not None else i18n_dir  # type: ignore[assignment]
        self.settings = settings
        self.specs: list[PageSpec] = []
        self._built: dict[int, Page] = {}
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setStyleSheet("QListWidget#sidebar { padding-top: 8px; } "
                                   "QListWidget#sidebar::item { padding: 8px 12px; }")
        self.stack = QStackedWidget(self)
        self.loading = LoadingPage(self.stack)
        self.stack.addWidget(self.loading)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.database_label = QLabel(self)
        self.audit_label = QLabel(self)
        self.database_label.setContentsMargins(0, 0, 16, 0)
        self.user_label = QLabel(self)
        self.user_label.setObjectName("userLabel")
        self.user_label.setContentsMargins(0, 0, 16, 0)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.audit_label)
        self.db_status: DatabaseStatus | None = None
        self._first_shown = False
        self._user: Actor | None = None
        self._painted = False
        self._build_menus()
        self.sidebar.currentRowChanged.connect(self.show_page)
        self.retranslate()
        self._restore_geometry()
        if env is not None:
            self.attach(env)

    @property
    def env(self) -> UiEnv:
        if self._env is None:
            raise RuntimeError("the database is not open yet")
        return self._env

    @property
    def attached(self) -> bool:
        return self._env is not None

    def attach(self, env: UiEnv) -> None:
        """The database is open: build the pages this user may open and show the first one (it loads its data)."""
        from ui.pages import pages_for
        from vocdesk.services.core.permissions import allowed

        if self._env is not None:
            raise RuntimeError("the window already has its pages")
        self._env = env
        self.specs = pages_for(env.actor)
        for _spec in self.specs:
            self.sidebar.addItem("")
        self._build_page(0)  # the others are built when first opened: less to build and hold at start
        self.stack.removeWidget(self.loading)
        self.loading.hide()
        env.runner.changed.connect(self.on_changes)
        self.settings_action.setEnabled(allowed(env.actor, "settings.view"))
        self.about_action.setEnabled(True)
        self._show_data_actions(env)
        self.retranslate()
        self.sidebar.setCurrentRow(0)
        self.refresh_status()
        self._offer_import(env)

    def detach(self) -> None:
        """Signed out (or another user signs in): drop every page of the previous user; `attach` builds anew."""
        env = self.env
        env.runner.changed.disconnect(self.on_changes)
        for page in self._built.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._built.clear()
        self.specs = []
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.sidebar.blockSignals(False)
        self.stack.addWidget(self.loading)
        self.loading.show()
        self.stack.setCurrentWidget(self.loading)
        for action in (self.settings_action, self.about_action, self.sign_out_action):
            action.setEnabled(False)
        self.import_action.setVisible(False)
        self.report_action.setVisible(False)
        self.calendar_action.setVisible(False)
        self.user_label.clear()
        self._user = None
        self._env = None
        self.db_status = None  # the status bar's texts read the environment, which is gone until the next attach

    def show_user(self, actor: Actor) -> None:
        """The status bar names who is signed in and their role."""
        from ui.dialogs.login import role_label

        self._user = actor
        self.user_label.setText(tr("Signed in: {name} ({role})").format(
            name=actor.display_name or actor.username, role=role_label(actor.role)))
        self.sign_out_action.setEnabled(True)

    def show_failure(self, text: str) -> None:
        """The database could not be opened: say why where the pages would be."""
        self.loading.show_failure(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.shell_painted.emit)  # after this paint pass; dropped if the window goes

    # -- pages ---------------------------------------------------------------------------------
    @property
    def pages(self) -> list[Page]:
        """The pages built so far, in sidebar order."""
        return [self._built[row] for row in sorted(self._built)]

    def page(self, key: str) -> Page:
        """The page with this key, built now if it has not been opened yet."""
        return self._build_page([spec.key for spec in self.specs].index(key))

    def _build_page(self, row: int) -> Page:
        page = self._built.get(row)
        if page is None:
            page = self.specs[row].factory(self.env)
            self._built[row] = page
            self.stack.addWidget(page)
            page.data_shown.connect(self._page_data_shown)
        return page

    def show_page(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            page = self._build_page(row)
            self.stack.setCurrentWidget(page)
            page.activate()

    def on_changes(self, changes: Changes) -> None:
        for page in self.pages:  # a page built later loads fresh data anyway
            page.on_changes(changes)
        self.refresh_status()

    def _page_data_shown(self) -> None:
        if not self._first_shown and self.sender() is self._built.get(0):
            self._first_shown = True
            self.first_data_shown.emit()

    # -- menus and status ----------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.open_settings)
        self.settings_action.setEnabled(False)  # until the database is open
        self.import_action = QAction(self, visible=False)  # shown once the user's permissions are known
        self.import_action.triggered.connect(self.open_import)
        self.report_action = QAction(self, visible=False)
        self.report_action.triggered.connect(self.open_reports)
        self.calendar_action = QAction(self, visible=False)  # the terms' days, once only `vocdesk term set`
        self.calendar_action.triggered.connect(self.open_calendar)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.report_action)
        self.file_menu.addAction(self.calendar_action)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.settings_action)
        self.users_action = install_users_action(self)  # before Settings; shown to users.manage only
        self.file_menu.addSeparator()
        self.sign_out_action = QAction(self)
        self.sign_out_action.setEnabled(False)  # until someone signs in
        self.sign_out_action.triggered.connect(self.sign_out_requested.emit)
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("th", "ไทย"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            self.language_group.addAction(action)
            self.view_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.open_about)
        self.about_action.setEnabled(False)
        self.help_menu.addAction(self.about_action)

    def switch_language(self, language: str) -> None:
        """Takes effect at once: every window hears LanguageChange and sets its texts again."""
        if language == current_language():
            return
        set_language(language, self.i18n_dir)
        self.language_actions[language].setChecked(True)
        self.language_changed.emit(language)

    def open_settings(self) -> SettingsDialog:
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.env, self)
        dialog.open()
        return dialog

    def _show_data_actions(self, env: UiEnv) -> None:
        from vocdesk.services.core.permissions import allowed

        self.report_action.setVisible(allowed(env.actor, "reports.print"))
        self.calendar_action.setVisible(allowed(env.actor, "training.timetable"))

    def _offer_import(self, env: UiEnv) -> None:
        """File → Import shows once the worker has listed the kinds this user may import: that imports every area's
        import code, which the first page does not need, so it is queued after the page's own query."""
        from ui.dialogs.import_wizard import importable_kinds

        actor = env.actor

        def show_import(kinds: list[str]) -> None:
            if self._env is env:  # still the same user's window
                self.import_action.setVisible(bool(kinds))

        env.runner.submit(lambda _control: importable_kinds(actor), on_done=show_import, background=True)

    def open_import(self) -> QWidget:
        from ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.env, self)
        wizard.open()
        return wizard

    def open_reports(self) -> QWidget:
        from ui.dialogs.report_dialog import ReportDialog

        dialog = ReportDialog(self.env, self)
        dialog.open()
        return dialog

    def open_calendar(self) -> QWidget:
        from ui.dialogs.calendar_dialog import CalendarDialog

        dialog = CalendarDialog(self.env, self)
        dialog.open()
        return dialog

    def open_about(self) -> AboutDialog:
        from ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self.env, self)
        dialog.open()
        return dialog

    def refresh_status(self) -> None:
        from vocdesk.services.core.overview import database_status

        env = self.env
        self.env.runner.read(database_status, on_done=lambda status: self._show_status(env, status), background=True)

    def _show_status(self, asked_by: UiEnv, status: DatabaseStatus) -> None:
        if self._env is not asked_by:  # signed out (or another user signed in) before the answer came
            return
        self.db_status = status
        self.retranslate_status()

    def retranslate_status(self) -> None:
        status = self.db_status
        if status is None:
            return
        backend = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(status.backend, status.backend)
        self.database_label.setText(tr("Database: {backend}").format(backend=backend))
        self.database_label.setToolTip(self.env.context.db.masked_url)
        self.audit_label.setText(tr("Audit chain: {hash}").format(hash=status.audit_head_short))
        self.audit_label.setToolTip(tr("Newest audit record hash: {hash}").format(hash=status.audit_head))

    def retranslate(self) -> None:
        self.setWindowTitle(tr("VocDesk — college administration"))
        self.file_menu.setTitle(tr("&File"))
        self.settings_action.setText(tr("&Settings…"))
        self.import_action.setText(tr("&Import from Excel…"))
        self.report_action.setText(tr("&Print a report…"))
        self.calendar_action.setText(tr("Academic &calendar…"))
        self.quit_action.setText(tr("&Quit"))
        self.sign_out_action.setText(tr("Sign &out / switch user…"))
        if self._user is not None:
            self.show_user(self._user)
        self.view_menu.setTitle(tr("&View"))
        self.help_menu.setTitle(tr("&Help"))
        self.about_action.setText(tr("&About VocDesk"))
        for row, spec in enumerate(self.specs):
            item = self.sidebar.item(row)
            if item is not None:
                item.setText(spec.title())
        self.loading.retranslate()
        self.retranslate_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- geometry ------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(QSize(1100, 700))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
