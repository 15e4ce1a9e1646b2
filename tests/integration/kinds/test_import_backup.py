"""A committing import first backs up the SQLite database; a dry run, or a file whose errors block it, does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.data.import_catalogue import GROUP_CODE, seed_catalogue
from tests.data.import_files import national_id, write_workbook, wrong_checksum
from vocdesk.services.core.backups import backup_settings
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.imports import import_file

HEADER = ["รหัสนักศึกษา", "เลขประจำตัวประชาชน", "ชื่อ", "นามสกุล", "ระดับชั้น", "สาขาวิชา", "กลุ่มเรียน"]


def backups(ctx: AppContext) -> list[str]:
    folder = backup_settings(ctx).folder
    return sorted(p.name for p in folder.glob("*") if not p.name.endswith(".json")) if folder.is_dir() else []


@pytest.fixture
def files(ctx: AppContext, tmp_path: Path) -> dict[str, Path]:
    seed_catalogue(ctx)
    good = [["66201010001", national_id(41), "สมปอง", "ดีมาก", "ปวช.1", "ช่างยนต์", GROUP_CODE],
            ["66201010002", national_id(42), "สมใจ", "ดีมาก", "ปวช.1", "ช่างยนต์", GROUP_CODE]]
    bad = [["66201010003", wrong_checksum(national_id(43)), "สมหมาย", "ผิดเลข", "ปวช.1", "ช่างยนต์", GROUP_CODE]]
    return {"good": write_workbook(tmp_path / "good.xlsx", HEADER, good),
            "bad": write_workbook(tmp_path / "bad.xlsx", HEADER, bad)}


def test_only_a_committing_import_leaves_a_backup(ctx: AppContext, files: dict[str, Path]) -> None:
    dry = import_file(ctx, "learners", files["good"], commit=False)
    assert dry.report.would_import == 2 and dry.report.imported == 0
    blocked = import_file(ctx, "learners", files["bad"], commit=True)
    assert not blocked.report.committed
    assert backups(ctx) == []
    done = import_file(ctx, "learners", files["good"], commit=True)
    assert done.report.imported == 2
    made = backups(ctx)
    if ctx.db.is_sqlite:
        assert len(made) == 1 and "before-import" in made[0]
    else:
        assert made == []  # PostgreSQL: the server's own backups (pg_dump) apply
