"""The report registry and what every report's build gets: options, progress, cancel, a story kit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from vocdesk.errors import NotFound
from vocdesk.io.pdf.job import CancelFn, Job, ProgressFn, never_cancel, no_progress

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from vocdesk.io.pdf.kit import Kit


@dataclass(frozen=True)
class ReportOptions:
    """Choices that apply to every report: where the fonts are, the college, the date, Thai digits."""

    resources_dir: Path
    college_name: str = ""
    printed: dt.date | None = None  # None: today
    thai_digits: bool = False
    landscape: bool | None = None  # None: the report's own choice


@runtime_checkable
class Report(Protocol):
    """A named PDF report that builds itself from a data source into `out_path`."""

    @property
    def name(self) -> str: ...

    @property
    def description_th(self) -> str: ...

    @property
    def description_en(self) -> str: ...

    def build(
        self, data_source: Any, out_path: Path, options: ReportOptions, progress: ProgressFn, cancel: CancelFn
    ) -> Path: ...


class ReportRegistry:
    """The reports the application offers, by name, in the order they were registered."""

    def __init__(self, reports: Iterable[Report] = ()) -> None:
        self._reports: dict[str, Report] = {}
        for report in reports:
            self.register(report)

    def register(self, report: Report) -> None:
        if report.name in self._reports:
            raise ValueError(f"report {report.name!r} is already registered")
        self._reports[report.name] = report

    def get(self, name: str) -> Report:
        try:
            return self._reports[name]
        except KeyError:
            raise NotFound("report_not_found", name=name) from None

    def names(self) -> list[str]:
        return list(self._reports)

    def __iter__(self) -> Iterator[Report]:
        return iter(self._reports.values())

    def __len__(self) -> int:
        return len(self._reports)


def builtin_reports() -> ReportRegistry:
    """A registry holding the reports that need no database: the Thai sample and the official letter."""
    from vocdesk.io.pdf.sample import OfficialLetterReport, SampleThaiReport

    return ReportRegistry([SampleThaiReport(), OfficialLetterReport()])


def render_report(
    out_path: Path,
    options: ReportOptions,
    title: str,
    story: Callable[[Kit], Sequence[Flowable]],
    progress: ProgressFn = no_progress,
    cancel: CancelFn = never_cancel,
    landscape: bool = False,
) -> Path:
    """Build a report page by page into `out_path`: header, `story(kit)` flowables, `หน้า x/y` footer.

    Writes a temporary file renamed on success; raises ReportCancelled (leaving no file) when `cancel`
    returns True at a page end.
    """
    from vocdesk.io.pdf.document import render
    from vocdesk.io.pdf.kit import Kit
    from vocdesk.io.pdf.pages import PageSetup, PageText, ReportPainter

    kit = Kit.create(options.resources_dir)
    setup = PageSetup(landscape=landscape if options.landscape is None else options.landscape)
    printed = options.printed or dt.date.today()
    text = PageText(options.college_name, title, printed, options.thai_digits)
    job = Job(progress=progress, cancel=cancel)
    job.checkpoint()
    painter = ReportPainter(setup, text, kit.fonts, kit.shaper)
    return render(out_path, story(kit), setup, painter, job, title, options.college_name, kit.fonts.regular)
