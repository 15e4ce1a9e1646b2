"""iCalendar (.ics) files: one VEVENT per booked occurrence, in Bangkok time with its VTIMEZONE (RFC 5545)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vocdesk.io.atomic import atomic_open

ZONE = "Asia/Bangkok"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    start: dt.datetime  # wall clock in Bangkok, naive
    end: dt.datetime
    summary: str
    location: str
    description: str = ""
    tentative: bool = False  # an outside request still awaiting approval


def calendar_bytes(name: str, events: Sequence[CalendarEvent], stamp: dt.datetime) -> bytes:
    """One event per occurrence rather than RRULE + EXDATE: every reader gets exactly the booked dates."""
    from zoneinfo import ZoneInfo

    from icalendar import Calendar, Event

    zone = ZoneInfo(ZONE)
    calendar = Calendar()
    calendar.add("prodid", "-//VocDesk//training centre//TH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp.astimezone(dt.UTC))
        event.add("dtstart", item.start.replace(tzinfo=zone))
        event.add("dtend", item.end.replace(tzinfo=zone))
        event.add("summary", item.summary)
        event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        event.add("status", "TENTATIVE" if item.tentative else "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def write_calendar(path: Path, data: bytes) -> None:
    with atomic_open(path, "wb") as handle:
        handle.write(data)
