"""The ORDS export passes the `frictionless` validator against the ORDS v0.3 table schema, Thai intact; a broken row
fails it (the validator is a test dependency only, pinned in pyproject.toml)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from frictionless import Resource, Schema, validate

from tests.factories.community import FLOOD_END, FLOOD_START, flood_point, job
from vocdesk.services.community.ords import export_ords
from vocdesk.services.community.progress import set_status
from vocdesk.services.core.context import AppContext

SCHEMA_FILE = Path(__file__).resolve().parents[3] / "resources" / "ords" / "tableschema.json"


def _export(ctx: AppContext, out: Path) -> None:
    flood_point(ctx)
    fan = job(ctx, category="ords:7", problem="พัดลมไม่หมุน มอเตอร์ไหม้ กลิ่นไหม้")
    fridge = job(ctx, category="refrigerator", problem="ตู้เย็นจมน้ำ ไม่เย็น", brand="ชาร์ป")
    job(ctx, category="motorcycle", problem="รถจมน้ำ")  # unpowered: the summary file, not a record
    for label, outcome, barrier in ((fan, "Fixed", None), (fridge, "End of life", "Spare parts not available")):
        for step in ("diagnosing", "repairing", "checking"):
            ctx.run(lambda uow, step=step, label=label: set_status(uow, label, step))  # type: ignore[misc]
        ctx.run(lambda uow, label=label, outcome=outcome, barrier=barrier: set_status(  # type: ignore[misc]
            uow, label, "returned", repair_status=outcome, barrier=barrier))
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    ctx.run(lambda uow: export_ords(uow, FLOOD_START, FLOOD_END, out, schema))


def _errors(csv_path: Path) -> list[list[object]]:
    """What `frictionless validate FILE.csv --schema tableschema.json` finds: row, field and error type."""
    schema = Schema.from_descriptor(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    report = validate(Resource(path=csv_path.name, basepath=str(csv_path.parent), schema=schema))
    return report.flatten(["rowNumber", "fieldName", "type"])


def test_the_records_and_the_package_pass_frictionless_with_thai_problems(ctx: AppContext, tmp_path: Path) -> None:
    _export(ctx, tmp_path)
    assert _errors(tmp_path / "ords_repairs.csv") == []
    checked = subprocess.run([sys.executable, "-m", "frictionless", "validate", "datapackage.json", "--json"],
                             cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120)
    report = json.loads(checked.stdout)
    assert (checked.returncode, report["valid"]) == (0, True), checked.stdout
    assert [(task["name"], task["stats"]["rows"]) for task in report["tasks"]] == [("repairs", 2), ("unpowered", 1)]
    read_back = Resource(path="ords_repairs.csv", basepath=str(tmp_path)).read_rows()
    assert [row["problem"] for row in read_back] == ["พัดลมไม่หมุน มอเตอร์ไหม้ กลิ่นไหม้", "ตู้เย็นจมน้ำ ไม่เย็น"]
    assert [row["partner_product_category"] for row in read_back] == ["พัดลม", "ตู้เย็น"]


def test_a_deliberately_broken_row_fails_frictionless(ctx: AppContext, tmp_path: Path) -> None:
    _export(ctx, tmp_path)
    path = tmp_path / "ords_repairs.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[1]["repair_status"] = "ซ่อมได้"  # a Thai word where ORDS wants its code list
    rows[1]["country"] = "TH"
    rows[0]["id"] = rows[1]["id"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    assert sorted(_errors(path), key=str) == sorted([  # the second row (line 3) only; "TH" breaks two constraints
        [3, "id", "unique-error"], [3, None, "primary-key"], [3, "country", "constraint-error"],
        [3, "country", "constraint-error"], [3, "repair_status", "constraint-error"]], key=str)
