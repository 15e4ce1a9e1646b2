"""A paragraph flowable that wraps Thai text between words and splits across pages by lines."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from reportlab.platypus import Flowable

from vocdesk.io.pdf.linebreak import fill_lines
from vocdesk.io.pdf.shaping import Align, Shaper


@dataclass(frozen=True)
class TextLook:
    """Font, size (pt), leading, indents and alignment of a paragraph."""

    font: str
    size: float = 14.0
    leading: float = 0.0  # 0: 1.3 × size, which suits Sarabun's tall marks
    first_indent: float = 0.0
    left_indent: float = 0.0
    align: Align = "left"
    space_before: float = 0.0
    space_after: float = 0.0

    @property
    def line_height(self) -> float:
        return self.leading or self.size * 1.3

    def but(self, **changes: Any) -> TextLook:
        """A copy with some fields changed."""
        return replace(self, **changes)


class ThaiParagraph(Flowable):  # type: ignore[misc]
    """Text wrapped at Thai word boundaries; an optional label hangs in front of the first line."""

    def __init__(
        self,
        text: str,
        look: TextLook,
        shaper: Shaper,
        label: str = "",
        label_width: float = 0.0,
        lines: list[str] | None = None,
        first_part: bool = True,
    ) -> None:
        super().__init__()
        self.text, self.look, self.shaper = text, look, shaper
        self.label, self.label_width = label, label_width
        self._lines = lines
        self._first_part = first_part
        self._wrapped_for = -1.0
        self._cached: list[str] = []
        self.progress_units = 1 if first_part else 0

    def _measure(self, text: str) -> float:
        return self.shaper.width(text, self.look.font, self.look.size)

    def _text_x(self, index: int) -> float:
        look = self.look
        x = look.left_indent + self.label_width
        return x + look.first_indent if index == 0 and self._first_part else x

    def lines_for(self, width: float) -> list[str]:
        """The paragraph's lines for a frame `width` points wide."""
        if self._lines is not None:
            return self._lines
        if width != self._wrapped_for:
            body = width - self.look.left_indent - self.label_width
            self._cached = fill_lines(self.text, body, self._measure, body - self.look.first_indent)
            self._wrapped_for = width
        return self._cached

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self.lines_for(availWidth)) * self.look.line_height
        return availWidth, self.height

    def getSpaceBefore(self) -> float:
        return self.look.space_before if self._first_part else 0.0

    def getSpaceAfter(self) -> float:
        return self.look.space_after

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self.lines_for(availWidth)
        fits = int(availHeight // self.look.line_height)
        if fits < 1 or fits >= len(lines):
            return []
        head = ThaiParagraph(self.text, self.look, self.shaper, self.label, self.label_width, lines[:fits])
        head._first_part = self._first_part
        head.look = self.look.but(space_after=0.0)
        head.progress_units = 0
        tail = ThaiParagraph(self.text, self.look, self.shaper, "", self.label_width, lines[fits:], False)
        tail.progress_units = self.progress_units
        return [head, tail]

    def draw(self) -> None:
        look, canv = self.look, self.canv
        width = self.width
        baseline = self.height - look.size * 1.05
        if self.label and self._first_part:
            self.shaper.draw(canv, look.left_indent, baseline, self.label, look.font, look.size)
        for index, line in enumerate(self.lines_for(width)):
            x = self._text_x(index)
            if look.align == "right":
                x = width
            elif look.align == "centre":
                x = (x + width) / 2
            self.shaper.draw(canv, x, baseline, line, look.font, look.size, look.align)
            baseline -= look.line_height
