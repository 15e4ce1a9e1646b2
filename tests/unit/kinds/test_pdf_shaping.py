"""Shaping: Thai marks go through HarfBuzz, results are cached, and drawn text stays extractable."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from tests.factories.kinds import RESOURCES, embedded_fonts, need_poppler, page_texts
from vocdesk.io.pdf.fonts import FontFamily, FontMissing, font_files, register_fonts
from vocdesk.io.pdf.shaping import Shaper, needs_shaping

MARKED = ("ปั้น", "ฟ้า", "ที่", "นี่", "ผู้ใหญ่", "น้ำ", "ญี่ปุ่น", "ตั้งแต่")


@pytest.fixture(scope="module")
def fonts() -> FontFamily:
    return register_fonts(RESOURCES)


def test_the_bundled_font_and_its_licence_are_there() -> None:
    assert all(path.is_file() for path in font_files(RESOURCES).values())
    assert "SIL Open Font License" in (RESOURCES / "fonts" / "OFL.txt").read_text(encoding="utf-8")


def test_registering_twice_is_harmless_and_missing_files_are_a_coded_error(fonts: FontFamily, tmp_path: Path) -> None:
    assert register_fonts(RESOURCES) == fonts
    with pytest.raises(FontMissing) as caught:
        register_fonts(tmp_path)
    assert caught.value.code == "pdf_font_missing"


def test_only_text_with_marks_needs_shaping() -> None:
    assert all(needs_shaping(word) for word in MARKED)
    assert not needs_shaping("ฐาน กา ภาค 2569 ABC")
    assert not needs_shaping("Hello 123")


def test_marked_words_are_shaped_cached_and_carry_their_source_text(fonts: FontFamily) -> None:
    shaper = Shaper()
    first = shaper.shape("ปั้น", fonts.regular, 16)
    assert first.actual_text is not None  # HarfBuzz substituted glyphs: uharfbuzz is really in use
    assert str(first.glyphs) != "ปั้น"
    assert shaper.shape("ปั้น", fonts.regular, 16) is first
    assert (shaper.hits, shaper.misses) == (1, 1)
    plain = shaper.shape("ABC 123", fonts.regular, 16)
    assert plain.actual_text is None and plain.glyphs == "ABC 123"


def test_text_with_spaces_is_shaped_word_by_word_and_measures_the_same(fonts: FontFamily) -> None:
    shaper = Shaper()
    name = shaper.shape("นางสาวปั้นฟ้า  ผู้ใหญ่ยิ่ง", fonts.regular, 14)
    assert [part.source for _, part in name.parts] == ["นางสาวปั้นฟ้า", "ผู้ใหญ่ยิ่ง"]
    from reportlab.pdfbase.ttfonts import shapeStr

    whole = shapeStr("นางสาวปั้นฟ้า  ผู้ใหญ่ยิ่ง", fonts.regular, 14)
    assert name.width == pytest.approx(sum(d.x_advance for d in whole.__shapeData__) * 14 / 1000, abs=0.01)
    assert shaper.shape("นางสาวปั้นฟ้า ใจดี", fonts.regular, 14).parts[0][1] is name.parts[0][1]


def test_shaped_text_is_embedded_and_extracts_as_the_original_thai(fonts: FontFamily, tmp_path: Path) -> None:
    need_poppler()
    pdf = tmp_path / "words.pdf"
    canvas = Canvas(str(pdf), initialFontName=fonts.regular)
    shaper = Shaper()
    lines = [*MARKED, "นางสาวปั้นฟ้า ผู้ใหญ่ยิ่ง", "ตั้งแต่ ๑ ถึง 2 น้ำ"] * 2  # the second round reuses operators
    for row, line in enumerate(lines):
        shaper.draw(canvas, 72, 760 - row * 24, line, fonts.regular, 16)
    canvas.save()
    text = page_texts(pdf)[0]
    assert [line for line in text.splitlines() if line.strip()] == lines
    assert not any("\ue000" <= ch <= "\uf8ff" for ch in text)  # no private-use glyph codes leak
    assert embedded_fonts(pdf) == {"Sarabun-Regular": True}
