"""A4 page setups and what repeats on report pages: a Thai header and a `หน้า x/y` footer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, Protocol

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm

from vocdesk.io.pdf.dates import printed_on, to_thai_digits
from vocdesk.io.pdf.fonts import FontFamily
from vocdesk.io.pdf.shaping import Shaper

GREY = (0.45, 0.45, 0.45)


@dataclass(frozen=True)
class PageSetup:
    """Paper orientation, margins (points) and whether to print the header and footer bands."""

    landscape: bool = False
    margin_top: float = 1.5 * cm
    margin_bottom: float = 1.2 * cm
    margin_left: float = 2.0 * cm
    margin_right: float = 2.0 * cm
    header: bool = True
    footer: bool = True
    header_height: float = 1.5 * cm
    footer_height: float = 0.9 * cm
    later_margin_top: float | None = None  # a different top margin from the second page on

    def later(self) -> PageSetup:
        """The setup of the second and later pages."""
        return self if self.later_margin_top is None else replace(self, margin_top=self.later_margin_top)

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4  # type: ignore[no-any-return]

    def frame(self) -> tuple[float, float, float, float]:
        """x, y, width and height of the body frame, between the header and footer bands."""
        width, height = self.pagesize
        top = self.margin_top + (self.header_height if self.header else 0)
        bottom = self.margin_bottom + (self.footer_height if self.footer else 0)
        return (self.margin_left, bottom, width - self.margin_left - self.margin_right, height - top - bottom)


@dataclass(frozen=True)
class PageText:
    """What the header and footer say."""

    college_name: str
    title: str
    printed: dt.date
    thai_digits: bool = False


def page_label(number: int, total: int, thai_digits: bool = False) -> str:
    """`หน้า 3/12`."""
    text = f"หน้า {number}/{total}"
    return to_thai_digits(text) if thai_digits else text


class PagePainter(Protocol):
    """Draws what repeats on pages: `header` as each page starts, `footer` once the page count is known."""

    def header(self, canv: Any, doc: Any) -> None: ...

    def footer(self, canv: Any, number: int, total: int) -> None: ...


class ReportPainter:
    """A report's header (college, title, rule) and footer (print date, `หน้า x/y`)."""

    def __init__(self, setup: PageSetup, text: PageText, fonts: FontFamily, shaper: Shaper) -> None:
        self.setup, self.text, self.fonts, self.shaper = setup, text, fonts, shaper

    def header(self, canv: Any, doc: Any) -> None:
        setup = self.setup
        if not setup.header:
            return
        width, height = setup.pagesize
        centre = width / 2
        top = height - setup.margin_top
        self.shaper.draw(canv, centre, top - 14, self.text.college_name, self.fonts.bold, 14, "centre")
        self.shaper.draw(canv, centre, top - 30, self.text.title, self.fonts.regular, 13, "centre")
        canv.setStrokeColorRGB(*GREY)
        canv.setLineWidth(0.5)
        y = top - setup.header_height + 0.2 * cm
        canv.line(setup.margin_left, y, width - setup.margin_right, y)

    def footer(self, canv: Any, number: int, total: int) -> None:
        setup = self.setup
        if not setup.footer:
            return
        width, _ = setup.pagesize
        y = setup.margin_bottom
        canv.setStrokeColorRGB(*GREY)
        canv.setLineWidth(0.5)
        canv.line(setup.margin_left, y + 14, width - setup.margin_right, y + 14)
        canv.setFillColorRGB(*GREY)
        when = printed_on(self.text.printed, self.text.thai_digits)
        self.shaper.draw(canv, setup.margin_left, y + 2, when, self.fonts.regular, 11)
        label = page_label(number, total, self.text.thai_digits)
        self.shaper.draw(canv, width - setup.margin_right, y + 2, label, self.fonts.regular, 11, "right")
        canv.setFillColorRGB(0, 0, 0)
