"""Each learner a bulk import adds gets its own status history row, whatever ids the register already used."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, func, select

from tests.data.import_catalogue import GROUP_CODE, seed_catalogue
from tests.data.import_files import national_id, write_workbook
from vocdesk.persistence.models import Learner, LearnerStatusChange
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.imports import import_file

HEADERS = ["studentCode", "idcard", "prefixName", "firstName", "lastName", "gradeNameTh", "majorNameTh", "groupCode"]


def _workbook(path: Path, numbers: range) -> Path:
    rows = [[f"662010{i:05d}", national_id(i), "นาย", "ชื่อ", f"สกุล{i}", "ปวช.1", "ช่างยนต์", GROUP_CODE]
            for i in numbers]
    return write_workbook(path, HEADERS, rows)


def test_the_history_of_each_new_learner_is_its_own_after_the_last_id_was_deleted(ctx: AppContext,
                                                                                 tmp_path: Path) -> None:
    seed_catalogue(ctx)
    assert import_file(ctx, "learners", _workbook(tmp_path / "first.xlsx", range(1, 301)), commit=True).report \
        .imported == 300
    with ctx.db.write_session() as session, session.begin():  # the newest learner removed: its id is free again
        last = session.scalar(select(func.max(Learner.id)))
        session.execute(delete(LearnerStatusChange).where(LearnerStatusChange.learner_id == last))
        session.execute(delete(Learner).where(Learner.id == last))
    second = import_file(ctx, "learners", _workbook(tmp_path / "second.xlsx", range(301, 551)), commit=True).report
    assert second.imported == 250
    with ctx.db.read() as session:
        history_of = list(session.scalars(select(Learner.student_code)
                                          .join(LearnerStatusChange, LearnerStatusChange.learner_id == Learner.id)
                                          .where(LearnerStatusChange.reason == "นำเข้าจากไฟล์ second.xlsx")))
        new_codes = set(session.scalars(select(Learner.student_code).where(Learner.id >= last)))
    assert sorted(history_of) == [f"662010{i:05d}" for i in range(301, 551)]  # one row each, its own
    assert new_codes == {f"662010{i:05d}" for i in range(301, 551)}  # the freed id went to the first new learner
