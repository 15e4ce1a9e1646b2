"""An official letter (หนังสือภายนอก) laid out the way Thai government correspondence is."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from vocdesk.io.pdf.dates import format_be_official, to_thai_digits
from vocdesk.io.pdf.document import render, render_bytes
from vocdesk.io.pdf.job import CancelFn, Job, ProgressFn, never_cancel, no_progress
from vocdesk.io.pdf.kit import Kit
from vocdesk.io.pdf.linebreak import fill_lines
from vocdesk.io.pdf.model import OfficialLetter
from vocdesk.io.pdf.pages import PageSetup
from vocdesk.io.pdf.paragraph import TextLook, ThaiParagraph
from vocdesk.io.pdf.shaping import Shaper

SIZE = 16.0
GARUDA_HEIGHT = 3 * cm
BODY_INDENT = 2.5 * cm
AGENCY_AT = 0.55  # the agency block starts at this share of the line width
SETUP = PageSetup(margin_top=1.5 * cm, margin_bottom=2 * cm, margin_left=3 * cm, margin_right=2 * cm,
                  header=False, footer=False, later_margin_top=2.5 * cm)  # fmt: skip


class GarudaBox(Flowable):  # type: ignore[misc]
    """The 3 cm space at the top centre for the Garuda emblem: its image if given, else a faint outline."""

    def __init__(self, image: Path | None = None, outline: bool = True) -> None:
        super().__init__()
        self.image, self.outline = image, outline

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, GARUDA_HEIGHT

    def draw(self) -> None:
        left = (self.width - GARUDA_HEIGHT) / 2
        if self.image is not None:
            self.canv.drawImage(str(self.image), left, 0, GARUDA_HEIGHT, GARUDA_HEIGHT, mask="auto",
                                preserveAspectRatio=True)  # fmt: skip
        elif self.outline:
            self.canv.saveState()
            self.canv.setStrokeColorRGB(0.8, 0.8, 0.8)
            self.canv.setDash(2, 2)
            self.canv.rect(left, 0, GARUDA_HEIGHT, GARUDA_HEIGHT, stroke=1, fill=0)
            self.canv.restoreState()


class _SideBySide(Flowable):  # type: ignore[misc]
    """`ที่ …` at the left and the agency's lines in a block at the right, on the same top line."""

    def __init__(self, left: str, right: Sequence[str], look: TextLook, shaper: Shaper) -> None:
        super().__init__()
        self.left, self.right, self.look, self.shaper = left, right, look, shaper
        self.lines: list[str] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, look = availWidth, self.look
        column = availWidth * (1 - AGENCY_AT)
        self.lines = [
            line for text in self.right
            for line in fill_lines(text, column, lambda t: self.shaper.width(t, look.font, look.size))
        ]  # fmt: skip
        self.height = max(1, len(self.lines)) * look.line_height
        return availWidth, self.height

    def draw(self) -> None:
        look, y = self.look, self.height - self.look.size * 1.05
        self.shaper.draw(self.canv, 0, y, self.left, look.font, look.size)
        for line in self.lines:
            self.shaper.draw(self.canv, self.width * AGENCY_AT, y, line, look.font, look.size)
            y -= look.line_height


class LetterPainter:
    """Official letters number their second and later pages at the top centre: `- ๒ -`."""

    def __init__(self, kit: Kit, thai_digits: bool) -> None:
        self.kit, self.thai_digits = kit, thai_digits

    def header(self, canv: Any, doc: Any) -> None:
        """Nothing at the page start: the number needs no page count."""

    def footer(self, canv: Any, number: int, total: int) -> None:
        if number < 2:
            return
        label = f"- {to_thai_digits(str(number)) if self.thai_digits else number} -"
        width, height = SETUP.pagesize
        self.kit.shaper.draw(canv, width / 2, height - 1.2 * cm, label, self.kit.fonts.regular, SIZE, "centre")


def letter_story(letter: OfficialLetter, kit: Kit, thai_digits: bool = True, garuda: Path | None = None) -> list[Any]:
    """The flowables of `letter`; digits become Thai digits when `thai_digits` (the official custom)."""
    digits = to_thai_digits if thai_digits else str
    look = kit.look(SIZE, leading=SIZE * 1.25)
    shaper = kit.shaper
    _, _, width, _ = SETUP.frame()

    def labelled(label: str, text: str, space: float = 0.0) -> ThaiParagraph:
        gap = shaper.width(label + "  ", look.font, SIZE)
        return ThaiParagraph(digits(text), look.but(space_before=space), shaper, label, gap)

    story: list[Any] = [
        GarudaBox(garuda),
        _SideBySide(digits(f"ที่ {letter.reference}"), [digits(a) for a in letter.agency], look, shaper),
        ThaiParagraph(format_be_official(letter.date, thai_digits=thai_digits),
                      look.but(left_indent=width * 0.45, space_before=6), shaper),
        labelled("เรื่อง", letter.subject, 8),
        labelled("เรียน", letter.salutation, 8),
    ]  # fmt: skip
    if letter.citation:
        story.append(labelled("อ้างถึง", letter.citation))
    for number, enclosure in enumerate(letter.enclosures, start=1):
        label = "สิ่งที่ส่งมาด้วย" if number == 1 else ""
        text = f"{number}. {enclosure}" if len(letter.enclosures) > 1 else enclosure
        paragraph = labelled("สิ่งที่ส่งมาด้วย", text)
        paragraph.label = label
        story.append(paragraph)
    story += [ThaiParagraph(digits(p), look.but(first_indent=BODY_INDENT, space_before=8), shaper) for p in letter.body]
    signature = look.but(left_indent=width * 0.3, align="centre")
    story += [ThaiParagraph(letter.closing, signature.but(space_before=18), shaper), Spacer(1, 2.5 * look.line_height)]
    story += [ThaiParagraph(f"({letter.signer_name})", signature, shaper)]
    story += [ThaiParagraph(digits(p), signature, shaper) for p in letter.signer_position]
    if letter.contact:
        story.append(Spacer(1, look.line_height / 2))
        story += [ThaiParagraph(digits(c), look, shaper) for c in letter.contact]
    return story


def build_official_letter(
    letter: OfficialLetter,
    out_path: Path,
    resources_dir: Path,
    thai_digits: bool = True,
    garuda: Path | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFn = never_cancel,
    kit: Kit | None = None,
) -> Path:
    """Write `letter` as an A4 PDF at `out_path` (Sarabun 16 pt; a temporary file renamed on success). A `kit`
    shared with the other documents of a set shapes their common words once."""
    kit = kit or Kit.create(resources_dir)
    story = letter_story(letter, kit, thai_digits, garuda)
    job = Job(progress=progress, cancel=cancel)
    painter = LetterPainter(kit, thai_digits)
    return render(out_path, story, SETUP, painter, job, letter.subject, letter.agency[0] if letter.agency else "",
                  kit.fonts.regular)  # fmt: skip


def official_letter_bytes(letter: OfficialLetter, kit: Kit, thai_digits: bool = True,
                          garuda: Path | None = None) -> bytes:
    """The PDF of `letter`, for a set written at once (vocdesk.io.atomic.write_set_atomic)."""
    return render_bytes(letter_story(letter, kit, thai_digits, garuda), SETUP, LetterPainter(kit, thai_digits), Job(),
                        letter.subject, letter.agency[0] if letter.agency else "", kit.fonts.regular)
