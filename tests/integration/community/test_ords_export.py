"""The ORDS export keeps Thai, removes personal data and fits the ORDS v0.3 table schema shipped in resources/ords."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

from tests.factories.community import FLOOD_END, FLOOD_START, flood_point, job
from vocdesk.services.community.ords import export_ords
from vocdesk.services.community.progress import set_status
from vocdesk.services.core.context import AppContext

ORDS = Path(__file__).resolve().parents[3] / "resources" / "ords"


def _return(ctx: AppContext, label: str, outcome: str, barrier: str | None = None) -> None:
    for step in ("diagnosing", "repairing", "checking"):
        ctx.run(lambda uow, step=step: set_status(uow, label, step))  # type: ignore[misc]
    ctx.run(lambda uow: set_status(uow, label, "returned", repair_status=outcome, barrier=barrier))


def _check_against_schema(path: Path, schema: dict[str, object]) -> list[dict[str, str]]:
    fields = schema["fields"]
    assert isinstance(fields, list)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == [f["name"] for f in fields]
        rows = list(reader)
    for row in rows:
        for field in fields:
            value = row[field["name"]]
            if value in field.get("missingValues", []):
                continue
            rules = field.get("constraints", {})
            if "enum" in rules:
                assert value in rules["enum"], (field["name"], value)
            if "pattern" in rules:
                assert re.fullmatch(rules["pattern"], value), (field["name"], value)
            if field["type"] == "integer":
                assert rules.get("minimum", 0) <= int(value) <= rules.get("maximum", 10**9)
            if field["type"] == "date":
                dt.date.fromisoformat(value)
    return rows


def test_the_export_fits_the_ords_schema_and_keeps_thai(ctx: AppContext, tmp_path: Path) -> None:
    flood_point(ctx)
    fan = job(ctx, category="ords:7", problem="พัดลมไม่หมุน มอเตอร์ไหม้ ติดต่อคุณมาลี 081-234-5678")
    fridge = job(ctx, category="refrigerator", problem="ตู้เย็นจมน้ำ บัตร 3-1001-00123-45-1", brand="ชาร์ป")
    job(ctx, category="motorcycle", problem="รถจมน้ำ")
    job(ctx, category="motorcycle", problem="รถจมน้ำ สตาร์ทไม่ติด")
    job(ctx, day=FLOOD_END, category="ords:7")  # outside the period asked for
    _return(ctx, fan, "Fixed")
    _return(ctx, fridge, "End of life", "Spare parts not available")
    schema = json.loads((ORDS / "tableschema.json").read_text(encoding="utf-8"))
    done, _ = ctx.run(lambda uow: export_ords(uow, FLOOD_START, FLOOD_END - dt.timedelta(days=1), tmp_path, schema))
    assert (done.records, done.unpowered) == (2, 2)

    rows = _check_against_schema(tmp_path / "ords_repairs.csv", schema)
    with (ORDS / "OpenRepairData_v0.3_Product_Categories.csv").open(encoding="utf-8") as handle:
        official = dict(csv.reader(handle))
    assert all(official[row["product_category_id"]] == row["product_category"] for row in rows)
    assert [(r["partner_product_category"], r["repair_status"], r["repair_barrier_if_end_of_life"], r["country"])
            for r in rows] == [("พัดลม", "Fixed", "", "THA"),
                               ("ตู้เย็น", "End of life", "Spare parts not available", "THA")]
    assert rows[0]["problem"] == "พัดลมไม่หมุน มอเตอร์ไหม้ ติดต่อคุณ[…] […]"
    assert rows[1]["problem"] == "ตู้เย็นจมน้ำ บัตร […]" and rows[1]["brand"] == "ชาร์ป"
    assert len({r["id"] for r in rows}) == 2 and all(r["group_identifier"] == "hy1" for r in rows)

    with (tmp_path / "unpowered_summary.csv").open(encoding="utf-8", newline="") as handle:
        unpowered = list(csv.reader(handle))
    assert unpowered == [["data_provider", "product_category", "repair_status", "total"],
                         ["vocdesk", "รถจักรยานยนต์", "Unknown", "2"]]
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in package["resources"]] == ["ords_repairs.csv", "unpowered_summary.csv"]
    assert package["resources"][0]["schema"] == schema
