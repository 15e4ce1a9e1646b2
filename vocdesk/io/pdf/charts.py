"""Chart flowables for reports, drawn on the canvas with shaped Thai labels: diverging bars and a score heat map."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable

from vocdesk.io.pdf.shaping import Shaper

RGB = tuple[float, float, float]
GAP: RGB = (0.75, 0.22, 0.17)
SURPLUS: RGB = (0.24, 0.49, 0.75)
HEAT: tuple[RGB, ...] = ((0.91, 0.95, 0.98), (0.66, 0.80, 0.89), (0.96, 0.69, 0.25), (0.75, 0.22, 0.17))


class DivergingBarChart(Flowable):  # type: ignore[misc]
    """One labelled bar per row around zero: positive to the right (GAP colour), negative to the left; "—" for None."""

    ROW = 14.0

    def __init__(self, bars: Sequence[tuple[str, float | None]], font: str, shaper: Shaper, size: float = 10,
                 label_width: float = 170) -> None:
        super().__init__()
        self.bars, self.font, self.shaper, self.size, self.label_width = list(bars), font, shaper, size, label_width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.ROW * max(1, len(self.bars)) + 4
        return self.width, self.height

    def draw(self) -> None:
        canv: Any = self.canv
        left = self.label_width + 6
        span = self.width - left
        middle = left + span / 2
        peak = max([100.0] + [abs(v) for _l, v in self.bars if v is not None])
        for index, (label, value) in enumerate(self.bars):
            y = self.height - (index + 1) * self.ROW
            self.shaper.draw(canv, 0, y + 3, label, self.font, self.size)
            if value is None:
                self.shaper.draw(canv, middle + 4, y + 3, "—", self.font, self.size)
                continue
            width = (span / 2 - 34) * abs(value) / peak
            canv.setFillColorRGB(*(GAP if value > 0 else SURPLUS))
            canv.rect(middle if value > 0 else middle - width, y + 2, width, self.ROW - 4, stroke=0, fill=1)
            canv.setFillColorRGB(0, 0, 0)
            caption = f"{value:+.0f}%"
            if value > 0:
                self.shaper.draw(canv, middle + width + 2, y + 3, caption, self.font, self.size)
            else:
                self.shaper.draw(canv, middle - width - 2, y + 3, caption, self.font, self.size, "right")
        canv.setStrokeColorRGB(0.4, 0.45, 0.5)
        canv.line(middle, 0, middle, self.height)


class HeatMapChart(Flowable):  # type: ignore[misc]
    """Rows × columns of 0–3 scores, each cell coloured by its score, "—" where a row has no figure."""

    ROW = 14.0

    def __init__(self, columns: Sequence[str], rows: Sequence[tuple[str, Sequence[int | None]]], font: str,
                 shaper: Shaper, size: float = 10, label_width: float = 170, cell: float = 90) -> None:
        super().__init__()
        self.columns, self.rows = list(columns), list(rows)
        self.font, self.shaper, self.size, self.label_width, self.cell = font, shaper, size, label_width, cell

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.ROW * (len(self.rows) + 1) + 4
        return self.width, self.height

    def draw(self) -> None:
        canv: Any = self.canv
        top = self.height - self.ROW
        for c, name in enumerate(self.columns):
            self.shaper.draw(canv, self.label_width + (c + 0.5) * self.cell, top + 3, name, self.font, self.size,
                             "centre")
        for r, (label, scores) in enumerate(self.rows):
            y = top - (r + 1) * self.ROW
            self.shaper.draw(canv, 0, y + 3, label, self.font, self.size)
            for c, score in enumerate(scores):
                x = self.label_width + c * self.cell
                canv.setFillColorRGB(*(HEAT[score] if score is not None else (1, 1, 1)))
                canv.setStrokeColorRGB(0.6, 0.6, 0.6)
                canv.rect(x + 1, y + 1, self.cell - 2, self.ROW - 2, stroke=1, fill=1)
                canv.setFillColorRGB(*((1, 1, 1) if score == 3 else (0, 0, 0)))
                self.shaper.draw(canv, x + self.cell / 2, y + 3, "—" if score is None else str(score), self.font,
                                 self.size, "centre")
                canv.setFillColorRGB(0, 0, 0)
