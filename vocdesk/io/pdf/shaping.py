"""Thai text shaping with HarfBuzz through ReportLab, cached, and drawing that keeps text extractable."""

from __future__ import annotations

import re
from typing import Any, Literal, NamedTuple

Align = Literal["left", "centre", "right"]
_ORIGIN = "BT 1 0 0 1 0 0 Tm "
# Characters HarfBuzz must position: above/below vowels, tone marks and other combining marks, and SARA AM,
# which decomposes into NIKHAHIT + SARA AA. Text without them looks the same shaped or not.
_NEEDS_SHAPING = re.compile("[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]")
_SPACES = re.compile("( +)")


class Shaped(NamedTuple):
    """One string ready to draw: the glyph string, its width in points and the text it stands for."""

    glyphs: str
    width: float
    source: str
    actual_text: str | None  # PDF hex string of the source when glyphs differ from it, else None
    parts: tuple[tuple[float, Shaped], ...] = ()  # words shaped one by one, with their x offsets


def needs_shaping(text: str) -> bool:
    """True when `text` holds Thai marks whose position only HarfBuzz gets right."""
    return _NEEDS_SHAPING.search(text) is not None


def _actual_text(source: str) -> str:
    return "<FEFF" + source.encode("utf-16-be").hex().upper() + ">"


class Shaper:
    """Shapes and measures strings per (text, font, size), remembering the results.

    Text is shaped word by word (marks never attach across a space), so a new full name reuses its
    already-shaped first name and surname. ReportLab's `shapeStr` replaces some glyphs (moved tone marks,
    ligatures) by private-use code points, so `draw` wraps such strings in an /ActualText span: copying and
    searching the PDF then give the original Thai. Not thread-safe: use one Shaper per report build.
    """

    def __init__(self, max_entries: int = 200_000) -> None:
        self._cache: dict[tuple[str, str, float], Shaped] = {}
        self._max_entries = max_entries
        self.hits = 0
        self.misses = 0
        self._doc: object = None
        self._ops: dict[tuple[str, str, float, bool], str] = {}

    def shape(self, text: str, font: str, size: float) -> Shaped:
        """The shaped form of `text` in `font` at `size` points."""
        key = (text, font, size)
        found = self._cache.get(key)
        if found is not None:
            self.hits += 1
            return found
        self.misses += 1
        if len(self._cache) >= self._max_entries:
            self._cache.clear()
        words = _SPACES.split(text) if " " in text and needs_shaping(text) else []
        result = self._shape_words(text, words, font, size) if len(words) > 2 else _shape(text, font, size)
        self._cache[key] = result
        return result

    def _shape_words(self, text: str, pieces: list[str], font: str, size: float) -> Shaped:
        parts: list[tuple[float, Shaped]] = []
        x = 0.0
        for piece in pieces:
            if piece:
                shaped = self.shape(piece, font, size)
                if not piece.isspace():
                    parts.append((x, shaped))
                x += shaped.width
        return Shaped(text, x, text, _actual_text(text), tuple(parts))

    def width(self, text: str, font: str, size: float) -> float:
        """Width in points of `text` as it will be drawn."""
        return self.shape(text, font, size).width

    def draw(
        self, canv: Any, x: float, y: float, text: str | Shaped, font: str, size: float, align: Align = "left"
    ) -> float:
        """Draw `text` with its baseline at y, aligned on x; return its width."""
        shaped = text if isinstance(text, Shaped) else self.shape(text, font, size)
        if align == "right":
            x -= shaped.width
        elif align == "centre":
            x -= shaped.width / 2
        if canv._doc is not self._doc or len(self._ops) >= self._max_entries:
            self._doc, self._ops = canv._doc, {}
        operators = self._operators(canv, shaped, font, size, True)
        canv.addLiteral(f"BT 1 0 0 1 {x:.3f} {y:.3f} Tm {operators} ET")
        return shaped.width

    def _operators(self, canv: Any, shaped: Shaped, font: str, size: float, marked: bool) -> str:
        """The PDF text operators that show `shaped` from the text origin, made once per document.

        ReportLab spends most of a table's time turning shaped strings into operators; a report repeats
        the same strings (names, levels, statuses), so each is turned once and reused. `marked` wraps
        them in the /ActualText span.
        """
        key = (shaped.source, font, size, marked)
        found = self._ops.get(key)
        if found is not None:
            return found
        if shaped.parts:
            operators, at = "", 0.0
            for offset, part in shaped.parts:
                operators += f"{offset - at:.3f} 0 Td " if offset != at else ""
                operators += self._operators(canv, part, font, size, False) + " "
                at = offset
            operators = operators.rstrip()
        else:
            operators = _ops_of(canv, shaped.glyphs, font, size)
        if marked and shaped.actual_text is not None:
            operators = f"/Span <</ActualText {shaped.actual_text}>> BDC {operators} EMC"
        self._ops[key] = operators
        return operators


def _ops_of(canv: Any, glyphs: str, font: str, size: float) -> str:
    """ReportLab's text operators for `glyphs` (shaped or plain), without the text object around them."""
    if canv._fontname != font or canv._fontsize != size:
        canv.setFont(font, size)
    writer = canv.beginText(0, 0)
    writer.textOut(glyphs)
    code: str = writer.getCode()
    if not (code.startswith(_ORIGIN) and code.endswith(" ET") and canv.bottomup):
        raise RuntimeError("unexpected text operators from ReportLab")  # a ReportLab change: see tests
    return code[len(_ORIGIN) : -3]


def _shape(text: str, font: str, size: float) -> Shaped:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if not needs_shaping(text):
        return Shaped(text, stringWidth(text, font, size), text, None)
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

    glyphs = shapeStr(text, font, size)
    if not isinstance(glyphs, ShapedStr):
        return Shaped(text, stringWidth(text, font, size), text, None)
    advance = sum(d.x_advance for d in glyphs.__shapeData__)
    actual = None if str(glyphs) == text else _actual_text(text)
    return Shaped(glyphs, advance * size / 1000, text, actual)
