"""Plain descriptions of printed things (table columns, official letters), free of ReportLab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from vocdesk.io.pdf.shaping import Align


@dataclass(frozen=True)
class Column:
    """A column's header text, its share of the table width and the alignment of its cells."""

    title: str
    weight: float = 1.0
    align: Align = "left"


@dataclass(frozen=True)
class OfficialLetter:
    """The parts of an official letter (หนังสือภายนอก), in the order they are printed."""

    reference: str  # ที่ ศธ 0607.1/123
    agency: Sequence[str]  # ส่วนราชการเจ้าของหนังสือ: name and address lines, printed at the right
    date: dt.date
    subject: str  # เรื่อง
    salutation: str  # เรียน (the addressee)
    body: Sequence[str]  # paragraphs
    signer_name: str
    signer_position: Sequence[str] = ()
    citation: str = ""  # อ้างถึง
    enclosures: Sequence[str] = ()  # สิ่งที่ส่งมาด้วย
    closing: str = "ขอแสดงความนับถือ"
    contact: Sequence[str] = ()  # the unit that owns the matter, telephone: printed at the bottom left
