"""The labour commands' contract (issue 16, "Command line (exact)"): names, options, JSON keys and exit codes."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl

from tests.integration.labour.builders import add_graduates, add_programme
from tests.integration.labour.test_gap import ROWS
from vocdesk.services.core.context import AppContext

ROOT = Path(__file__).resolve().parents[3]


def run_cli(ctx: AppContext, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(ctx.paths.data_dir.parent),
                           "--db", ctx.db.url, "--lang", "en", *args],
                          capture_output=True, text=True, check=False, timeout=120)


def _json(done: subprocess.CompletedProcess[str], code: int = 0) -> Any:
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == code, done.stderr
    return json.loads(done.stdout)


def _fill(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.load_workbook(path)
    for row in rows:
        book.worksheets[0].append(row)
    book.save(path)
    return path


def test_template_import_map_and_gap_through_the_command_line(ctx: AppContext, tmp_path: Path) -> None:
    programme = add_programme(ctx)
    add_graduates(ctx, programme, 40, dt.date(2024, 3, 20))
    template = tmp_path / "demand.xlsx"
    written = _json(run_cli(ctx, "labour", "template", "--out", str(template)))
    assert written == {"path": str(template), "columns": 15}
    headers = next(openpyxl.load_workbook(template).worksheets[0].iter_rows(values_only=True))
    assert headers[:3] == ("ปี", "ไตรมาส", "เดือน") and headers[-1] == "แหล่งข้อมูล"
    _fill(template, ROWS)

    dry = _json(run_cli(ctx, "import", "demand", str(template), "--dry-run", "--json"))
    assert (dry["kind"], dry["committed"], dry["would_import"], dry["imported"]) == ("demand", False, 10, 0)
    done = _json(run_cli(ctx, "import", "demand", str(template), "--json"))
    assert (done["committed"], done["imported"], done["errors"]) == (True, 10, [])
    again = _json(run_cli(ctx, "import", "demand", str(template), "--json"))
    assert (again["imported"], again["updated"], again["unchanged"]) == (0, 0, 10)

    mapped = _json(run_cli(ctx, "labour", "map", "--seed", "--json"))
    assert mapped["seeded"] == 1
    assert mapped["programmes"] == [{"programme_id": programme, "level": "pvc", "major_code": "20101",
                                     "name": "ช่างยนต์", "occupations": [
                                         {"scheme": "isco08", "code": "3115", "weight": 0.2},
                                         {"scheme": "isco08", "code": "7231", "weight": 0.6},
                                         {"scheme": "isco08", "code": "7233", "weight": 0.2}]}]
    assert _json(run_cli(ctx, "labour", "map", "--json"))["seeded"] == 0

    gap = _json(run_cli(ctx, "labour", "gap", "--area", "ชลบุรี", "--year", "2567", "--json"))
    assert (gap["year"], gap["area"], len(gap["programmes"])) == (2567, "ชลบุรี", 1)
    line = gap["programmes"][0]
    assert {"occupations", "graduates", "demand", "ratio", "score", "status", "reasons"} <= set(line)
    # 0.6 × 200 + 0.2 × 50 + 0.2 × 30 = 136 openings for 40 graduates: 3.4 each.
    assert (line["graduates"], line["demand"], line["ratio"]) == (40, 136.0, 3.4)
    assert [(o["code"], o["weight"], o["demand"]) for o in line["occupations"]] == [
        ("3115", 0.2, 6.0), ("7231", 0.6, 120.0), ("7233", 0.2, 10.0)]
    assert [(r["indicator"], r["value"], r["score"]) for r in line["reasons"]] == [
        ("openings_per_graduate", 3.4, 3), ("trend_pct", 29.5, 3)]
    assert (line["score"], line["status"]) == (3.0, "shortage")
    country = _json(run_cli(ctx, "labour", "gap", "--json"))
    assert (country["year"], country["area"]) == (2567, "ทั่วราชอาณาจักร")
    assert country["programmes"][0]["demand"] is None and country["programmes"][0]["status"] == "unknown"


def test_bad_input_exits_1_or_2_with_a_reason_and_no_traceback(ctx: AppContext, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("YEAR,QUARTER,REGION,OCCUPATION,VALUE,UNIT,SOURCE\n2566,5,ภาคเหนือ,Managers,12,พันคน,สสช.\n",
                   encoding="utf-8")
    rows = _json(run_cli(ctx, "import", "demand", str(bad), "--json"), code=1)
    assert [(e["row"], e["column"], e["code"]) for e in rows["errors"]] == [(2, "quarter", "labour_period_invalid")]
    assert rows["committed"] is False
    missing = run_cli(ctx, "import", "demand", str(tmp_path / "none.csv"), "--json")
    assert missing.returncode == 2 and json.loads(missing.stdout)["refused"] is True
    empty = _json(run_cli(ctx, "labour", "gap", "--json"))
    assert empty == {"year": None, "area": "ทั่วราชอาณาจักร", "programmes": []}
    unknown = run_cli(ctx, "labour", "gap", "--area", "ชลบุรี", "--year", "2567", "--json")
    assert unknown.returncode == 2 and "No demand facts for the area 'ชลบุรี'" in unknown.stderr
    _json(run_cli(ctx, "import", "demand", str(ROOT / "tests/data/labour/lfs_occupation_2566.csv"), "--json"))
    wrong_area = run_cli(ctx, "labour", "gap", "--area", "ชลบุร", "--json")
    assert wrong_area.returncode == 2 and "ชลบุร" in wrong_area.stderr and wrong_area.stdout == ""
    ce_year = run_cli(ctx, "labour", "gap", "--year", "2024", "--json")
    assert ce_year.returncode == 2 and "2024" in ce_year.stderr
    not_a_year = run_cli(ctx, "labour", "gap", "--year", "๒๕๖x", "--json")
    assert not_a_year.returncode == 2 and "Traceback" not in not_a_year.stderr
    no_out = run_cli(ctx, "labour", "template")
    assert no_out.returncode == 2 and "--out" in no_out.stderr


def test_outcomes_import_export_and_the_report_through_the_command_line(ctx: AppContext, tmp_path: Path) -> None:
    programme = add_programme(ctx)
    codes = [f"66{programme:03d}{n:04d}" for n in range(3)]
    add_graduates(ctx, programme, 3, dt.date(2024, 3, 20))
    sheet = tmp_path / "survey.xlsx"
    book = openpyxl.Workbook()
    rows = book.active
    assert rows is not None
    rows.append(["รหัสนักศึกษา", "ปีที่สำเร็จการศึกษา", "รอบการสำรวจ (เดือน)", "สถานะ", "ตรงสาขา", "อาชีพ"])
    rows.append([codes[0], 2567, 12, "ทำงานภาคเอกชน", "ใช่", "7231"])
    rows.append([codes[1], 2567, 12, "ศึกษาต่อ", None, None])
    rows.append([codes[2], 2567, 12, "ว่างงาน", None, None])
    book.save(sheet)
    dry = _json(run_cli(ctx, "import", "outcomes", str(sheet), "--dry-run", "--json"))
    assert (dry["kind"], dry["committed"], dry["would_import"]) == ("outcomes", False, 3)
    done = _json(run_cli(ctx, "import", "outcomes", str(sheet), "--json"))
    assert (done["committed"], done["imported"], done["errors"]) == (True, 3, [])
    out = tmp_path / "outcomes.xlsx"
    exported = _json(run_cli(ctx, "export", "outcomes", "--out", str(out), "--json"))
    assert exported["rows"] == 3 and "idcard" not in exported["columns"]
    again = _json(run_cli(ctx, "import", "outcomes", str(out), "--json"))
    assert (again["imported"], again["updated"], again["unchanged"]) == (0, 0, 3)

    rows.append(["6600000000", 2567, 12, "ว่างงาน", None, None])
    book.save(sheet)
    stranger = _json(run_cli(ctx, "import", "outcomes", str(sheet), "--json"), code=1)
    assert [(e["row"], e["code"]) for e in stranger["errors"]] == [(5, "labour_outcome_no_graduate")]

    pdf = tmp_path / "labour.pdf"
    printed = run_cli(ctx, "report", "labour-market", "--out", str(pdf))
    assert printed.returncode == 0 and printed.stdout.strip() == str(pdf), printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    no_out = run_cli(ctx, "report", "labour-market")
    assert no_out.returncode == 2 and "Traceback" not in no_out.stderr


def test_a_declared_scheme_reads_the_titles_in_it_and_refuses_titles_of_another(ctx: AppContext,
                                                                                 tmp_path: Path) -> None:
    nso = tmp_path / "lfs_2563.csv"
    nso.write_text("YEAR,QUARTER,REGION,OCCUPATION,VALUE,UNIT,SOURCE\n"
                   "2563,1,ทั่วราชอาณาจักร,Clerks,\"1,012.5\",พันคน,สสช.\n"
                   "2563,1,ทั่วราชอาณาจักร,Legislators senior officials and managers,980.0,พันคน,สสช.\n",
                   encoding="utf-8")
    as_88 = _json(run_cli(ctx, "import", "demand", str(nso), "--scheme", "isco88", "--dry-run", "--json"))
    assert as_88["errors"] == [] and [w["code"] for w in as_88["warnings"]] == ["labour_measure_assumed"]
    as_08 = _json(run_cli(ctx, "import", "demand", str(nso), "--scheme", "isco08", "--dry-run", "--json"), code=1)
    assert [(e["row"], e["code"]) for e in as_08["errors"]] == [(2, "labour_occupation_not_in_scheme"),
                                                                (3, "labour_occupation_not_in_scheme")]
    wrong = run_cli(ctx, "import", "demand", str(nso), "--scheme", "isco99", "--json")
    assert wrong.returncode == 2 and "isco99" in wrong.stderr
