"""Helpers for the PDF tests: read PDFs back with poppler-utils as a person's viewer would."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def need_poppler() -> None:
    """Skip the calling test when poppler-utils (pdftotext, pdffonts) is not installed."""
    if not (shutil.which("pdftotext") and shutil.which("pdffonts")):
        pytest.skip("poppler-utils (pdftotext, pdffonts) is not installed: apt-get install poppler-utils")


def page_texts(pdf: Path) -> list[str]:
    """The extracted text of each page, in reading order."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = out.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def embedded_fonts(pdf: Path) -> dict[str, bool]:
    """Font name (subset prefix dropped) → whether it is embedded, as `pdffonts` lists them."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    fonts = {}
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type...] encoding emb sub uni object ID: emb is the fifth field from the end.
        fonts[parts[0].split("+")[-1]] = parts[-5] == "yes"
    return fonts


@dataclass(frozen=True)
class Word:
    """A word box as poppler sees it, in points from the page's top-left corner."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def words(pdf: Path) -> tuple[list[tuple[float, float]], list[Word]]:
    """Page sizes and every word box of the document."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    sizes: list[tuple[float, float]] = []
    found: list[Word] = []
    for chunk in out.split("<page ")[1:]:
        match = _PAGE.match("<page " + chunk)
        assert match is not None
        sizes.append((float(match[1]), float(match[2])))
        for w in _WORD.finditer(chunk):
            box = (float(w[1]), float(w[2]), float(w[3]), float(w[4]))
            found.append(Word(len(sizes), *box, html.unescape(w[5])))
    return sizes, found


def squeeze(text: str) -> str:
    """`text` without any whitespace, to compare wrapped output with its source."""
    return re.sub(r"\s+", "", text)
