"""Thai/English labels for stored codes (levels, learner statuses) shown in lists and counts."""

from __future__ import annotations

from ui.i18n import current_language, pick, tr
from vocdesk.domain.academic import Level
from vocdesk.domain.learners import LearnerStatus

STATUS_ORDER = tuple(status.value for status in LearnerStatus)
"""Studying first, then the ways of leaving, in the order the domain declares them."""


def status_sort_key(code: str) -> tuple[int, str]:
    """Statuses in the domain's order; unknown codes last, alphabetically."""
    return (STATUS_ORDER.index(code) if code in STATUS_ORDER else len(STATUS_ORDER), code)


def status_label(code: str) -> str:
    """The status in the current language, from the domain's vocabulary; an unknown code is shown as stored."""
    try:
        status = LearnerStatus(code)
    except ValueError:
        return code
    return pick(status.label_th, status.label_en)


def level_label(code: str) -> str:
    try:
        level = Level(code)
    except ValueError:
        return code
    if current_language() == "th":
        return level.label_th
    return {Level.CERTIFICATE: tr("Cert."), Level.HIGHER_CERTIFICATE: tr("Higher Cert."),
            Level.BACHELOR_TECH: tr("B.Tech")}[level]
