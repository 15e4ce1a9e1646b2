"""UI fixtures: the bundled font and Thai translation installed, a task runner on a migrated SQLite database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from ui.app import install_fonts
from ui.context import UiEnv
from ui.i18n import set_language
from ui.tasks import TaskRunner
from vocdesk.clock import FixedClock
from vocdesk.paths import AppPaths, app_root
from vocdesk.persistence.database import Database
from vocdesk.persistence.migrate import upgrade
from vocdesk.persistence.models import Learner, LearningGroup, Programme, Teacher
from vocdesk.services.core.context import Actor, AppContext

I18N = app_root() / "resources" / "i18n"


def visible(text: str) -> str:
    """Text as the user reads it: long Thai translations carry zero-width spaces as line-break hints."""
    return text.replace("\u200b", "")


@pytest.fixture(autouse=True)
def no_unexpected_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody expected would block the test run forever: fail the test instead."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(box: QMessageBox) -> int:
        raise AssertionError(f"unexpected dialog: {box.windowTitle()}: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def thai(qapp: QApplication) -> Iterator[None]:
    """Sarabun as the app font and the Thai interface, as a user starts the program."""
    install_fonts(qapp, app_root() / "resources" / "fonts")
    set_language("th", I18N)
    yield
    set_language("th", I18N)


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    """A runner without a database, for work functions that need none."""
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def ui_ctx(paths: AppPaths, tmp_path: Path) -> Iterator[AppContext]:
    db = Database(f"sqlite:///{tmp_path / 'ui.sqlite3'}")
    upgrade(db, paths.migrations_dir)
    yield AppContext(paths=paths, db=db, clock=FixedClock(), actor=Actor("registrar1", "administrator"))
    db.dispose()


@pytest.fixture
def env(ui_ctx: AppContext, thai: None) -> Iterator[UiEnv]:
    task_runner = TaskRunner(ui_ctx)
    yield UiEnv(ui_ctx, task_runner, I18N)
    task_runner.shutdown()


@pytest.fixture
def demo_env(env: UiEnv) -> UiEnv:
    """The UI environment on the demo college (300 learners, its teachers, grants and assets)."""
    from vocdesk.demo import DemoOptions, fill_demo_college

    env.context.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=300)))
    return env


@pytest.fixture
def window_settings(paths: AppPaths) -> QSettings:
    return QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)


FIRST = ("กมล", "เกษม", "ขวัญ", "ไก่", "สมชาย", "สมหญิง", "อนุชา", "ปิยะ", "ณัฐ", "ธนา")
LAST = ("ใจดี", "ศรีสุข", "มั่นคง", "แก้วตา", "บุญมา")


def fill_learners(ctx: AppContext, count: int) -> None:
    """`count` learners over two programmes and two groups, with names from FIRST × LAST."""
    with ctx.unit_of_work() as uow:
        s = uow.session
        s.execute(insert(Programme), [
            dict(id=1, level="pvc", type_name_th="อุตสาหกรรม", major_code="20101", major_name_th="ช่างยนต์",
                 curriculum_year=2567),
            dict(id=2, level="pvs", type_name_th="พาณิชยกรรม", major_code="30201", major_name_th="การบัญชี",
                 curriculum_year=2567),
        ])
        s.execute(insert(LearningGroup), [
            dict(id=1, group_code="6620101", name="ชย.1/1", level="pvc", year=1, programme_id=1, entry_year_be=2566),
            dict(id=2, group_code="6530201", name="บช.2/1", level="pvs", year=2, programme_id=2, entry_year_be=2565),
        ])
        s.execute(insert(Teacher), [dict(national_id="3100600123452", first_name_th="สมศรี", last_name_th="สอนดี",
                                         position_type="civil_servant")])
        s.execute(insert(Learner), [
            dict(student_code=f"66{i:08d}", national_id="1103700012345", prefix="",
                 first_name_th=FIRST[i % len(FIRST)], last_name_th=LAST[i % len(LAST)],
                 level="pvc" if i % 3 else "pvs", year=1 if i % 3 else 2, status="studying" if i % 7 else "graduated",
                 programme_id=1 if i % 3 else 2, group_id=1 if i % 3 else 2)
            for i in range(count)
        ])
