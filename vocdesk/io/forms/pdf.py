"""A FormDocument as an A4 Thai PDF: Sarabun 16 pt, shaped and word-wrapped, Thai digits as a print option."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import cm

from vocdesk.io.forms.model import BLANK, Fields, FormDocument, Heading, Para, Signatures, Table
from vocdesk.io.pdf.dates import to_thai_digits
from vocdesk.io.pdf.document import render, render_bytes
from vocdesk.io.pdf.job import Job
from vocdesk.io.pdf.kit import Kit
from vocdesk.io.pdf.letter import LetterPainter
from vocdesk.io.pdf.model import Column
from vocdesk.io.pdf.pages import PageSetup

SIZE = 16.0
SETUP = PageSetup(margin_top=1.5 * cm, margin_bottom=2 * cm, margin_left=3 * cm, margin_right=2 * cm,
                  header=False, footer=False, later_margin_top=2.5 * cm)


def form_story(form: FormDocument, kit: Kit, thai_digits: bool) -> list[Any]:
    digits = to_thai_digits if thai_digits else str
    _, _, width, _ = SETUP.frame()
    look = kit.look(SIZE, leading=SIZE * 1.25)
    story: list[Any] = []
    if form.reference:
        story.append(kit.paragraph(digits(form.reference), 14, align="right"))
    story += [kit.paragraph(digits(line), SIZE, bold=index == 0, align="centre") for index, line in
              enumerate(form.header)]
    story.append(kit.paragraph(form.title, 20, bold=True, align="centre", space_before=10))
    if form.subtitle:
        story.append(kit.paragraph(digits(form.subtitle), SIZE, bold=True, align="centre"))
    story.append(kit.space(8))
    for block in form.blocks:
        if isinstance(block, Heading):
            story.append(kit.paragraph(digits(block.text), SIZE, bold=True, space_before=8, space_after=2))
        elif isinstance(block, Para):
            story.append(kit.paragraph(digits(block.text), SIZE, leading=SIZE * 1.25, space_before=4,
                                       first_indent=2.5 * cm if block.indent else 0))
        elif isinstance(block, Fields):
            for label, value in block.pairs:
                story.append(kit.paragraph(f"{label}  {digits(value) if value else BLANK}", SIZE,
                                           leading=SIZE * 1.25, left_indent=0.5 * cm))
        elif isinstance(block, Table):
            weights = list(block.weights) or [1.0] * len(block.columns)
            columns = [Column(title, weight) for title, weight in zip(block.columns, weights, strict=True)]
            story += [kit.space(4), kit.table(columns, [[digits(c) for c in row] for row in block.rows], 13),
                      kit.space(4)]
        elif isinstance(block, Signatures):
            story.append(kit.space(18))
            for person in block.people:
                sign = look.but(left_indent=width * 0.4, align="centre")
                story += [kit.space(14), kit.paragraph("ลงชื่อ" + "." * 40, SIZE, left_indent=width * 0.4,
                                                       align="centre"),
                          kit.paragraph(f"({person.name or BLANK[:30]})", sign.size, left_indent=sign.left_indent,
                                        align="centre"),
                          kit.paragraph(digits(person.role), sign.size, left_indent=sign.left_indent,
                                        align="centre")]
    for note in form.notes:
        story.append(kit.paragraph(digits(note), 13, space_before=6))
    return story


def build_form_pdf(form: FormDocument, out_path: Path, resources_dir: Path, thai_digits: bool = True,
                   kit: Kit | None = None) -> Path:
    """Write `form` to `out_path` (a temporary file renamed when complete). A `kit` shared by the forms of one set
    shapes the words they have in common (header, names, dates) once."""
    kit = kit or Kit.create(resources_dir)
    return render(out_path, form_story(form, kit, thai_digits), SETUP, LetterPainter(kit, thai_digits), Job(),
                  form.title, form.header[0] if form.header else "", kit.fonts.regular)


def form_pdf_bytes(form: FormDocument, kit: Kit, thai_digits: bool = True) -> bytes:
    """The PDF of `form`, for a set written at once (vocdesk.io.atomic.write_set_atomic)."""
    return render_bytes(form_story(form, kit, thai_digits), SETUP, LetterPainter(kit, thai_digits), Job(),
                        form.title, form.header[0] if form.header else "", kit.fonts.regular)
