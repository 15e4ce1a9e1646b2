"""One English text, two Thai words: disambiguated tr() texts read as the Thai each place needs; fixed texts
are never written with pick() (which skips the .ts and so the completeness check and the word-break hints)."""

from __future__ import annotations

import re

from ui.i18n import tr
from vocdesk.paths import app_root

FIXED_PICK = re.compile(r'pick\(\s*"[^"{}]*",\s*"[^"{}]*"\s*\)')


def test_the_same_english_reads_as_the_thai_each_place_needs(thai: None) -> None:
    assert tr("Name") == "รายการ"  # an asset's name
    assert tr("Name", "of a person or a scholarship") == "ชื่อ"
    assert tr("Name", "first and last name") == "ชื่อ - นามสกุล"
    assert tr("Balance") == "คงเหลือ" and tr("Balance", "teachers short or over") == "ขาด/เกิน"
    assert tr("Kind", "what a follow-up case is about") == "เรื่อง"


def test_no_fixed_text_is_written_with_pick() -> None:
    found = [f"{path.relative_to(app_root())}:{text}" for path in sorted((app_root() / "ui").rglob("*.py"))
             for text in FIXED_PICK.findall(path.read_text(encoding="utf-8"))]
    assert found == []
