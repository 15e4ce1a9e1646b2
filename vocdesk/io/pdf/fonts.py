"""Registers the bundled Sarabun family with ReportLab, on request and only once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vocdesk.errors import VocDeskError

FONT_DIR = "fonts"
FAMILY = "Sarabun"
_STYLES = {
    "regular": "Sarabun-Regular.ttf",
    "bold": "Sarabun-Bold.ttf",
    "italic": "Sarabun-Italic.ttf",
    "bold_italic": "Sarabun-BoldItalic.ttf",
}


class FontMissing(VocDeskError):
    """A font file the PDF engine needs is not in the resources folder."""

    code = "pdf_font_missing"


@dataclass(frozen=True)
class FontFamily:
    """ReportLab names of the four styles of one registered family."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


def font_files(resources_dir: Path) -> dict[str, Path]:
    """The bundled TTF of each style, under `resources_dir/fonts`."""
    return {style: resources_dir / FONT_DIR / name for style, name in _STYLES.items()}


def register_fonts(resources_dir: Path) -> FontFamily:
    """Register Sarabun from `resources_dir/fonts` (idempotent) and return its style names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = FontFamily(
        regular=FAMILY,
        bold=f"{FAMILY}-Bold",
        italic=f"{FAMILY}-Italic",
        bold_italic=f"{FAMILY}-BoldItalic",
    )
    files = font_files(resources_dir)
    for path in files.values():
        if not path.is_file():
            raise FontMissing(path=str(path))
    registered = set(pdfmetrics.getRegisteredFontNames())
    for style, path in files.items():
        name: str = getattr(names, style)
        if name in registered:
            continue
        # shapable=True lets ReportLab hand the font to HarfBuzz (uharfbuzz) for Thai mark placement.
        pdfmetrics.registerFont(TTFont(name, str(path), shapable=True))
    for bold, italic, style in ((0, 0, "regular"), (1, 0, "bold"), (0, 1, "italic"), (1, 1, "bold_italic")):
        addMapping(FAMILY, bold, italic, getattr(names, style))
    return names
