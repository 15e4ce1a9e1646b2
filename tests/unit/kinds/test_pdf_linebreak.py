"""Thai line breaking: lines fit their width, break between words, and lose no text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories.kinds import RESOURCES, squeeze
from vocdesk.io.pdf.fonts import register_fonts
from vocdesk.io.pdf.linebreak import clusters, fill_lines, split_words
from vocdesk.io.pdf.shaping import Shaper

TEXT = (
    "วิทยาลัยเทคนิคขอเชิญผู้ใหญ่บ้านและผู้ปกครองเข้าร่วมประชุมประจำภาคเรียนที่ 1/2569 เวลา 09.30 น. "
    "ณ หอประชุม (อาคาร 3) ปั้น ฟ้า ที่ นี่ น้ำ ญี่ปุ่น ตั้งแต่ ดี ๆ Latin words wrap too"
)
WORDS = ("ปั้น", "ฟ้า", "ที่", "นี่", "ผู้ใหญ่", "น้ำ", "ญี่ปุ่น", "ตั้งแต่", "วิทยาลัย", "ประชุม", "ภาคเรียน",
         "การศึกษา", "สถานประกอบการ", "ทวิภาคี", "ครู", "นักเรียน", "2569", "ABC", "09.30")  # fmt: skip


@pytest.fixture(scope="module")
def measure() -> Callable[[str], float]:
    fonts = register_fonts(RESOURCES)
    shaper = Shaper()
    return lambda text: shaper.width(text, fonts.regular, 14)


@pytest.mark.parametrize("width", [60.0, 95.0, 150.0, 240.0, 410.0])
def test_every_line_fits_and_no_text_is_lost(measure: Callable[[str], float], width: float) -> None:
    lines = fill_lines(TEXT, width, measure)
    assert all(measure(line) <= width for line in lines)
    assert squeeze("".join(lines)) == squeeze(TEXT)
    assert all(line == line.strip() and line for line in lines)


@pytest.mark.parametrize("width", [60.0, 95.0, 150.0, 240.0])
def test_words_that_fit_a_line_are_never_cut(measure: Callable[[str], float], width: float) -> None:
    lines = fill_lines(TEXT, width, measure)
    for word in ("ผู้ใหญ่บ้าน", "ปั้น", "ญี่ปุ่น", "ตั้งแต่", "1/2569", "09.30", "(อาคาร", "ดี ๆ"):
        if measure(word) <= width:
            assert any(word in line for line in lines), (word, lines)


def test_numbers_codes_and_repetition_marks_stay_with_their_neighbours() -> None:
    tokens = split_words("ภาคเรียนที่ 1/2569 เวลา 09.30 น. ดี ๆ (อาคาร 3)")
    assert "1/2569" in tokens
    assert "09.30" in tokens
    assert not any(t.startswith("ๆ") for t in tokens)
    assert "".join(tokens) == "ภาคเรียนที่ 1/2569 เวลา 09.30 น. ดี ๆ (อาคาร 3)"


def test_newlines_force_breaks_and_the_first_line_can_be_narrower(measure: Callable[[str], float]) -> None:
    assert fill_lines("หนึ่ง\nสอง\n\nสี่", 500, measure) == ["หนึ่ง", "สอง", "", "สี่"]
    lines = fill_lines(TEXT, 300, measure, first_width=200)
    assert measure(lines[0]) <= 200
    assert all(measure(line) <= 300 for line in lines[1:])


def test_a_word_wider_than_the_line_is_cut_between_character_clusters(measure: Callable[[str], float]) -> None:
    word = "สถานประกอบการอุตสาหกรรม"
    lines = fill_lines(word, 40, measure)
    assert len(lines) > 1
    assert "".join(lines) == word
    assert all(measure(line) <= 40 for line in lines)
    marks = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c"
    assert not any(line[0] in marks for line in lines)  # no tone mark or vowel left without its consonant


def test_clusters_keep_marks_and_leading_vowels_with_their_consonant() -> None:
    assert clusters("ผู้ใหญ่") == ["ผู้", "ให", "ญ่"]
    assert clusters("เรื่อง") == ["เรื่", "อ", "ง"]
    assert "".join(clusters("น้ำปั้นฟ้า")) == "น้ำปั้นฟ้า"


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=30),
    st.lists(st.sampled_from(["", " "]), min_size=30, max_size=30),
    st.floats(min_value=45, max_value=400),
)
def test_filled_lines_fit_and_break_only_between_segmenter_words(
    measure: Callable[[str], float], words: list[str], gaps: list[str], width: float
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False)).strip()
    lines = fill_lines(text, width, measure)
    assert squeeze("".join(lines)) == squeeze(text)
    tokens = [t for t in split_words(text) if not t.isspace()]
    for line in lines:
        assert measure(line) <= width or len(clusters(line)) == 1
    for token in tokens:
        if measure(token) <= width:
            assert any(token in line for line in lines), (token, lines)


def test_royal_names_in_holiday_names_are_never_broken() -> None:
    king = "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระปรเมนทรรามาธิบดีศรีสินทรมหาวชิราลงกรณ พระวชิรเกล้าเจ้าอยู่หัว"
    assert "ปรเมนทรรามาธิบดีศรีสินทรมหาวชิราลงกรณ" in split_words(king)  # newmm alone: ปร|เมน|ทร|รามาธิบดี|…
    assert "วชิรเกล้าเจ้าอยู่หัว" in split_words(king)
    father = "วันคล้ายวันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร"
    assert {"บรมชนกาธิเบศร", "ภูมิพลอดุลยเดช", "บรมนาถบพิตร"} <= set(split_words(father))  # alone: ชน|กา|ธิเบศร
    assert "นวมินทรมหาราช" in split_words("วันนวมินทรมหาราช")
    assert split_words("วันพ่อแห่งชาติ") == ["วัน", "พ่อ", "แห่งชาติ"]  # the rest of the word list as before
