"""Stock-take mode: pick a place, scan or type codes one after another, see each outcome, progress and what is left."""

from __future__ import annotations

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import message_for, show_error
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.pages.equipment.stocktake_feedback import COLOURS, ScanOutcome, outcome_of
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.errors import VocDeskError
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.equipment import LOCATIONS
from vocdesk.services.equipment.asset_listing import stocktake_choices, unseen_items
from vocdesk.services.equipment.stocktake import Discrepancy, LocationProgress, ScanReport, scan_codes

Loaded = tuple[list[LocationProgress], list[tuple[str, str]], list[Discrepancy]]


class StocktakePage(Page):
    """Stock-take and place on top, the scan field, the last outcome, progress; unseen items and discrepancies."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.may_scan = allowed(env.actor, "equipment.stocktake")
        self.stocktake = QComboBox(self)
        self.stocktake.setMinimumContentsLength(16)
        self.stocktake.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.location = QComboBox(self)
        self.location.setMinimumContentsLength(18)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_for_this_year)
        self.close_button = QPushButton(self)  # what only `vocdesk asset stocktake-close` could do
        self.close_button.clicked.connect(self.ask_to_close)
        self.closed: set[int] = set()
        self.dialog: QDialog | None = None
        self.scan = QLineEdit(self)
        self.scan.setStyleSheet("font-size: 20px; padding: 6px;")
        self.scan.returnPressed.connect(self.submit)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("font-size: 16px;")
        self.last: ScanOutcome | None = None
        self.progress = QProgressBar(self)
        self.progress_label = QLabel(self)
        self.log = QListWidget(self)
        self.unseen = read_only_table(self)
        self.discrepancies = read_only_table(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.unseen, "")
        self.tabs.addTab(self.discrepancies, "")
        self.tabs.addTab(self.log, "")
        self.progress_rows: list[LocationProgress] = []
        top = QHBoxLayout()
        top.addWidget(self.stocktake)
        top.addWidget(self.location, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.scan)
        layout.addWidget(self.outcome)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.tabs, 1)
        self.stocktake.currentIndexChanged.connect(lambda _i: self.load())
        self.location.currentIndexChanged.connect(lambda _i: self.load())
        self.retranslate()

    def stocktake_id(self) -> int | None:
        value = self.stocktake.currentData()
        return int(value) if value is not None else None

    def location_id(self) -> int | None:
        value = self.location.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        from vocdesk.services.equipment.asset_listing import asset_choices

        actor = self.env.actor
        self.env.runner.read(lambda s: (stocktake_choices(s, actor), asset_choices(s, actor).locations),
                             on_done=self._fill_choices, on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(LOCATIONS):
            self.refresh()

    def _fill_choices(self, result: tuple[list[tuple[int, int, bool]], list[tuple[int, str]]]) -> None:
        takes, places = result
        self.closed = {i for i, _year, closed in takes if closed}
        for box, items in ((self.stocktake, [(i, tr("Count FY {year}").format(year=year)
                                              + (tr(" (closed)") if closed else ""))
                                             for i, year, closed in takes]),
                           (self.location, places)):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            if box is self.location:
                box.addItem(tr("— pick the place being counted —"), None)
            for item_id, label in items:
                box.addItem(label, item_id)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
        this_year = self.env.context.today()
        from vocdesk.domain.academic import fiscal_year_of

        self.open_button.setVisible(self.may_scan and fiscal_year_of(this_year) not in {y for _i, y, _c in takes})
        self.load()

    def load(self) -> None:
        take, place, actor = self.stocktake_id(), self.location_id(), self.env.actor
        self.close_button.setVisible(self.may_scan and take is not None and take not in self.closed)
        self.scan.setEnabled(self.may_scan and take is not None and place is not None)
        if take is None or place is None:
            self.progress_label.setText(tr("No stock-take yet") if take is None
                                        else tr("Pick a place before scanning"))
            self.data_shown.emit()
            return
        from vocdesk.services.equipment.stocktake import stocktake_discrepancies, stocktake_progress

        self.env.runner.read(lambda s: (stocktake_progress(s, actor, take), unseen_items(s, actor, take, place),
                                        stocktake_discrepancies(s, actor, take)),
                             on_done=self._show, on_error=lambda error: show_error(self, error))

    def _show(self, loaded: Loaded) -> None:
        progress, unseen, discrepancies = loaded
        self.progress_rows = progress
        place = self.location_id()
        row = next((p for p in progress if p.location_id == place), None)
        expected = row.expected if row else 0
        seen = row.found_here if row else 0
        self.progress.setRange(0, max(1, expected))
        self.progress.setValue(seen)
        self.progress.setFormat(f"{seen:,} / {expected:,}")
        elsewhere = row.found_elsewhere if row else 0
        self.progress_label.setText(tr("This place: {expected:,} expected · {seen:,} seen · {elsewhere:,} found elsewhere · {count:,} not yet seen",  # noqa: E501 (one text for the translators)
                                       "equipment stocktake")
                                    .format(expected=expected, seen=seen, elsewhere=elsewhere, count=len(unseen)))
        fill_table(self.unseen, (tr("Asset code"), tr("Name")),
                   [[code, name] for code, name in unseen])
        fill_table(self.discrepancies, (tr("Asset code"), tr("Name"),
                                        tr("Register says"), tr("Found in")),
                   [[d.code, d.name, d.expected_location or "–", d.found_location or tr("missing")]
                    for d in discrepancies])
        for table in (self.unseen, self.discrepancies):
            table.setColumnWidth(0, 170)
            table.setColumnWidth(1, 260)
        self.tabs.setTabText(0, tr("Not yet seen ({count})").format(count=f"{len(unseen):,}"))
        self.tabs.setTabText(1, tr("Discrepancies ({count:,})", "equipment stocktake").format(count=len(discrepancies)))
        self.data_shown.emit()

    def submit(self) -> None:
        """Enter: send the typed code to the stock-take, clear the field for the next scan."""
        typed = self.scan.text().strip()
        take, place = self.stocktake_id(), self.location_id()
        self.scan.clear()
        if not typed or take is None or place is None:
            return
        self.env.runner.action(lambda uow: scan_codes(uow, take, place, [typed]),
                               on_done=lambda report: self._scanned(report, typed),
                               on_error=self._refused)

    def _scanned(self, report: ScanReport, typed: str) -> None:
        self.last = outcome_of(report, typed)
        self._say(self.last.text, self.last.kind)
        self.log.insertItem(0, self.last.text)
        item = self.log.item(0)
        if item is not None:
            item.setForeground(QBrush(COLOURS[self.last.kind]))
        self.load()

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, VocDeskError):
            self._say(message_for(error), "unknown")
        else:
            show_error(self, error)

    def _say(self, text: str, kind: str) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet(f"font-size: 16px; color: {COLOURS[kind].name()};")

    def open_for_this_year(self) -> None:
        from vocdesk.domain.academic import fiscal_year_of
        from vocdesk.services.equipment.stocktake import open_stocktake

        today = self.env.context.today()
        self.env.runner.action(lambda uow: open_stocktake(uow, fiscal_year_of(today), today),
                               on_done=lambda _id: self.refresh(), on_error=lambda error: show_error(self, error))

    def ask_to_close(self) -> None:
        from vocdesk.services.equipment.stocktake import stocktake_progress

        take, actor = self.stocktake_id(), self.env.actor
        if take is not None:
            self.env.runner.read(lambda s: stocktake_progress(s, actor, take),
                                 on_done=lambda progress: self._open_close(take, progress),
                                 on_error=lambda error: show_error(self, error))

    def _open_close(self, take: int, progress: list[LocationProgress]) -> None:
        from ui.pages.equipment.stocktake_close import CloseStocktakeDialog

        unseen, elsewhere = sum(p.pending for p in progress), sum(p.found_elsewhere for p in progress)
        self.dialog = CloseStocktakeDialog(self.env, take, self.stocktake.currentText(), unseen, elsewhere,
                                           self.env.context.today(), self)
        self.dialog.accepted.connect(self._closed)
        self.dialog.open()

    def _closed(self) -> None:
        self.refresh()  # the count is closed: its missing items and moves are in the discrepancy report
        self.tabs.setCurrentIndex(1)

    def retranslate(self) -> None:
        self.close_button.setText(tr("Close the count…"))
        self.scan.setPlaceholderText(tr("Scan a barcode or type an asset code, then press Enter"))
        self.open_button.setText(tr("Start this year's count"))
        self.tabs.setTabText(2, tr("Scan log"))
        if not self.outcome.text():
            self.outcome.setText(tr("Pick a place, then start scanning"))
        if self.activated_once:
            self.refresh()  # the stock-take names and the place prompt are texts too
        else:
            self.tabs.setTabText(0, tr("Not yet seen"))
            self.tabs.setTabText(1, tr("Discrepancies"))


PAGE = page_of(__name__, StocktakePage)  # key, title, order and permission: its line in PAGES
