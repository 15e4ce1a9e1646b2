"""The printed ทะเบียนคุมทรัพย์สิน, an item's card and the grant statement, read back as a person's viewer would."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from tests.factories.equipment import add_grant, add_room, asset_line, consumable, purchase
from tests.factories.kinds import need_poppler, page_texts
from vocdesk.io.pdf import ReportOptions
from vocdesk.services.core.context import AppContext
from vocdesk.services.equipment.asset_activity import log_maintenance, record_usage
from vocdesk.services.equipment.purchases import record_purchase
from vocdesk.services.kinds.reports import ReportRequest, all_reports

D = dt.date


def _build(ctx: AppContext, name: str, out: Path, **params: str) -> str:
    options = ReportOptions(ctx.paths.resources_dir, college_name="วิทยาลัยเทคนิคตัวอย่าง", printed=D(2026, 11, 24))
    all_reports().get(name).build(ReportRequest(ctx, params), out, options, lambda d, t: None, lambda: False)
    return "\n".join(page_texts(out))


@pytest.fixture
def bought(ctx: AppContext) -> tuple[int, list[str]]:
    need_poppler()
    room = add_room(ctx, "W-101", "โรงฝึกงานยานยนต์")
    grant_id = add_grant(ctx, amount=150_000_000)
    line = asset_line(2, 45_000)
    located = type(line)(**{**line.__dict__, "location_id": room})
    result = ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, located, consumable(5_000, "น้ำยาหล่อเย็น"),
                                                               day=D(2025, 10, 1))))[0]
    return grant_id, result.asset_codes


def test_register_prints_codes_costs_depreciation_and_totals(ctx: AppContext, tmp_path: Path,
                                                              bought: tuple[int, list[str]]) -> None:
    text = _build(ctx, "asset-register", tmp_path / "register.pdf", as_of="2026-09-30")
    assert "ทะเบียนคุมทรัพย์สิน" in text and "30/09/2569" in text
    for code in bought[1]:
        assert code in text
    # Each item: cost 48,150.00, a full first year 4,814.90, book value 43,335.10; two items in total.
    assert text.count("48,150.00") == 2 and text.count("4,814.90") == 2 and text.count("43,335.10") == 2
    assert "96,300.00" in text and "86,670.20" in text  # totals line
    assert "โรงฝึกงาน" in text and "น้ำยาหล่อเย็น" not in text  # consumables are not on the register


def test_card_and_grant_statement(ctx: AppContext, tmp_path: Path, bought: tuple[int, list[str]]) -> None:
    grant_id, codes = bought
    ctx.run(lambda uow: log_maintenance(uow, codes[0], D(2026, 3, 1), "repair", "เปลี่ยนสายไฟ", 120_000, "ช่างเอก"))
    ctx.run(lambda uow: record_usage(uow, codes[0], D(2026, 3, 2), Decimal(3), "teaching"))
    card = _build(ctx, "asset-card", tmp_path / "card.pdf", code=codes[0])
    assert codes[0] in card and "เปลี่ยนสายไฟ" in card and "1,200.00" in card
    assert "2569" in card and "4,814.90" in card  # FY2569's charge in the schedule
    statement = _build(ctx, "grant-statement", tmp_path / "grant.pdf", grant=str(grant_id))
    assert "น้ำยาหล่อเย็น" in statement and "5,000.00" in statement
    assert "1,398,700.00" in statement  # 1,500,000 − 96,300 − 5,000
    assert "ยังไม่มีการใช้งาน" in statement  # the second item has not been used yet


def test_the_card_without_its_code_says_which_parameter_it_needs(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[3]
    for language, expected in (("en", "needs code, e.g. --param code="), ("th", "ต้องระบุ code เช่น --param code=")):
        result = subprocess.run([sys.executable, str(root / "main.py"), "--home", str(tmp_path / "h"), "--lang",
                                 language, "report", "asset-card", "--out", str(tmp_path / "card.pdf")],
                                capture_output=True, text=True, check=False, timeout=120)
        assert result.returncode != 0 and expected in result.stderr and "Traceback" not in result.stderr, result.stderr
        assert "asset-card" in result.stderr and not (tmp_path / "card.pdf").exists()
