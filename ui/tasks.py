"""One worker thread for all database work; results, errors and progress come back on the GUI thread."""

from __future__ import annotations

import collections
import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from vocdesk.errors import VocDeskError

if TYPE_CHECKING:  # the window opens before SQLAlchemy is imported (see docs/ui.md, start-up)
    from sqlalchemy.orm import Session

    from vocdesk.services.core.context import AppContext, Changes, UnitOfWork

log = logging.getLogger(__name__)


class TaskControl:
    """Handed to the work function: report progress, ask whether the user cancelled (thread-safe)."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._event = threading.Event()
        self._report = report

    def cancel(self) -> None:
        self._event.set()

    def cancelled(self) -> bool:
        return self._event.is_set()

    def progress(self, done: int, total: int) -> None:
        self._report(done, total)

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise VocDeskError("cancelled")


@dataclass
class Task:
    """A submitted piece of work and the GUI-thread callbacks that receive its outcome."""

    number: int
    work: Callable[[TaskControl], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int], None] | None
    on_cancelled: Callable[[], None] | None
    control: TaskControl = field(init=False)
    finished: bool = False
    background: bool = False

    def cancel(self) -> None:
        self.control.cancel()


_STOP = object()


class _Worker(QThread):
    """Runs tasks one after the other, in the order they reach its queue."""

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("vocdesk-db-worker")
        self._runner = runner
        self.jobs: queue.Queue[Any] = queue.Queue()

    def run(self) -> None:
        while True:
            task = self.jobs.get()
            if task is _STOP:
                return
            if task.control.cancelled():
                self._runner.delivered.emit(task.number, "cancelled", None)
                continue
            try:
                result = task.work(task.control)
            except BaseException as error:  # delivered to the GUI thread, never lost
                cancelled = task.control.cancelled() and isinstance(error, VocDeskError)
                self._runner.delivered.emit(task.number, "cancelled" if cancelled else "error", error)
            else:
                self._runner.delivered.emit(task.number, "done", result)


class TaskRunner(QObject):
    """Submit work to the single database thread; `changed` carries what every write changed."""

    delivered = Signal(int, str, object)
    progressed = Signal(int, int, int)
    changed = Signal(object)
    failed = Signal(object)
    """An error no callback handled (the crash handler listens)."""
    idle = Signal()

    def __init__(self, context: AppContext | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._numbers = itertools.count(1)
        self._tasks: dict[int, Task] = {}
        self._foreground = 0
        """Foreground tasks queued or running, callbacks not yet run."""
        self._waiting: collections.deque[Task] = collections.deque()
        """Background tasks not yet handed to the worker; one at a time goes when no foreground work is pending."""
        self._background_running = False
        self._feed_queued = False
        self._worker = _Worker(self)
        self.delivered.connect(self._on_delivered)
        self.progressed.connect(self._on_progress)
        self._worker.start()

    def submit(self, work: Callable[[TaskControl], Any], *, on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[int, int], None] | None = None,
               on_cancelled: Callable[[], None] | None = None, background: bool = False) -> Task:
        """Queue `work(control)` on the worker; callbacks run later on the GUI thread. `background` work (a side
        panel's counts, the menu's import kinds) waits until no foreground work is pending and the GUI thread has
        run the last answer's callbacks, so a page's follow-up read (its rows after its ids) goes first; it is
        handed to the worker one task at a time, and a task already running is never interrupted."""
        number = next(self._numbers)
        task = Task(number, work, on_done, on_error, on_progress, on_cancelled)
        task.control = TaskControl(lambda done, total: self.progressed.emit(number, done, total))
        self._tasks[number] = task
        task.background = background
        if background:
            self._waiting.append(task)
            self._queue_feed()
        else:
            self._foreground += 1
            self._worker.jobs.put(task)
        return task

    def read(self, query: Callable[[Session], Any], **callbacks: Any) -> Task:
        """Run a read-only query in its own read session."""
        context = self._require_context()

        def work(_control: TaskControl) -> Any:
            with context.db.read() as session:
                return query(session)

        return self.submit(work, **callbacks)

    def action(self, action: Callable[[UnitOfWork], Any], *, on_done: Callable[[Any], None] | None = None,
               initiator: object | None = None, **callbacks: Any) -> Task:
        """Run one service action in one unit of work; what it changed is broadcast on `changed`."""
        context = self._require_context()
        return self.long_action(lambda _control: context.run(action), on_done=on_done, initiator=initiator,
                                **callbacks)

    def long_action(self, work: Callable[[TaskControl], tuple[Any, Changes]], *,
                    on_done: Callable[[Any], None] | None = None, initiator: object | None = None,
                    **callbacks: Any) -> Task:
        """The one path for work that writes: `work(control)` returns (result, Changes); the changes are broadcast
        on `changed` with `initiator` (the page or dialog that asked) before `on_done(result)` runs."""

        def done(outcome: tuple[Any, Changes]) -> None:
            result, changes = outcome
            self.broadcast(changes, initiator)
            if on_done is not None:
                on_done(result)

        return self.submit(work, on_done=done, **callbacks)

    def broadcast(self, changes: Changes, initiator: object | None = None) -> None:
        """Tell every page what changed (nothing is sent for an empty change)."""
        if changes:
            self.changed.emit(changes.with_initiator(initiator) if initiator is not None else changes)

    def pending(self) -> int:
        return len(self._tasks)

    def shutdown(self) -> None:
        """Cancel queued work, let the running task finish, stop the thread."""
        for task in self._tasks.values():
            task.cancel()
        while self._waiting:  # delivered as cancelled, like the queued foreground work
            self._worker.jobs.put(self._waiting.popleft())
        self._worker.jobs.put(_STOP)
        self._worker.wait()

    def _require_context(self) -> AppContext:
        if self.context is None:
            raise RuntimeError("this TaskRunner has no application context")
        return self.context

    @Slot(int, int, int)
    def _on_progress(self, number: int, done: int, total: int) -> None:
        task = self._tasks.get(number)
        if task is not None and task.on_progress is not None and not task.finished:
            task.on_progress(done, total)

    @Slot(int, str, object)
    def _on_delivered(self, number: int, outcome: str, value: Any) -> None:
        task = self._tasks.pop(number)
        task.finished = True
        if task.background:
            self._background_running = False
        else:
            self._foreground -= 1
        try:
            if outcome == "done":
                if task.on_done is not None:
                    task.on_done(value)
            elif outcome == "cancelled":
                if task.on_cancelled is not None:
                    task.on_cancelled()
            elif task.on_error is not None:
                task.on_error(value)
            else:
                self.failed.emit(value)
        except Exception as error:  # a bug in a GUI callback: report it instead of losing it in Qt's slot
            log.exception("task callback failed")
            self.failed.emit(error)
        self._queue_feed()
        if not self._tasks:
            self.idle.emit()

    def _queue_feed(self) -> None:
        """After the GUI thread has handled what is in its queue now (a callback may submit a follow-up read)."""
        if self._waiting and not self._feed_queued:
            self._feed_queued = True
            QTimer.singleShot(0, self, self._feed_background)

    def _feed_background(self) -> None:
        self._feed_queued = False
        if self._waiting and not self._foreground and not self._background_running:
            self._background_running = True
            self._worker.jobs.put(self._waiting.popleft())
