"""Table layout shared by all pages of one table: column widths and rows laid out as they are needed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vocdesk.io.pdf.linebreak import fill_lines
from vocdesk.io.pdf.model import Column
from vocdesk.io.pdf.shaping import Shaped, Shaper

RGB = tuple[float, float, float]


@dataclass(frozen=True)
class TableLook:
    """Fonts, size, padding and colours of a table."""

    font: str
    header_font: str
    size: float = 11.0
    padding: float = 2.5
    header_fill: RGB = (0.87, 0.9, 0.95)
    stripe_fill: RGB | None = (0.965, 0.965, 0.965)
    grid: RGB = (0.55, 0.55, 0.55)
    line_width: float = 0.4

    @property
    def line_height(self) -> float:
        return self.size * 1.3


Lines = list[list[Shaped]]  # per cell, its shaped lines


class TableLayout:
    """What all pages of one table share: column widths and laid-out rows, made as they are needed."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], look: TableLook, shaper: Shaper):
        self.columns, self.rows, self.look, self.shaper = columns, rows, look, shaper
        self.width = -1.0
        self.widths: list[float] = []
        self.header: tuple[float, Lines] = (0.0, [])
        self.laid: dict[int, tuple[float, Lines]] = {}

    def set_width(self, width: float) -> None:
        if width == self.width:
            return
        total = sum(c.weight for c in self.columns)
        self.width, self.widths = width, [width * c.weight / total for c in self.columns]
        self.laid.clear()
        self.header = self._lay([c.title for c in self.columns], self.look.header_font)

    def _cell(self, text: str, width: float, font: str) -> list[Shaped]:
        if not text:
            return []
        size = self.look.size
        whole = self.shaper.shape(text, font, size)
        if whole.width <= width and "\n" not in text:
            return [whole]
        lines = fill_lines(text, width, lambda t: self.shaper.width(t, font, size))
        return [self.shaper.shape(line, font, size) for line in lines]

    def _lay(self, cells: Sequence[str], font: str) -> tuple[float, Lines]:
        inner = 2 * self.look.padding
        lines = [self._cell(str(text), w - inner, font) for text, w in zip(cells, self.widths, strict=False)]
        count = max((len(c) for c in lines), default=1) or 1
        return inner + count * self.look.line_height, lines

    def row(self, index: int) -> tuple[float, Lines]:
        found = self.laid.get(index)
        if found is None:
            found = self.laid[index] = self._lay(self.rows[index], self.look.font)
        return found

    def clip(self, index: int, height: float) -> None:
        """Shorten a row taller than a whole frame so that it fits, ending its cut cells with '…'."""
        _, lines = self.row(index)
        keep = max(1, int((height - 2 * self.look.padding) // self.look.line_height))
        ellipsis = self.shaper.shape("…", self.look.font, self.look.size)
        clipped = [cell if len(cell) <= keep else [*cell[: keep - 1], ellipsis] for cell in lines]
        self.laid[index] = (2 * self.look.padding + keep * self.look.line_height, clipped)
