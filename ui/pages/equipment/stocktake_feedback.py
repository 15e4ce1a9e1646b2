"""What one scan at the stock-take told: the outcome for the scanned code as a coloured line and a log entry."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from ui.i18n import tr
from vocdesk.services.equipment.stocktake import ScanReport

FOUND, ELSEWHERE, UNKNOWN, REPEATED = "found", "elsewhere", "unknown", "repeated"
COLOURS = {FOUND: QColor("#2e7d4f"), ELSEWHERE: QColor("#b36b00"), UNKNOWN: QColor("#b52a2a"),
           REPEATED: QColor("#55606d")}


@dataclass(frozen=True)
class ScanOutcome:
    """One scanned code: its outcome, the code as the register writes it, and the sentence shown."""

    kind: str
    code: str
    text: str


def outcome_of(report: ScanReport, typed: str) -> ScanOutcome:
    """The outcome of a batch of one typed code (the service normalises Thai digits, case and blanks)."""
    place = report.location_code
    if report.found_here:
        code = report.found_here[0]
        return ScanOutcome(FOUND, code, tr("✔ {code} found in {place}, as the register says",
                                           "equipment stocktake feedback")
                                        .format(code=code, place=place))
    if report.found_elsewhere:
        code, expected = next(iter(report.found_elsewhere.items()))
        where = expected or tr("no place")
        return ScanOutcome(ELSEWHERE, code, tr("⚠ {code} found in {place}, but the register puts it in {where}",
                                               "equipment stocktake feedback")
                                            .format(code=code, place=place, where=where))
    if report.unknown:
        code = report.unknown[0]
        return ScanOutcome(UNKNOWN, code, tr("✖ {code} is not a code in the asset register",
                                             "equipment stocktake feedback")
                                          .format(code=code))
    return ScanOutcome(REPEATED, typed, tr("{code}: repeated or empty").format(code=typed))
