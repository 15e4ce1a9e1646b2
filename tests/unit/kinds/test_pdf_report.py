"""The sample report as a reader sees it: fonts, Thai text, repeated headers, page numbers, safe writing."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories.kinds import RESOURCES, embedded_fonts, need_poppler, page_texts, squeeze, words
from vocdesk.errors import NotFound
from vocdesk.io.pdf import Report, ReportCancelled, ReportOptions, ReportRegistry, builtin_reports
from vocdesk.io.pdf.kit import Kit
from vocdesk.io.pdf.pages import PageSetup, page_label
from vocdesk.io.pdf.sample import COLUMNS, PARAGRAPH, TITLE, sample_rows

OPTIONS = ReportOptions(RESOURCES, college_name="วิทยาลัยเทคนิคเชียงใหม่", printed=dt.date(2026, 11, 24))
ROWS = 60


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[int, int]]]:
    out = tmp_path_factory.mktemp("report") / "sample.pdf"
    calls: list[tuple[int, int]] = []
    builtin_reports().get("sample-thai").build(ROWS, out, OPTIONS, lambda d, t: calls.append((d, t)), lambda: False)
    return out, calls


def test_importing_the_package_loads_neither_reportlab_nor_the_segmenter() -> None:
    code = "import sys, vocdesk.io.pdf; print(sorted(m for m in ('reportlab', 'newmm_tokenizer') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_registry_lists_the_sample_and_rejects_unknown_or_duplicate_names() -> None:
    registry = builtin_reports()
    assert registry.names() == ["sample-thai", "official-letter"]
    assert all(isinstance(report, Report) and report.description_th for report in registry)
    with pytest.raises(NotFound):
        registry.get("no-such-report")
    with pytest.raises(ValueError, match="already registered"):
        ReportRegistry([registry.get("sample-thai"), registry.get("sample-thai")])


def test_the_thai_font_is_embedded_and_nothing_else_is_used(built: tuple[Path, object]) -> None:
    need_poppler()
    assert embedded_fonts(built[0]) == {"Sarabun-Regular": True, "Sarabun-Bold": True}


def test_the_paragraph_reads_back_intact_and_in_order(built: tuple[Path, object]) -> None:
    need_poppler()
    first = page_texts(built[0])[0]
    assert squeeze(PARAGRAPH) in squeeze(first)
    for word in ("ปั้น", "ฟ้า", "ที่", "นี่", "ผู้ใหญ่", "น้ำ", "ญี่ปุ่น", "ตั้งแต่", "ฎีกา"):
        assert word in first.split()
    assert not any("\ue000" <= ch <= "\uf8ff" for ch in first)


def test_every_page_repeats_the_table_header_and_numbers_itself(built: tuple[Path, object]) -> None:
    need_poppler()
    pages = page_texts(built[0])
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert text.count("รหัสนักศึกษา") == 1, number
        assert text.count("วิทยาลัยเทคนิคเชียงใหม่") == 1
        assert f"หน้า {number}/{len(pages)}" in text
        assert "พิมพ์เมื่อ 24 พฤศจิกายน 2569" in text


def test_every_row_is_printed_once_in_order(built: tuple[Path, object]) -> None:
    need_poppler()
    text = squeeze("".join(page_texts(built[0])))
    positions = [text.find(squeeze(row[2]) + squeeze(row[3])) for row in sample_rows(ROWS)]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_nothing_is_printed_outside_the_margins(built: tuple[Path, object]) -> None:
    need_poppler()
    sizes, found = words(built[0])
    setup = PageSetup(landscape=True)
    for word in found:
        width, height = sizes[word.page - 1]
        assert setup.margin_left - 0.5 <= word.x0 and word.x1 <= width - setup.margin_right + 0.5, word
        assert word.y0 >= setup.margin_top - 2 and word.y1 <= height - setup.margin_bottom + 2, word


def test_table_cells_wrap_within_their_columns() -> None:
    kit = Kit.create(RESOURCES)
    rows = sample_rows(200)
    rows[0][9] = "ฝึกอาชีพระบบทวิภาคีที่สถานประกอบการผู้ใหญ่บ้านรับรองแล้ว " * 3
    table = kit.table(COLUMNS, rows)
    table.wrap(700, 400)
    layout = table.layout
    wrapped = 0
    for index in range(len(rows)):
        _, cells = layout.row(index)
        for width, lines in zip(layout.widths, cells, strict=True):
            assert all(line.width <= width - 2 * layout.look.padding for line in lines)
            wrapped += len(lines) > 1
    assert wrapped > 0


def test_progress_climbs_to_the_total(built: tuple[Path, list[tuple[int, int]]]) -> None:
    calls = built[1]
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert calls[-1][0] == calls[-1][1] == ROWS + 2  # heading, paragraph and one unit per row
    assert len(calls) >= 4


def test_cancelling_leaves_no_file_and_keeps_an_older_one(tmp_path: Path) -> None:
    report = builtin_reports().get("sample-thai")
    fresh = tmp_path / "new.pdf"
    pages: list[int] = []
    with pytest.raises(ReportCancelled):
        report.build(300, fresh, OPTIONS, lambda d, t: pages.append(d), lambda: len(pages) >= 3)
    older = tmp_path / "old.pdf"
    older.write_bytes(b"%PDF-1.4 an older report")
    with pytest.raises(ReportCancelled):
        report.build(300, older, OPTIONS, lambda d, t: None, lambda: True)
    assert not fresh.exists()
    assert older.read_bytes() == b"%PDF-1.4 an older report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.pdf"]  # no temporary file left behind


def test_a_build_failing_halfway_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "broken.pdf"

    def never() -> bool:
        return False

    with pytest.raises(ZeroDivisionError):
        builtin_reports().get("sample-thai").build(80, out, OPTIONS, lambda d, t: d // (d - d) if d else 0, never)
    assert list(tmp_path.iterdir()) == []


def test_page_labels_and_footer_dates_can_use_thai_digits(tmp_path: Path) -> None:
    assert page_label(3, 12) == "หน้า 3/12"
    assert page_label(3, 12, thai_digits=True) == "หน้า ๓/๑๒"
    need_poppler()
    out = tmp_path / "thai-digits.pdf"
    options = ReportOptions(RESOURCES, "วิทยาลัย", dt.date(2026, 11, 24), thai_digits=True, landscape=False)
    builtin_reports().get("sample-thai").build(5, out, options, lambda d, t: None, lambda: False)
    text = page_texts(out)[0]
    assert "หน้า ๑/๑" in text and "พิมพ์เมื่อ ๒๔ พฤศจิกายน ๒๕๖๙" in text
    assert TITLE in text
