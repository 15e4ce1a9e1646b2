"""Benchmark: a 500-page Thai table report against ReportLab drawing the same table unshaped."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import time
from pathlib import Path
from typing import Any

PAGES = 500
SMOKE_PAGES = 20
ROWS_PER_PAGE = 25
GOAL_RATIO = 1.5  # VocDesk's shaped, wrapped, numbered report may take at most this × the baseline
SIZE = 10.0
PADDING = 2.0
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SHORT_NOTES = ("", "ย้ายสถานศึกษา", "ผู้ใหญ่บ้านรับรอง", "ปั้นงานฝีมือ")
# Surname syllables with marks, so that every made-up surname needs shaping: 24 × 24 × 24 distinct surnames.
SYLLABLES = ("ศรี", "แก้ว", "ทอง", "บุญ", "สุข", "วงศ์", "ปั้น", "น้ำ", "ฟ้า", "ใจ", "ชื่น", "ศักดิ์", "พึ่ง",
             "รัก", "มณี", "ชัย", "เพ็ชร", "สม", "ปิ่น", "กิตติ", "ผู้", "ทิพย์", "ตั้ง", "นิ่ม")  # fmt: skip


def bench_rows(count: int, unique_surnames: bool = False) -> list[list[str]]:
    """Learner rows whose cells each fit on one line, so that every page holds ROWS_PER_PAGE rows.

    By default names repeat as in the sample (about 600 distinct full names); `unique_surnames` gives every
    row its own three-syllable surname, the case where the shaping cache helps least.
    """
    from vocdesk.io.pdf.sample import sample_rows

    rows = sample_rows(count, seed=7)
    n = len(SYLLABLES)
    for number, row in enumerate(rows):
        row[-1] = SHORT_NOTES[number % len(SHORT_NOTES)]
        if unique_surnames:
            parts = (SYLLABLES[number % n], SYLLABLES[number // n % n], SYLLABLES[number // n // n % n])
            row[2] = f"{row[2].split()[0]} {''.join(parts)}"
    return rows


def _vocdesk(rows: list[list[str]], out: Path) -> float:
    from vocdesk.io.pdf.reports import ReportOptions, render_report
    from vocdesk.io.pdf.sample import COLUMNS

    options = ReportOptions(RESOURCES, college_name="วิทยาลัยเทคนิคทดสอบ", printed=dt.date(2026, 11, 24))
    started = time.perf_counter()
    render_report(
        out,
        options,
        "รายชื่อนักศึกษาทั้งหมด",
        lambda kit: [kit.table(COLUMNS, rows, size=SIZE, padding=PADDING)],
        landscape=True,
    )
    return time.perf_counter() - started


def _baseline(rows: list[list[str]], out: Path) -> float:
    """ReportLab's own Table, strings unshaped, one table per page, plain header and footer strings."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Table

    from vocdesk.io.pdf.fonts import register_fonts
    from vocdesk.io.pdf.pages import PageSetup
    from vocdesk.io.pdf.sample import COLUMNS

    fonts = register_fonts(RESOURCES)
    setup = PageSetup(landscape=True)
    x, y, width, height = setup.frame()
    total = sum(c.weight for c in COLUMNS)
    widths = [width * c.weight / total for c in COLUMNS]
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.regular, SIZE),
        ("FONT", (0, 0), (-1, 0), fonts.bold, SIZE),
        ("GRID", (0, 0), (-1, -1), 0.4, (0.55, 0.55, 0.55)),
        ("BACKGROUND", (0, 0), (-1, 0), (0.87, 0.9, 0.95)),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    style += [("ALIGN", (i, 1), (i, -1), c.align.upper().replace("CENTRE", "CENTER")) for i, c in enumerate(COLUMNS)]
    header = [c.title for c in COLUMNS]

    def on_page(canv: Any, doc: Any) -> None:
        canv.setFont(fonts.bold, 14)
        canv.drawCentredString(setup.pagesize[0] / 2, setup.pagesize[1] - 50, "วิทยาลัยเทคนิคทดสอบ")
        canv.setFont(fonts.regular, 11)
        canv.drawRightString(setup.pagesize[0] - 57, 36, f"หน้า {doc.page}")

    story: list[Any] = []
    for start in range(0, len(rows), ROWS_PER_PAGE):
        story += [Table([header, *rows[start : start + ROWS_PER_PAGE]], colWidths=widths, style=style), PageBreak()]
    started = time.perf_counter()
    doc = BaseDocTemplate(str(out), pagesize=setup.pagesize, initialFontName=fonts.regular)
    doc.addPageTemplates([PageTemplate(frames=[Frame(x, y, width, height)], onPage=on_page)])
    doc.build(story[:-1])
    return time.perf_counter() - started


def _pages(path: Path) -> int:
    return len(re.findall(rb"/Type /Page[^s]", path.read_bytes()))


def _measure(pages: int, unique_surnames: bool, repeats: int) -> dict[str, Any]:
    """The best of `repeats` alternating runs of each build (a shared machine's noise only adds time)."""
    rows = bench_rows(pages * ROWS_PER_PAGE, unique_surnames)
    with tempfile.TemporaryDirectory() as folder:
        ours_pdf, base_pdf = Path(folder, "vocdesk.pdf"), Path(folder, "baseline.pdf")
        baseline = seconds = float("inf")
        for _ in range(repeats):
            baseline = min(baseline, _baseline(rows, base_pdf))
            seconds = min(seconds, _vocdesk(rows, ours_pdf))
        made = _pages(ours_pdf)
    suffix = "_unique_surnames" if unique_surnames else ""
    return {
        "name": f"pdf_thai_table_{pages}_pages{suffix}",
        "seconds": round(seconds, 3),
        "baseline_seconds": round(baseline, 3),
        "ratio": round(seconds / baseline, 3),
        "goal": GOAL_RATIO,
        "pages": made,
        "rows": len(rows),
    }


def run(smoke: bool) -> list[dict[str, Any]]:
    """Time VocDesk's report and the baseline on the same rows in this process (20 pages when `smoke`).

    Rows: `name`, `seconds`, `baseline_seconds`, `ratio` (seconds / baseline) and `goal` (the largest
    acceptable ratio), plus the pages and rows made.
    """
    from vocdesk.io.pdf.fonts import register_fonts
    from vocdesk.io.pdf.linebreak import split_words

    pages = SMOKE_PAGES if smoke else PAGES
    register_fonts(RESOURCES)  # one-time costs (font parsing, the segmenter's import) counted in neither
    split_words("ผู้ใหญ่บ้าน")
    repeats = 3 if smoke else 1
    return [_measure(pages, False, repeats), _measure(pages, True, repeats)]


if __name__ == "__main__":
    import sys

    for result in run(smoke="--smoke" in sys.argv):
        print(result)
