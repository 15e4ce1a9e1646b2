"""Shared bits of the training pages: labels for kinds, states and clash kinds, day names, times, small tables."""

from __future__ import annotations

import datetime as dt

from ui.i18n import current_language, tr
from vocdesk.domain.thai_dates import format_be_short, thai_weekday_name
from vocdesk.domain.training import format_minutes

ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
KIND_CODES = ("room", "workshop", "lab", "hall", "outdoor")


def kind_label(code: str) -> str:
    labels = {"room": tr("Classroom"), "workshop": tr("Workshop"), "lab": tr("Laboratory"), "hall": tr("Hall"),
              "outdoor": tr("Outdoor area"), "store": tr("Store"), "office": tr("Office")}
    return labels.get(code, code)


def clash_label(code: str) -> str:
    labels = {"lesson": tr("Timetable lesson"), "booking": tr("Booking"), "hours": tr("Outside bookable hours"),
              "seats": tr("Too few seats"), "equipment": tr("Equipment missing")}
    return labels.get(code, code)


def role_label(code: str) -> str:
    labels = {"training_staff": tr("Training staff"), "administrator": tr("Administrator"),
              "executive": tr("Executive"), "equipment_officer": tr("Equipment officer")}
    return labels.get(code, code)


def day_name(day: dt.date | int, short: bool = False) -> str:
    """วันจันทร์ / จ. from the domain's Thai names; Monday / Mon in English."""
    weekday = day if isinstance(day, int) else day.weekday()
    if current_language() == "th":
        return thai_weekday_name(dt.date(2024, 1, 1) + dt.timedelta(days=weekday), abbreviated=short)
    return ENGLISH_DAYS[weekday][:3] if short else ENGLISH_DAYS[weekday]


def be_date(day: dt.date) -> str:
    return format_be_short(day)


def span(start: int, end: int) -> str:
    return f"{format_minutes(start)}–{format_minutes(end)}"
