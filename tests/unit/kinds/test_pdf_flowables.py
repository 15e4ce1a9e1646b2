"""Paragraphs and tables that do not fit one page: they split between lines and rows, losing nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.factories.kinds import RESOURCES, need_poppler, page_texts, squeeze
from vocdesk.io.pdf.document import render
from vocdesk.io.pdf.job import Job
from vocdesk.io.pdf.kit import Kit
from vocdesk.io.pdf.model import Column
from vocdesk.io.pdf.pages import PageSetup, PageText, ReportPainter
from vocdesk.io.pdf.sample import PARAGRAPH

BARE = PageSetup(header=False, footer=False)


def _build(out: Path, story: Sequence[Any], kit: Kit, setup: PageSetup = BARE) -> list[str]:
    text = PageText("วิทยาลัย", "ทดสอบ", dt.date(2026, 11, 24))
    render(out, story, setup, ReportPainter(setup, text, kit.fonts, kit.shaper), Job(), font=kit.fonts.regular)
    return page_texts(out)


def test_a_long_paragraph_continues_on_the_next_pages(tmp_path: Path) -> None:
    need_poppler()
    kit = Kit.create(RESOURCES)
    long_text = " ".join([PARAGRAPH] * 25)
    pages = _build(tmp_path / "long.pdf", [kit.paragraph(long_text, first_indent=30)], kit)
    assert len(pages) >= 2
    assert squeeze("".join(pages)) == squeeze(long_text)


def test_a_row_taller_than_a_page_is_shortened_and_the_table_goes_on(tmp_path: Path) -> None:
    need_poppler()
    kit = Kit.create(RESOURCES)
    huge = "ผู้ใหญ่บ้านปั้นฟ้า " * 400
    rows = [["1", "ก่อน"], ["2", huge], ["3", "หลัง"]]
    table = kit.table([Column("ที่", 1), Column("ข้อความ", 2)], rows)
    pages = _build(tmp_path / "huge.pdf", [kit.paragraph("ก่อนตาราง"), table], kit)
    text = "".join(pages)
    assert "…" in text
    assert text.index("ก่อน") < text.index("หลัง")
    assert "ผู้ใหญ่บ้าน" not in pages[0]  # the tall row moved to a fresh page before being shortened
    assert all(page.count("ข้อความ") == 1 for page in pages)


def test_a_table_after_other_text_starts_where_the_text_ends(tmp_path: Path) -> None:
    need_poppler()
    kit = Kit.create(RESOURCES)
    rows = [[str(n), f"แถวที่ {n}"] for n in range(1, 121)]
    story = [kit.heading("หัวข้อ"), kit.table([Column("ลำดับ"), Column("รายการ", 3)], rows)]
    pages = _build(tmp_path / "rows.pdf", story, kit, PageSetup())
    assert len(pages) >= 3
    numbers = [int(word) for page in pages for word in page.split() if word.isdigit()]
    listed = [n for n in numbers if n <= 120]
    assert sorted(set(listed)) == list(range(1, 121))
    assert all(page.count("รายการ") == 1 for page in pages)
