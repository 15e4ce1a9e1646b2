"""The document build: pages held back for `หน้า x/y` footers, progress, cancel, atomic output."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from vocdesk.io.pdf.job import Job, atomic_output
from vocdesk.io.pdf.pages import PagePainter, PageSetup


def _canvas_class(paint_footer: Callable[[Any, int, int], None]) -> type[Canvas]:
    """A Canvas that holds finished pages back until save, when the page count is known for footers."""

    class FooterCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                paint_footer(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return FooterCanvas


class _Document(BaseDocTemplate):  # type: ignore[misc]
    """Counts finished flowables as progress and checks for cancellation after every page."""

    def __init__(self, filename: str | io.BytesIO, job: Job, **kwargs: Any) -> None:
        super().__init__(filename, **kwargs)
        self.job = job

    def afterFlowable(self, flowable: Flowable) -> None:
        self.job.advance(progress_units(flowable))

    def afterPage(self) -> None:
        self.job.checkpoint()


def progress_units(flowable: Flowable) -> int:
    """How much of the job a flowable stands for (table parts count their rows)."""
    return int(getattr(flowable, "progress_units", 1))


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Skip ReportLab's ASCII85 layer on compressed streams while building: files are about a fifth
    smaller and pages faster to write (7-bit-clean PDFs are not needed today)."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _frame(setup: PageSetup) -> Frame:
    x, y, width, height = setup.frame()
    return Frame(x, y, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")


def render_bytes(
    story: Sequence[Flowable],
    setup: PageSetup,
    painter: PagePainter,
    job: Job,
    title: str = "",
    author: str = "",
    font: str = "Helvetica",
) -> bytes:
    """Lay `story` out on A4 pages and return the PDF, for a caller that writes several files as one set (it
    finishes `job` once they are written)."""
    job.total = max(1, sum(progress_units(f) for f in story))
    templates = [
        PageTemplate(id="first", frames=[_frame(setup)], onPage=painter.header, autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[_frame(setup.later())], onPage=painter.header),
    ]
    buffer = io.BytesIO()
    with _binary_streams():
        doc = _Document(
            buffer,
            job,
            pagesize=setup.pagesize,
            title=title,
            author=author,
            creator="VocDesk",
            initialFontName=font,
        )
        doc.addPageTemplates(templates)
        doc.build(list(story), canvasmaker=_canvas_class(painter.footer))
    return buffer.getvalue()


def render(
    out_path: Path,
    story: Sequence[Flowable],
    setup: PageSetup,
    painter: PagePainter,
    job: Job,
    title: str = "",
    author: str = "",
    font: str = "Helvetica",
) -> Path:
    """Lay `story` out on A4 pages and write the PDF to `out_path` (all or nothing)."""
    data = render_bytes(story, setup, painter, job, title, author, font)
    with atomic_output(out_path) as temporary:
        temporary.write_bytes(data)
    job.finish()
    return out_path
