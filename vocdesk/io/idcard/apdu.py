"""APDU exchange over one connected card: T=0 GET RESPONSE (61xx) and wrong-length (6Cxx) handling."""

from __future__ import annotations

from collections.abc import Callable

from vocdesk.io.idcard.errors import NOT_THAI, UNREADABLE, CardUnavailable

Transmit = Callable[[bytes], bytes]
"""Send one command APDU, return the response APDU (data + SW1 SW2); raises a coded error on a PC/SC failure."""

MAX_ROUNDS = 16
"""A card that keeps answering 61xx/6Cxx past this many rounds is broken, not slow."""


def _status(response: bytes) -> tuple[bytes, int, int]:
    if len(response) < 2:
        raise CardUnavailable(UNREADABLE, field="apdu", detail=response.hex())
    return response[:-2], response[-2], response[-1]


def exchange(transmit: Transmit, command: bytes, get_response_p2: int, field: str) -> bytes:
    """The data of `command` once the card says 90 00, following 61xx and 6Cxx as ISO 7816-4 asks.

    61 xx: xx more bytes wait (00 = up to 256): fetch them with GET RESPONSE (00 C0 00 P2 xx), maybe repeatedly.
    6C xx: the length asked was wrong; repeat the last command with xx as its length.
    """
    data = b""
    last = command
    response = transmit(command)
    for _ in range(MAX_ROUNDS):
        body, sw1, sw2 = _status(response)
        data += body
        if (sw1, sw2) == (0x90, 0x00):
            return data
        if sw1 == 0x61:
            last = bytes([0x00, 0xC0, 0x00, get_response_p2, sw2])
        elif sw1 == 0x6C:
            last = last[:-1] + bytes([sw2])
        else:
            raise CardUnavailable(UNREADABLE, field=field, detail=f"{sw1:02X}{sw2:02X}")
        response = transmit(last)
    raise CardUnavailable(UNREADABLE, field=field, detail="too many rounds")


def select_applet(transmit: Transmit, select: bytes) -> None:
    """SELECT the Thai applet; a card without it (bank card, SIM, another country's ID) is refused.

    The card answers 61 0A (ten bytes of file information wait); nothing in them is needed, so they are not fetched.
    """
    _, sw1, sw2 = _status(transmit(select))
    if sw1 != 0x61 and (sw1, sw2) != (0x90, 0x00):
        raise CardUnavailable(NOT_THAI, status=f"{sw1:02X}{sw2:02X}")
