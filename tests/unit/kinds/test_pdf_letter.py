"""The official letter: Garuda space, Thai-digit date, labelled parts in order, 16 pt Sarabun."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.lib.units import cm

from tests.factories.kinds import RESOURCES, embedded_fonts, need_poppler, page_texts, squeeze, words
from vocdesk.io.pdf import ReportCancelled, ReportOptions, builtin_reports
from vocdesk.io.pdf.letter import GARUDA_HEIGHT, SETUP, build_official_letter
from vocdesk.io.pdf.sample import sample_letter


@pytest.fixture(scope="module")
def letter_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("letter") / "letter.pdf"
    options = ReportOptions(RESOURCES, thai_digits=True)
    builtin_reports().get("official-letter").build(None, out, options, lambda d, t: None, lambda: False)
    return out


def test_the_letter_reads_in_the_official_order_with_thai_digits(letter_pdf: Path) -> None:
    need_poppler()
    text = squeeze("".join(page_texts(letter_pdf)))
    parts = ["ที่ศธ๐๖๐๗.๑/๑๒๓", "วิทยาลัยเทคนิคตัวอย่าง", "๓๑มกราคม๒๕๖๓", "เรื่องขอความอนุเคราะห์",
             "เรียนกรรมการผู้จัดการ", "อ้างถึงบันทึกข้อตกลง", "สิ่งที่ส่งมาด้วย๑.รายชื่อนักศึกษา",
             "ด้วยวิทยาลัยเทคนิคตัวอย่าง", "ขอแสดงความนับถือ", "(นายปั้นฟ้าใจดี)", "ผู้อำนวยการ", "งานทวิภาคี"]  # fmt: skip
    positions = [text.find(part) for part in parts]
    assert -1 not in positions, dict(zip(parts, positions, strict=True))
    assert positions == sorted(positions)
    assert not any(ch in "0123456789" for ch in text)


def test_the_garuda_space_is_kept_free_at_the_top(letter_pdf: Path) -> None:
    need_poppler()
    _, found = words(letter_pdf)
    first_text_top = min(w.y0 for w in found if w.page == 1)
    assert first_text_top >= SETUP.margin_top + GARUDA_HEIGHT - 1
    assert round(GARUDA_HEIGHT, 3) == round(3 * cm, 3)


def test_the_body_is_16_point_sarabun_with_indented_paragraphs(letter_pdf: Path) -> None:
    need_poppler()
    assert embedded_fonts(letter_pdf) == {"Sarabun-Regular": True}
    _, found = words(letter_pdf)
    opening = next(w for w in found if w.text.startswith("ด้วยวิทยาลัย"))
    assert opening.x0 == pytest.approx(SETUP.margin_left + 2.5 * cm, abs=0.5)
    assert opening.y1 - opening.y0 == pytest.approx(16 * 1.3, abs=2.5)  # poppler's box: ascent + descent


def test_arabic_digits_when_asked_and_cancel_leaves_nothing(tmp_path: Path) -> None:
    need_poppler()
    letter = replace(sample_letter(), date=dt.date(2026, 11, 24))
    out = build_official_letter(letter, tmp_path / "letter.pdf", RESOURCES, thai_digits=False)
    assert "24 พฤศจิกายน 2569" in page_texts(out)[0]
    with pytest.raises(ReportCancelled):
        build_official_letter(letter, tmp_path / "cancelled.pdf", RESOURCES, cancel=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.pdf"]
