"""`vocdesk import` and `vocdesk export`: exit codes 0/1/2, the JSON shape, the error workbook, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.data.import_catalogue import GROUP_CODE, seed_catalogue
from tests.data.import_files import national_id, ole_file, write_workbook, wrong_checksum
from vocdesk.persistence.models import Learner
from vocdesk.services.core.context import AppContext

ROOT = Path(__file__).resolve().parents[3]
HEADER = ["รหัสนักศึกษา", "เลขประจำตัวประชาชน", "ชื่อ", "นามสกุล", "ระดับชั้น", "สาขาวิชา", "กลุ่มเรียน"]


def run_cli(ctx: AppContext, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(ctx.paths.data_dir.parent),
                           "--db", ctx.db.url, "--lang", "en", *args],
                          capture_output=True, text=True, check=False, timeout=120)


@pytest.fixture
def files(ctx: AppContext, tmp_path: Path) -> dict[str, Path]:
    seed_catalogue(ctx)
    good = [["66201010001", national_id(41), "สมปอง", "ดีมาก", "ปวช.1", "ช่างยนต์", GROUP_CODE],
            ["66201010002", national_id(42), "สมใจ", "ดีมาก", "ปวช.1", "ช่างยนต์", GROUP_CODE]]
    bad = [*good, ["66201010003", wrong_checksum(national_id(43)), "สมหมาย", "ผิดเลข", "ปวช.1", "ช่างยนต์", GROUP_CODE]]
    return {"good": write_workbook(tmp_path / "good.xlsx", HEADER, good),
            "bad": write_workbook(tmp_path / "bad.xlsx", HEADER, bad, titles=["รายชื่อนักเรียน"]),
            "xls": ole_file(tmp_path / "old.xls", encrypted=False)}


def _json(result: subprocess.CompletedProcess[str]) -> dict[str, object]:
    assert "Traceback" not in result.stderr, result.stderr
    value: dict[str, object] = json.loads(result.stdout)
    return value


def test_rows_with_errors_exit_1_and_write_nothing(ctx: AppContext, files: dict[str, Path], tmp_path: Path) -> None:
    errors_out = tmp_path / "errors.xlsx"
    result = run_cli(ctx, "import", "learners", str(files["bad"]), "--json", "--errors-out", str(errors_out))
    assert result.returncode == 1
    report = _json(result)
    assert {key: report[key] for key in ("kind", "file", "rows", "valid", "imported", "updated")} == {
        "kind": "learners", "file": "bad.xlsx", "rows": 3, "valid": 2, "imported": 0, "updated": 0}
    assert report["errors"] == [{"row": 5, "column": "idcard", "code": "import_national_id_checksum",
                                 "message": f"National ID {wrong_checksum(national_id(43))} is not valid "
                                            "(its check digit is wrong)"}]
    assert report["warnings"] == []
    book = openpyxl.load_workbook(errors_out)
    bad_rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert bad_rows[0][-2:] == ("แถวในไฟล์เดิม", "ปัญหาที่พบ")
    assert len(bad_rows) == 2 and bad_rows[1][0] == "66201010003" and bad_rows[1][-2] == 5
    assert "National ID" in str(bad_rows[1][-1])  # in the --lang language
    listing = list(book.worksheets[1].iter_rows(min_row=2, values_only=True))
    assert listing[0][:4] == (5, "B: เลขประจำตัวประชาชน", "import_national_id_checksum", "error")
    with ctx.db.read() as session:  # nothing was written
        assert session.scalar(select(func.count()).select_from(Learner)) == 0


def test_dry_run_then_skip_invalid_then_repeat(ctx: AppContext, files: dict[str, Path]) -> None:
    dry = run_cli(ctx, "import", "learners", str(files["good"]), "--dry-run", "--json")
    assert dry.returncode == 0 and _json(dry)["would_import"] == 2 and _json(dry)["imported"] == 0
    skipped = run_cli(ctx, "import", "learners", str(files["bad"]), "--skip-invalid", "--json")
    assert skipped.returncode == 0
    assert {k: _json(skipped)[k] for k in ("imported", "updated", "committed")} == {
        "imported": 2, "updated": 0, "committed": True}
    again = run_cli(ctx, "import", "learners", str(files["good"]))
    assert again.returncode == 0 and "Saved: 0 new, 0 updated" in again.stdout


def test_refused_file_exits_2_with_one_clear_line(ctx: AppContext, files: dict[str, Path]) -> None:
    result = run_cli(ctx, "import", "learners", str(files["xls"]))
    assert result.returncode == 2
    assert "old Excel file (.xls)" in result.stderr and "Traceback" not in result.stderr
    as_json = run_cli(ctx, "import", "learners", str(files["xls"]), "--json")
    assert as_json.returncode == 2 and _json(as_json)["code"] == "import_old_xls"
    unknown = run_cli(ctx, "import", "teachers-typo", str(files["good"]))
    assert unknown.returncode == 2 and "Unknown kind" in unknown.stderr and "Traceback" not in unknown.stderr


def test_export_command_writes_a_workbook_that_reimports(ctx: AppContext, files: dict[str, Path],
                                                         tmp_path: Path) -> None:
    assert run_cli(ctx, "import", "learners", str(files["good"])).returncode == 0
    out = tmp_path / "out.xlsx"
    exported = run_cli(ctx, "export", "learners", "--out", str(out), "--json")
    assert exported.returncode == 0 and _json(exported)["rows"] == 2
    back = run_cli(ctx, "import", "learners", str(out), "--json")
    assert back.returncode == 0
    assert {k: _json(back)[k] for k in ("rows", "imported", "updated", "errors", "warnings")} == {
        "rows": 2, "imported": 0, "updated": 0, "errors": [], "warnings": []}
