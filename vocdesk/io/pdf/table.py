"""A Thai table flowable: header repeated on every page, wrapped cells, one drawing per page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable

from vocdesk.io.pdf.model import Column
from vocdesk.io.pdf.shaping import Shaper
from vocdesk.io.pdf.table_layout import Lines, TableLayout, TableLook


class ThaiTable(Flowable):  # type: ignore[misc]
    """Rows of text under a header row that is repeated at the top of each page the table reaches."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        look: TableLook,
        shaper: Shaper,
        _layout: TableLayout | None = None,
        _span: tuple[int, int | None] = (0, None),
    ) -> None:
        super().__init__()
        self.layout = _layout or TableLayout(columns, rows, look, shaper)
        self.start, self.stop = _span
        self.progress_units = (self.stop if self.stop is not None else len(rows)) - self.start

    def _fit(self, height: float) -> tuple[int, float]:
        """How many rows from `start` fit in `height`, and their height with the header."""
        layout = self.layout
        used, end = layout.header[0], self.start
        last = len(layout.rows) if self.stop is None else self.stop
        while end < last:
            row_height = layout.row(end)[0]
            if used + row_height > height:
                break
            used += row_height
            end += 1
        return end, used

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        layout = self.layout
        layout.set_width(availWidth)
        end, used = self._fit(availHeight)
        last = len(layout.rows) if self.stop is None else self.stop
        self.width = availWidth
        # When rows are left over, claim more than the space offered so that ReportLab asks for a split.
        self.height = used if end >= last else availHeight + 1
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        layout = self.layout
        layout.set_width(availWidth)
        end, _ = self._fit(availHeight)
        if end == self.start:
            if not getattr(getattr(self, "_frame", None), "_atTop", True):
                return []  # below other content: try the next frame before shortening the row
            layout.clip(self.start, availHeight - layout.header[0])
            end = self.start + 1
        head = ThaiTable([], layout.rows, layout.look, layout.shaper, layout, (self.start, end))
        tail = ThaiTable([], layout.rows, layout.look, layout.shaper, layout, (end, self.stop))
        return [head, tail]

    def draw(self) -> None:
        layout, look, canv = self.layout, self.layout.look, self.canv
        end, _ = self._fit(self.height + 0.001)
        rows = [layout.header] + [layout.row(i) for i in range(self.start, end)]
        edges = [0.0]
        for width in layout.widths:
            edges.append(edges[-1] + width)
        top = self.height
        canv.saveState()
        canv.setFillColorRGB(*look.header_fill)
        canv.rect(0, top - rows[0][0], self.width, rows[0][0], stroke=0, fill=1)
        if look.stripe_fill is not None:
            canv.setFillColorRGB(*look.stripe_fill)
            y = top - rows[0][0]
            for number, (height, _) in enumerate(rows[1:], start=self.start):
                if number % 2:
                    canv.rect(0, y - height, self.width, height, stroke=0, fill=1)
                y -= height
        canv.setFillColorRGB(0, 0, 0)
        self._draw_text(canv, rows, edges, top)
        canv.setStrokeColorRGB(*look.grid)
        canv.setLineWidth(look.line_width)
        y = top
        for height, _ in rows:
            canv.line(0, y, self.width, y)
            y -= height
        canv.line(0, y, self.width, y)
        for x in edges:
            canv.line(x, top, x, y)
        canv.restoreState()
        for index in range(self.start, end):
            layout.laid.pop(index, None)

    def _draw_text(self, canv: Any, rows: list[tuple[float, Lines]], edges: list[float], top: float) -> None:
        layout, look, draw = self.layout, self.layout.look, self.layout.shaper.draw
        pad, size, leading = look.padding, look.size, look.line_height
        first_baseline = pad + size * 1.02
        for number, (height, cells) in enumerate(rows):
            font = look.header_font if number == 0 else look.font
            for column, lines in enumerate(cells):
                align = "centre" if number == 0 else layout.columns[column].align
                left, right = edges[column], edges[column + 1]
                x = left + pad if align == "left" else right - pad if align == "right" else (left + right) / 2
                baseline = top - first_baseline
                for line in lines:
                    draw(canv, x, baseline, line, font, size, align)
                    baseline -= leading
            top -= height
