"""Hostile and wrong files are refused before parsing with a clear message, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.data import import_files as files
from tests.data.import_catalogue import GROUP_CODE, seed_catalogue
from vocdesk.errors import FileRefused
from vocdesk.messages import describe
from vocdesk.persistence.models import Learner
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.imports import import_file

HEADER = ["รหัสนักศึกษา", "เลขประจำตัวประชาชน", "ชื่อ", "นามสกุล", "ระดับชั้น", "สาขาวิชา", "กลุ่มเรียน"]


def _valid(folder: Path, name: str = "valid.xlsx") -> Path:
    rows = [[f"6620101000{i}", files.national_id(i), "สมชาย", f"ทดสอบ{i}", "ปวช.1", "ช่างยนต์", GROUP_CODE]
            for i in range(1, 3)]
    return files.write_workbook(folder / name, HEADER, rows, titles=["รายชื่อ"])


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every hostile file once per module (the zip bomb takes a moment to deflate)."""
    folder = tmp_path_factory.mktemp("hostile")
    valid = _valid(folder)
    return {
        "zip_bomb": files.zip_bomb(valid, folder / "bomb.xlsx"),
        "billion_laughs": files.billion_laughs(valid, folder / "laughs.xlsx"),
        "external_entity": files.external_entity(valid, folder / "xxe.xlsx"),
        "renamed_xls": files.ole_file(folder / "old.xlsx", encrypted=False),
        "real_xls": files.ole_file(folder / "old.xls", encrypted=False),
        "password": files.ole_file(folder / "locked.xlsx", encrypted=True),
        "truncated": files.truncated(valid, folder / "cut.xlsx"),
        "disguised_pdf": _write(folder / "report.xlsx", b"%PDF-1.7\n" + b"x" * 2000),
        "zip_as_csv": _write(folder / "list.csv", valid.read_bytes()),
        "wrong_type": _write(folder / "list.ods", b"PK\x03\x04"),
    }


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


EXPECTED_CODES = {
    "zip_bomb": "import_zip_ratio",
    "billion_laughs": "import_xml_forbidden",
    "external_entity": "import_xml_forbidden",
    "renamed_xls": "import_old_xls",
    "real_xls": "import_old_xls",
    "password": "import_encrypted",
    "truncated": "import_corrupt",
    "disguised_pdf": "import_disguised",
    "zip_as_csv": "import_disguised",
    "wrong_type": "import_file_type",
}


@pytest.mark.parametrize("name", sorted(EXPECTED_CODES))
def test_hostile_file_is_refused_and_nothing_written(ctx: AppContext, hostile: dict[str, Path], name: str) -> None:
    seed_catalogue(ctx)
    with pytest.raises(FileRefused) as refused:
        import_file(ctx, "learners", hostile[name], commit=True, skip_invalid=True)
    assert refused.value.code == EXPECTED_CODES[name]
    message = describe(refused.value, "en")
    assert "{" not in message and len(message) > 20  # a filled-in sentence, not a code
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Learner)) == 0


def test_zip_bomb_by_total_size_is_refused(tmp_path: Path) -> None:
    """A bomb spread over many moderately compressed members trips the total-size limit instead."""
    from vocdesk.io.imports import ImportLimits, read_import
    from vocdesk.io.imports.learners import LEARNERS

    bomb = files.zip_bomb(_valid(tmp_path), tmp_path / "big.xlsx", size=48 * 1024 * 1024)
    with pytest.raises(FileRefused) as refused:
        read_import(bomb, LEARNERS, ImportLimits(max_uncompressed_bytes=32 * 1024 * 1024, max_compression_ratio=2000))
    assert refused.value.code == "import_zip_size"



def test_sheet_formatted_to_the_last_row_reads_only_its_data(ctx: AppContext, tmp_path: Path) -> None:
    seed_catalogue(ctx)
    huge = files.huge_formatted(_valid(tmp_path), tmp_path / "formatted.xlsx")
    run = import_file(ctx, "learners", huge, commit=True)
    assert (run.report.rows, run.report.imported, run.report.errors) == (2, 2, [])
