"""PC/SC through pyscard's scard module: context, readers, waiting for a card, connecting, coded errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from vocdesk.io.idcard.apdu import Transmit
from vocdesk.io.idcard.errors import (
    NO_CARD,
    NO_READER,
    NO_SERVICE,
    READER_BUSY,
    REMOVED,
    UNKNOWN_READER,
    UNREADABLE,
    CardUnavailable,
    IdCardError,
    ReaderUnavailable,
)


def _scard() -> Any:
    """pyscard's low-level module; a build without pyscard (or without its native library) has no service."""
    try:
        from smartcard import scard
    except ImportError as error:
        raise ReaderUnavailable(NO_SERVICE, detail=str(error)) from error
    return scard


def _code(hresult: int) -> int:
    return hresult & 0xFFFFFFFF


def _failure(scard: Any, hresult: int, reader: str = "") -> IdCardError:
    """The coded error for a PC/SC result code (SCARD_E_* / SCARD_W_*)."""
    code = _code(hresult)
    known: dict[int, IdCardError] = {
        _code(scard.SCARD_E_NO_SERVICE): ReaderUnavailable(NO_SERVICE, detail="SCARD_E_NO_SERVICE"),
        _code(scard.SCARD_E_SERVICE_STOPPED): ReaderUnavailable(NO_SERVICE, detail="SCARD_E_SERVICE_STOPPED"),
        _code(scard.SCARD_E_NO_READERS_AVAILABLE): ReaderUnavailable(NO_READER),
        _code(scard.SCARD_E_UNKNOWN_READER): ReaderUnavailable(UNKNOWN_READER, reader=reader),
        _code(scard.SCARD_E_READER_UNAVAILABLE): ReaderUnavailable(UNKNOWN_READER, reader=reader),
        _code(scard.SCARD_E_SHARING_VIOLATION): ReaderUnavailable(READER_BUSY, reader=reader),
        _code(scard.SCARD_E_NO_SMARTCARD): CardUnavailable(NO_CARD, reader=reader),
        _code(scard.SCARD_E_TIMEOUT): CardUnavailable(NO_CARD, reader=reader),
        _code(scard.SCARD_W_REMOVED_CARD): CardUnavailable(REMOVED, reader=reader),
        _code(scard.SCARD_W_RESET_CARD): CardUnavailable(REMOVED, reader=reader),
        _code(scard.SCARD_E_NOT_TRANSACTED): CardUnavailable(REMOVED, reader=reader),
        _code(scard.SCARD_W_UNRESPONSIVE_CARD): CardUnavailable(UNREADABLE, field="atr", detail="unresponsive"),
        _code(scard.SCARD_W_UNPOWERED_CARD): CardUnavailable(UNREADABLE, field="atr", detail="unpowered"),
    }
    return known.get(code) or CardUnavailable(UNREADABLE, field="pcsc", detail=f"0x{code:08X}")


@dataclass
class Pcsc:
    """One established PC/SC context (call `release()` or use `context()`)."""

    scard: Any
    handle: Any

    def readers(self) -> list[str]:
        hresult, names = self.scard.SCardListReaders(self.handle, [])
        if _code(hresult) == _code(self.scard.SCARD_E_NO_READERS_AVAILABLE):
            return []
        if hresult != self.scard.SCARD_S_SUCCESS:
            raise _failure(self.scard, hresult)
        return list(names)

    def cards_present(self, readers: list[str]) -> dict[str, bool]:
        """{reader: a card is in it} without waiting."""
        hresult, states = self.scard.SCardGetStatusChange(
            self.handle, 0, [(name, self.scard.SCARD_STATE_UNAWARE) for name in readers])
        if hresult != self.scard.SCARD_S_SUCCESS:
            raise _failure(self.scard, hresult, ", ".join(readers))
        return {name: bool(state & self.scard.SCARD_STATE_PRESENT) for name, state, _atr in states}

    def wait_for_card(self, readers: list[str], timeout_ms: int) -> str:
        """The first of `readers` holding a card, waiting up to `timeout_ms`; else CardUnavailable(no card)."""
        present = self.cards_present(readers)
        found = [name for name in readers if present[name]]
        if found or timeout_ms <= 0:
            if found:
                return found[0]
            raise CardUnavailable(NO_CARD, reader=", ".join(readers))
        watch = [(name, self.scard.SCARD_STATE_EMPTY) for name in readers]
        hresult, states = self.scard.SCardGetStatusChange(self.handle, timeout_ms, watch)
        if hresult != self.scard.SCARD_S_SUCCESS:
            raise _failure(self.scard, hresult, ", ".join(readers))
        found = [name for name, state, _atr in states if state & self.scard.SCARD_STATE_PRESENT]
        if not found:
            raise CardUnavailable(NO_CARD, reader=", ".join(readers))
        return str(found[0])

    @contextmanager
    def connect(self, reader: str) -> Iterator[tuple[Transmit, bytes]]:
        """A shared connection inside one PC/SC transaction (no other program interleaves): (transmit, ATR)."""
        scard = self.scard
        hresult, card, protocol = scard.SCardConnect(
            self.handle, reader, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1)
        if hresult != scard.SCARD_S_SUCCESS:
            raise _failure(scard, hresult, reader)
        try:
            hresult = scard.SCardBeginTransaction(card)
            if hresult != scard.SCARD_S_SUCCESS:
                raise _failure(scard, hresult, reader)
            hresult, _name, _state, _protocol, atr = scard.SCardStatus(card)
            if hresult != scard.SCARD_S_SUCCESS:
                raise _failure(scard, hresult, reader)

            def transmit(command: bytes) -> bytes:
                result, response = scard.SCardTransmit(card, protocol, list(command))
                if result != scard.SCARD_S_SUCCESS:
                    raise _failure(scard, result, reader)
                return bytes(response)

            yield transmit, bytes(atr)
        finally:
            scard.SCardEndTransaction(card, scard.SCARD_LEAVE_CARD)
            scard.SCardDisconnect(card, scard.SCARD_LEAVE_CARD)

    def release(self) -> None:
        self.scard.SCardReleaseContext(self.handle)


@contextmanager
def context() -> Iterator[Pcsc]:
    scard = _scard()
    try:
        hresult, handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    except Exception as error:  # pyscard raises when libpcsclite / winscard cannot be loaded at all
        raise ReaderUnavailable(NO_SERVICE, detail=str(error)) from error
    if hresult != scard.SCARD_S_SUCCESS:
        raise _failure(scard, hresult)
    pcsc = Pcsc(scard, handle)
    try:
        yield pcsc
    finally:
        pcsc.release()
