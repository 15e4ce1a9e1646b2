"""Coded errors of the ID-card reader: the reader side (exit 2 in the CLI) and the card side (exit 1)."""

from __future__ import annotations

from vocdesk.errors import VocDeskError

NO_SERVICE = "idcard_no_service"
NO_READER = "idcard_no_reader"
UNKNOWN_READER = "idcard_unknown_reader"
READER_BUSY = "idcard_reader_busy"
NO_CARD = "idcard_no_card"
NOT_THAI = "idcard_not_thai"
REMOVED = "idcard_removed"
BAD_CHECKSUM = "idcard_bad_checksum"
UNREADABLE = "idcard_unreadable"


class IdCardError(VocDeskError):
    """Base of every reader error; nothing was read when one is raised (no half-filled result)."""

    code = "idcard_error"


class ReaderUnavailable(IdCardError):
    """No PC/SC service, no reader, the named reader is missing, or another program holds the reader."""

    code = NO_READER


class CardUnavailable(IdCardError):
    """No card, not a Thai ID card, pulled out mid-read, unreadable, or its ID fails the checksum."""

    code = NO_CARD
