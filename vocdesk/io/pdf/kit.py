"""Shortcuts for writing a report's story: headings, paragraphs and tables in the bundled Thai font."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.platypus import Spacer

from vocdesk.io.pdf.fonts import FontFamily, register_fonts
from vocdesk.io.pdf.model import Column
from vocdesk.io.pdf.paragraph import TextLook, ThaiParagraph
from vocdesk.io.pdf.shaping import Shaper
from vocdesk.io.pdf.table import ThaiTable
from vocdesk.io.pdf.table_layout import TableLook


@dataclass
class Kit:
    """The registered fonts and one shaping cache, shared by everything in one report build."""

    fonts: FontFamily
    shaper: Shaper

    @classmethod
    def create(cls, resources_dir: Path) -> Kit:
        """Register the bundled fonts (once per process) and start a fresh shaping cache."""
        return cls(register_fonts(resources_dir), Shaper())

    def look(self, size: float = 14.0, bold: bool = False, **changes: Any) -> TextLook:
        """A paragraph look in the regular or bold face."""
        return TextLook(font=self.fonts.bold if bold else self.fonts.regular, size=size, **changes)

    def paragraph(self, text: str, size: float = 14.0, bold: bool = False, **changes: Any) -> ThaiParagraph:
        """Thai text wrapped between words (see TextLook for indents, alignment and spacing)."""
        return ThaiParagraph(text, self.look(size, bold, **changes), self.shaper)

    def heading(self, text: str, size: float = 16.0) -> ThaiParagraph:
        """A bold heading with space below it."""
        return self.paragraph(text, size, bold=True, space_before=4, space_after=6)

    def table(
        self, columns: Sequence[Column], rows: Sequence[Sequence[str]], size: float = 11.0, **changes: Any
    ) -> ThaiTable:
        """A table that repeats its header on each page and wraps its cells (see TableLook for the rest)."""
        look = TableLook(font=self.fonts.regular, header_font=self.fonts.bold, size=size, **changes)
        return ThaiTable(columns, rows, look, self.shaper)

    @staticmethod
    def space(height: float) -> Spacer:
        """Vertical space in points."""
        return Spacer(1, height)
