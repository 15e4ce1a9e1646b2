"""A bulk import that rebuilds the learner table's plain indexes after its insert leaves every index in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from tests.data.import_catalogue import GROUP_CODE, seed_catalogue
from tests.data.import_files import national_id, write_workbook
from vocdesk.persistence.models import Learner
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.imports import import_file
from vocdesk.services.learners import import_write

HEADERS = ["studentCode", "idcard", "prefixName", "firstName", "lastName", "gradeNameTh", "majorNameTh", "groupCode"]


def _workbook(tmp_path: Path, count: int) -> Path:
    rows = [[f"662010{i:05d}", national_id(i), "นาย", "ชื่อ", f"สกุล{i}", "ปวช.1", "ช่างยนต์", GROUP_CODE]
            for i in range(1, count + 1)]
    return write_workbook(tmp_path / "learners.xlsx", HEADERS, rows)


def _indexes(ctx: AppContext) -> list[tuple[str, tuple[str | None, ...], bool]]:
    with ctx.db.read() as session:
        found = inspect(session.connection()).get_indexes("learner")
    return sorted((str(i["name"]), tuple(i["column_names"]), bool(i["unique"])) for i in found)


def _learners(ctx: AppContext) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Learner)) or 0)


def test_a_large_first_import_keeps_every_index(ctx: AppContext, tmp_path: Path) -> None:
    seed_catalogue(ctx)
    before = _indexes(ctx)
    assert any(not unique for _name, _columns, unique in before)  # there are plain indexes to defer
    assert import_file(ctx, "learners", _workbook(tmp_path, 400), commit=True).report.imported == 400
    assert _indexes(ctx) == before and _learners(ctx) == 400


def test_a_large_import_that_fails_after_its_insert_keeps_indexes_and_writes_nothing(
        ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed_catalogue(ctx)
    before = _indexes(ctx)

    def fail(*_args: object) -> dict[str, int]:
        raise RuntimeError("disk went away")

    monkeypatch.setattr(import_write, "_ids_in_insert_order", fail)  # the step right after the insert
    monkeypatch.setattr(import_write, "new_learner_ids", fail)
    with pytest.raises(RuntimeError):
        import_file(ctx, "learners", _workbook(tmp_path, 400), commit=True)
    assert _indexes(ctx) == before and _learners(ctx) == 0
