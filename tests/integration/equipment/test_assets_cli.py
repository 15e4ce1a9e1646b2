"""The grant and asset commands: a purchase, a refusal with the shortfall on stderr, a stock-take from stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import insert

from vocdesk.bootstrap import open_app
from vocdesk.persistence.models import Programme

ROOT = Path(__file__).resolve().parents[3]
VENDOR = ["--vendor", "หจก. ช่างดี", "--tax-id", "0105536000313"]


def run_cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(home), "--lang", "en", *args],
                          capture_output=True, text=True, check=False, timeout=120, input=stdin)


def test_grant_purchase_overspend_and_stocktake(tmp_path: Path) -> None:
    home = tmp_path / "h"
    opened = open_app(str(home))
    with opened.context.db.engine.begin() as conn:
        conn.execute(insert(Programme), [{"level": "pvs", "type_name_th": "อุตสาหกรรม", "major_code": "30127",
                                          "major_name_th": "เมคคาทรอนิกส์", "curriculum_year": 2567, "version": 1}])
    opened.context.db.dispose()

    added = run_cli(home, "grant", "add", "--programme", "30127", "--fiscal-year", "2569", "--source", "สอศ.",
                    "--amount", "1,000,000", "--start", "1/10/2568", "--end", "30/9/2569")
    assert added.returncode == 0, added.stderr
    grant = json.loads(added.stdout)
    assert (grant["balance"], grant["start"]) == ("1,000,000.00", "2025-10-01")

    assert run_cli(home, "asset", "room", "MT-201", "ห้องเมคคาทรอนิกส์", "--kind", "lab").returncode == 0
    bought = run_cli(home, "grant", "buy", str(grant["id"]), "--date", "2026-01-15", *VENDOR,
                     "--line", "asset;ชุดฝึก PLC;3;200000;3400-001;MT-201", "--line", "consumable;สายไฟ;10;350")
    assert bought.returncode == 0, bought.stderr
    result = json.loads(bought.stdout)
    assert result["total"] == "645,745.00"  # 600,000 + 3,500, plus 7% VAT
    assert result["asset_codes"] == ["3400-001-0001/69", "3400-001-0002/69", "3400-001-0003/69"]

    refused = run_cli(home, "grant", "buy", str(grant["id"]), "--date", "2026-01-16", *VENDOR,
                      "--line", "service;ติดตั้ง;1;400000", "--vat", "0")
    assert refused.returncode == 2 and "short by 45,745.00 baht" in refused.stderr
    assert "Traceback" not in refused.stderr

    assert run_cli(home, "asset", "stocktake-open", "2569", "--date", "2026-09-01").returncode == 0
    scanned = run_cli(home, "asset", "scan", "2569", "MT-201", stdin="3400-001-0001/69\n3400-001-0003/69\nXX-1\n")
    report = json.loads(scanned.stdout)
    assert (report["unknown"], report["not_yet_seen"]) == (["XX-1"], ["3400-001-0002/69"])
    status = json.loads(run_cli(home, "asset", "stocktake-status", "2569").stdout)
    assert status["locations"][0] | {"location_id": 0} == {
        "location_id": 0, "location_code": "MT-201", "expected": 3, "found_here": 2, "found_elsewhere": 0,
        "missing": 0, "pending": 1}


def test_settings_band_and_categories_from_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "h"
    shown = run_cli(home, "asset", "settings", "--pattern", "{category}-{fiscal_year}-{running:04d}",
                    "--convention", "months", "--salvage", "0")
    assert json.loads(shown.stdout) == {"code_pattern": "{category}-{fiscal_year}-{running:04d}",
                                        "convention": "months", "salvage": "0.00"}
    bad = run_cli(home, "asset", "settings", "--pattern", "{category}")
    assert bad.returncode == 2 and "asset-code pattern" in bad.stderr
    assert run_cli(home, "asset", "category", "6640-001", "ครุภัณฑ์วิทยาศาสตร์", "8").returncode == 0
    added = run_cli(home, "asset", "add", "--category", "6640-001", "--name", "กล้องจุลทรรศน์", "--date", "2026-01-05",
                    "--cost", "12,000", "--funding", "เงินบริจาค")
    assert json.loads(added.stdout) == {"code": "6640-001-2569-0001"}
    assert json.loads(run_cli(home, "grant", "band", "--min", "500000", "--max", "5000000").stdout) == {
        "min": "500,000.00", "max": "5,000,000.00"}
