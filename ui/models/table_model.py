"""A generic lazy table model: ordered ids for the whole result, row tuples fetched by pages on the worker.

`reload()` starts a new result (a new search or sort: the view goes back to the top). `refresh()` re-reads the same
search and sort after a change and applies it in place — rows added or removed are inserted or removed, the rows on
screen are fetched again — so the selection, the current row and the scroll position stay, as Anki's browser marks
its cache stale instead of resetting.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.i18n import pick
from ui.models.collation import thai_order
from ui.models.damaged import damaged_text, fetch_rows, is_damaged
from ui.tasks import TaskControl, TaskRunner

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


def as_text(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Column:
    """A column declared once: key, Thai and English header, alignment, formatter, how it sorts.

    `sort` is "sql" (the provider orders ids), "thai" (texts collated with QCollator) or "none".
    """

    key: str
    header_th: str
    header_en: str
    align: Qt.AlignmentFlag = LEFT
    formatter: Callable[[Any], str] = as_text
    sort: str = "sql"


class RowProvider(Protocol):
    """Where rows come from; every method runs on the database worker thread."""

    def ordered_ids(self, search: str, sort_key: str, descending: bool) -> Sequence[int]: ...

    def sort_texts(self, search: str, sort_key: str) -> Sequence[tuple[int, str]]: ...

    def rows(self, ids: Sequence[int]) -> Sequence[tuple[Any, ...]]:
        """Tuples of (id, one value per column) for these ids; missing ids are left out."""
        ...


class LazyTableModel(QAbstractTableModel):
    """Holds the ordered ids of every matching row but only a few pages of row data (LRU)."""

    reloaded = Signal(int)
    """A new result is in place (new search or sort); carries the row count."""
    refreshed = Signal(int)
    """The same result was read again after a change and applied in place; carries the row count."""
    page_loaded = Signal(int)
    busy_changed = Signal(bool)

    def __init__(self, columns: Sequence[Column], provider: RowProvider, runner: TaskRunner,
                 *, page_size: int = 200, max_pages: int = 40, default_sort: str | None = None) -> None:
        super().__init__()
        self.columns = tuple(columns)
        self._provider = provider
        self._runner = runner
        self.page_size = page_size
        self.max_pages = max_pages
        self._ids: Sequence[int] = ()
        self._pages: OrderedDict[int, dict[int, tuple[Any, ...]]] = OrderedDict()
        self._in_flight: set[int] = set()
        self._generation = 0
        self._ids_generation = 0  # the reload whose ids `_ids` holds; differs from `_generation` while one is pending
        self._search = ""
        self._sort_key = default_sort or self.columns[0].key
        self._descending = False
        self._stale: dict[int, tuple[Any, ...]] = {}
        """Rows of the previous result, shown while their page is fetched again after a refresh."""
        self._failure_shown = -1
        """The generation whose failure was last shown: one message per result, not one per failed page."""
        self.loading = False

    # -- queries -------------------------------------------------------------------------------
    @property
    def search_text(self) -> str:
        return self._search

    @property
    def sort_state(self) -> tuple[str, bool]:
        return self._sort_key, self._descending

    def set_search(self, text: str) -> None:
        self._search = text.strip()
        self.reload()

    def reload(self) -> None:
        """Ask the worker for the ordered ids of the current search and sort; rows follow page by page."""
        self._fetch_ids(self._ids_arrived)

    def refresh(self) -> None:
        """The data changed: re-read the same search and sort and apply the difference in place."""
        self._fetch_ids(self._ids_refreshed)

    def _fetch_ids(self, arrived: Callable[[int, Sequence[int]], None]) -> None:
        self._generation += 1
        generation = self._generation
        search, key, descending = self._search, self._sort_key, self._descending
        column = next(c for c in self.columns if c.key == key)
        provider = self._provider

        def work(control: TaskControl) -> Sequence[int]:
            if column.sort == "thai":
                return thai_order(provider.sort_texts(search, key), descending)
            return provider.ordered_ids(search, key, descending)

        self._set_busy(True)
        self._runner.submit(work, on_done=lambda ids: arrived(generation, ids),
                            on_error=lambda error: self._failed(generation, error))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort == "none":
            return
        key, descending = self.columns[column].key, order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._sort_key, self._descending):
            self._sort_key, self._descending = key, descending
            self.reload()

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == self._sort_key)

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return pick(column.header_th, column.header_en)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(column.align)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[index.column()].align)
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_tuple(index.row())
        if row is None:
            return "…" if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole else None
        if not row:
            return None
        if is_damaged(row):
            return damaged_text(index.column(), role == Qt.ItemDataRole.ToolTipRole)
        return self.columns[index.column()].formatter(row[index.column() + 1])

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    # -- lazy rows -----------------------------------------------------------------------------
    def row_id(self, row: int) -> int:
        return self._ids[row]

    def row_tuple(self, row: int) -> tuple[Any, ...] | None:
        """The row's data if its page is loaded; otherwise None and the page is requested."""
        page = row // self.page_size
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return self._stale.get(self._ids[row])
        self._pages.move_to_end(page)
        return rows.get(self._ids[row], ())  # () when the record vanished since the ids were read

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    def _request(self, page: int) -> None:
        if page in self._in_flight or self._ids_generation != self._generation:
            return  # while a reload is pending, `_ids` are the old ones: the reset will ask for pages again
        self._in_flight.add(page)
        generation = self._generation
        ids = list(self._ids[page * self.page_size:(page + 1) * self.page_size])
        provider = self._provider
        self._runner.submit(lambda _c: fetch_rows(provider.rows, ids),
                            on_done=lambda rows: self._page_arrived(generation, page, rows),
                            on_error=lambda error: self._failed(generation, error))

    def _page_arrived(self, generation: int, page: int, rows: Sequence[tuple[Any, ...]]) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(page)
        self._pages[page] = {row[0]: tuple(row) for row in rows}
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        first = page * self.page_size
        last = min(first + self.page_size, len(self._ids)) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.page_loaded.emit(page)

    def _ids_arrived(self, generation: int, ids: Sequence[int]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        self._ids_generation = generation
        self._pages.clear()
        self._stale.clear()
        self._in_flight.clear()
        self.endResetModel()
        self._set_busy(False)
        self.reloaded.emit(len(ids))

    def _ids_refreshed(self, generation: int, ids: Sequence[int]) -> None:
        """Turn the shown ids into `ids` by removing and inserting rows, then fetch the shown pages again."""
        if generation != self._generation:
            return
        shown = list(self._ids)
        wanted = list(ids)
        self._stale = {key: row for rows in self._pages.values() for key, row in rows.items()}
        pages = list(self._pages)
        self._pages.clear()
        self._in_flight.clear()
        if shown != wanted:
            self._apply_difference(shown, wanted)
        self._ids = wanted
        self._ids_generation = generation
        for page in pages:
            if page * self.page_size < len(wanted):
                self._request(page)
        self._set_busy(False)
        self.refreshed.emit(len(wanted))

    def _apply_difference(self, shown: list[int], wanted: list[int]) -> None:
        """Row removals and insertions that turn `shown` into `wanted`, applied from the end so indices hold."""
        root = QModelIndex()
        opcodes = SequenceMatcher(None, shown, wanted, autojunk=False).get_opcodes()
        for tag, first, last, new_first, new_last in reversed(opcodes):
            if tag == "equal":
                continue
            if last > first:
                self.beginRemoveRows(root, first, last - 1)
                del shown[first:last]
                self._ids = shown
                self.endRemoveRows()
            if new_last > new_first:
                self.beginInsertRows(root, first, first + new_last - new_first - 1)
                shown[first:first] = wanted[new_first:new_last]
                self._ids = shown
                self.endInsertRows()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self._in_flight.clear()
        if self._failure_shown == generation:
            return  # one message per result: the other pages failed for the same reason
        self._failure_shown = generation
        from ui.errors import show_error

        show_error(None, error)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.loading:
            self.loading = busy
            self.busy_changed.emit(busy)
