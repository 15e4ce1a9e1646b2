"""Qt-free PDF reports in Thai: bundled Sarabun, HarfBuzz shaping, Thai line breaking, พ.ศ. dates.

Importing this package loads neither ReportLab nor the Thai segmenter; they load when a report is built.
"""

from __future__ import annotations

from vocdesk.io.pdf.job import CancelFn, ProgressFn, ReportCancelled
from vocdesk.io.pdf.model import Column, OfficialLetter
from vocdesk.io.pdf.reports import Report, ReportOptions, ReportRegistry, builtin_reports, render_report

__all__ = [
    "CancelFn",
    "Column",
    "OfficialLetter",
    "ProgressFn",
    "Report",
    "ReportCancelled",
    "ReportOptions",
    "ReportRegistry",
    "builtin_reports",
    "render_report",
]
