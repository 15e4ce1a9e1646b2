"""A FormDocument as an editable Word file (python-docx): the same text, in TH Sarabun New 16 pt where installed."""

from __future__ import annotations

from pathlib import Path

from vocdesk.io.atomic import write_bytes_atomic
from vocdesk.io.forms.model import BLANK, Fields, FormDocument, Heading, Para, Signatures, Table
from vocdesk.io.pdf.dates import to_thai_digits

FONT = "TH Sarabun New"
"""Word substitutes its own Thai font when this one is missing; colleges nearly always have it."""


def build_form_docx(form: FormDocument, out_path: Path, thai_digits: bool = True) -> Path:
    write_bytes_atomic(out_path, form_docx_bytes(form, thai_digits))
    return out_path


def form_docx_bytes(form: FormDocument, thai_digits: bool = True) -> bytes:
    """The .docx of `form`, for a set written at once (vocdesk.io.atomic.write_set_atomic)."""
    import io

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    digits = to_thai_digits if thai_digits else str
    document = Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(16)
    style.element.rPr.rFonts.set(qn("w:cs"), FONT)
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), "32")  # half-points: Thai (complex script) text at 16 pt too
    style.element.rPr.append(size_cs)
    for section in document.sections:
        section.left_margin, section.right_margin, section.top_margin = Cm(3), Cm(2), Cm(2)

    def line(text: str, bold: bool = False, centre: bool = False, indent: bool = False) -> None:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = bold
        run.font.cs_bold = bold
        if centre:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            paragraph.paragraph_format.first_line_indent = Cm(2.5)
        paragraph.paragraph_format.space_after = Pt(0)

    if form.reference:
        line(digits(form.reference))
        document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for index, text in enumerate(form.header):
        line(digits(text), bold=index == 0, centre=True)
    line(form.title, bold=True, centre=True)
    if form.subtitle:
        line(digits(form.subtitle), bold=True, centre=True)
    for block in form.blocks:
        if isinstance(block, Heading):
            line(digits(block.text), bold=True)
        elif isinstance(block, Para):
            line(digits(block.text), indent=block.indent)
        elif isinstance(block, Fields):
            for label, value in block.pairs:
                line(f"{label}  {digits(value) if value else BLANK}")
        elif isinstance(block, Table):
            table = document.add_table(rows=1, cols=len(block.columns))
            table.style = "Table Grid"
            for cell, title in zip(table.rows[0].cells, block.columns, strict=True):
                cell.text = title
            for row in block.rows:
                for cell, value in zip(table.add_row().cells, row, strict=True):
                    cell.text = digits(value)
        elif isinstance(block, Signatures):
            for person in block.people:
                line("")
                for text in ("ลงชื่อ" + "." * 40, f"({person.name or BLANK[:30]})", digits(person.role)):
                    line(text, centre=True)
    for note in form.notes:
        line(digits(note))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
