"""Read a Thai national ID card from a PC/SC reader: list readers, wait for a card, read every field at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vocdesk.io.idcard import apdu, layout
from vocdesk.io.idcard.decode import decode
from vocdesk.io.idcard.errors import NO_READER, UNKNOWN_READER, ReaderUnavailable
from vocdesk.io.idcard.pcsc import context
from vocdesk.io.idcard.result import IdCardData

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ReaderInfo:
    name: str
    card_present: bool


def list_readers() -> list[ReaderInfo]:
    """Every PC/SC reader and whether a card is in it; [] when the service runs but no reader is plugged in."""
    with context() as pcsc:
        names = pcsc.readers()
        present = pcsc.cards_present(names) if names else {}
    return [ReaderInfo(name, present[name]) for name in names]


def availability() -> ReaderUnavailable | None:
    """Why no card can be read here (no pyscard, no PC/SC service, no reader), or None when a reader is ready."""
    try:
        with context() as pcsc:
            if not pcsc.readers():
                return ReaderUnavailable(NO_READER)
    except ReaderUnavailable as error:
        return error
    return None


def card_waiting(reader: str | None = None) -> bool:
    """True when a card sits in `reader` (or in any reader): for polling while a form is open."""
    with context() as pcsc:
        names = pcsc.readers()
        if reader is not None:
            if reader not in names:
                raise ReaderUnavailable(UNKNOWN_READER, reader=reader)
            names = [reader]
        return bool(names) and any(pcsc.cards_present(names).values())


def read_card(reader: str | None = None, *, wait_seconds: float = 0.0, photo: bool = False,
              progress: Progress | None = None) -> IdCardData:
    """Read the card in `reader` (default: the first reader holding a card), waiting up to `wait_seconds`.

    Every field is read inside one PC/SC transaction before anything is returned, so a card pulled out,
    a foreign card or a bad checksum raises a coded error and never yields a half-filled result. The photo
    (20 more round trips) is read only when `photo` is true.
    """
    with context() as pcsc:
        names = pcsc.readers()
        if not names:
            raise ReaderUnavailable(NO_READER)
        if reader is not None and reader not in names:
            raise ReaderUnavailable(UNKNOWN_READER, reader=reader)
        chosen = pcsc.wait_for_card([reader] if reader else names, int(wait_seconds * 1000))
        with pcsc.connect(chosen) as (transmit, atr):
            p2 = layout.get_response_p2(atr)
            apdu.select_applet(transmit, layout.SELECT)
            chunks = layout.photo_fields() if photo else ()
            total = len(layout.TEXT_FIELDS) + len(chunks)
            raw: dict[str, bytes] = {}
            for done, field in enumerate((*layout.TEXT_FIELDS, *chunks), 1):
                raw[field.name] = apdu.exchange(transmit, field.command(), p2, field.name)
                if progress is not None:
                    progress(done, total)
    picture = b"".join(raw[chunk.name] for chunk in chunks).rstrip(b"\x00") if photo else None
    return decode(raw, chosen, picture)
