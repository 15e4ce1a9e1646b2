"""The task runner: one worker thread, results and errors on the GUI thread, progress, cancel; safe emits."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ui.progress import run_with_progress
from ui.tasks import TaskControl, TaskRunner
from vocdesk.errors import ValidationFailed, VocDeskError
from vocdesk.services.core.changes import SETTINGS
from vocdesk.services.core.context import AppContext
from vocdesk.services.core.settings import CollegeProfile, college_profile, save_college_profile


def test_work_runs_on_one_worker_thread_and_results_come_back_on_the_gui_thread(
        qtbot: QtBot, runner: TaskRunner) -> None:
    gui = threading.get_ident()
    seen: list[tuple[str, int, bool]] = []
    for name in ("a", "b", "c"):
        runner.submit(lambda _c, n=name: (n, threading.get_ident()),
                      on_done=lambda r: seen.append((r[0], r[1], QThread.currentThread().isMainThread())))
    with qtbot.waitSignal(runner.idle, timeout=5000):
        pass
    assert [s[0] for s in seen] == ["a", "b", "c"]  # in submission order
    assert len({s[1] for s in seen}) == 1 and seen[0][1] != gui  # one thread, not the GUI thread
    assert all(s[2] for s in seen)  # callbacks on the GUI thread


def test_errors_progress_and_cancel(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []
    runner.submit(lambda _c: (_ for _ in ()).throw(ValidationFailed("required", field="x")), on_error=errors.append)
    progress: list[tuple[int, int]] = []
    started = threading.Event()
    release = threading.Event()
    cancelled: list[bool] = []

    def long_work(control: TaskControl) -> str:
        for step in range(1, 1000):
            control.progress(step, 1000)
            started.set()
            release.wait(5)
            control.raise_if_cancelled()
        return "finished"

    task = runner.submit(long_work, on_done=lambda _r: cancelled.append(False),
                         on_progress=lambda d, t: progress.append((d, t)), on_cancelled=lambda: cancelled.append(True))
    queued = runner.submit(lambda _c: "never", on_done=lambda _r: cancelled.append(False),
                           on_cancelled=lambda: cancelled.append(True))
    started.wait(5)
    task.cancel()
    queued.cancel()
    release.set()
    with qtbot.waitSignal(runner.idle, timeout=5000):
        pass
    assert isinstance(errors[0], VocDeskError) and errors[0].code == "required"
    assert progress[0] == (1, 1000)
    assert cancelled == [True, True]


def test_an_action_broadcasts_what_changed(qtbot: QtBot, ui_ctx: AppContext) -> None:
    runner = TaskRunner(ui_ctx)
    try:
        with qtbot.waitSignal(runner.changed, timeout=5000) as changed:
            runner.action(lambda uow: save_college_profile(uow, CollegeProfile("1370990001", "วิทยาลัย")))
        assert changed.args[0].touches(SETTINGS)
        with qtbot.waitSignal(runner.idle, timeout=5000):
            runner.read(college_profile, on_done=lambda p: changed.args.append(p))
        assert changed.args[-1].code == "1370990001"
    finally:
        runner.shutdown()


class _Emitter(QObject):
    ping = Signal(int)


def test_qt_calls_keep_python_singletons_alive(qapp: object) -> None:
    """PySide6 6.12.0 on CPython 3.11 dropped a reference to None/True on every void call and emit, aborting long
    sessions after a few thousand calls; pyproject pins PySide6 below it. This fails if an upgrade brings it back."""
    emitter = _Emitter()
    emitter.ping.connect(lambda _n: None)
    timer = QTimer()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for n in range(500):  # a faulty binding shows here as a drop of ~500, before it could abort the process
        emitter.ping.emit(n)
        timer.setInterval(n % 100 + 1)
    assert sys.getrefcount(None) >= none_before - 100
    assert sys.getrefcount(True) >= true_before - 100
    for n in range(30_000):  # more than None's and True's natural reference counts on 3.11
        emitter.ping.emit(n)
        timer.setInterval(n % 100 + 1)
    assert sys.getrefcount(None) >= none_before - 100
    assert sys.getrefcount(True) >= true_before - 100


def test_progress_dialog_shows_progress_and_cancel_stops_the_work(qtbot: QtBot, runner: TaskRunner, thai: None) -> None:
    steps = threading.Event()
    finished: list[object] = []

    def work(control: TaskControl) -> str:
        for step in range(1, 10_000):
            control.progress(step, 10_000)
            steps.set()
            control.raise_if_cancelled()
            threading.Event().wait(0.002)
        return "ran to the end"

    task, dialog = run_with_progress(None, runner, "กำลังทดสอบ…", work, finished.append)
    assert dialog.labelText() == "กำลังทดสอบ…"
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5000)
    assert dialog.maximum() == 10_000
    with qtbot.waitSignal(runner.idle, timeout=5000):
        button = dialog.findChild(QPushButton)
        assert button.text() == "ยกเลิก"
        button.click()  # the user presses Cancel
    assert finished == [] and task.control.cancelled() and not dialog.isVisible()


def test_a_page_asked_for_runs_before_queued_background_work_but_never_interrupts_it(
        qtbot: QtBot, runner: TaskRunner) -> None:
    started, release = threading.Event(), threading.Event()
    order: list[str] = []

    def side_panel(_control: TaskControl) -> str:
        started.set()
        release.wait(5)
        return "side panel"

    def learner_list(_control: TaskControl) -> str:
        return "learner list"

    def ids_arrived(result: str) -> None:  # the page asks for its rows once the ids are back, as the table model does
        order.append(result)
        runner.submit(lambda _c: "learner rows", on_done=order.append)

    runner.submit(side_panel, on_done=order.append, background=True)
    qtbot.waitUntil(started.is_set, timeout=5000)  # the side panel's counts are being read when the person clicks
    runner.submit(lambda _c: "import menu", on_done=order.append, background=True)
    runner.submit(lambda _c: "status bar", on_done=order.append, background=True)
    runner.submit(learner_list, on_done=ids_arrived)
    release.set()
    with qtbot.waitSignal(runner.idle, timeout=5000):
        pass
    # the running task finishes; the page's list and then the rows its answer asked for come next, then the rest
    assert order == ["side panel", "learner list", "learner rows", "import menu", "status bar"]


def test_background_work_still_queued_at_shutdown_is_reported_cancelled(qtbot: QtBot, qapp: object) -> None:
    runner = TaskRunner()
    release = threading.Event()
    outcome: list[str] = []
    runner.submit(lambda _c: release.wait(5))
    runner.submit(lambda _c: "never", on_done=outcome.append, on_cancelled=lambda: outcome.append("cancelled"),
                  background=True)
    release.set()
    runner.shutdown()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=5000)
    assert runner.pending() == 0
