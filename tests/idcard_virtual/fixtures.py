"""pytest fixtures: a real pcscd with vpcd's reader, and the virtual card inserted and pulled out per test."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.idcard_virtual.card import CardBehaviour, VirtualThaiCard
from tests.idcard_virtual.data import CardContent

READER = "Virtual PCD 00 00"
"""vpcd's first slot; its socket is localhost:35963."""
REQUIRE_ENV = "VOCDESK_REQUIRE_TOOLS"

InsertCard = Callable[..., VirtualThaiCard]


def _missing_tools() -> str | None:
    """Why the PC/SC stack cannot be used here, or None."""
    try:
        from smartcard import scard
    except ImportError as error:
        return f"pyscard is not installed ({error})"
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        return f"pcscd is not running ({scard.SCardGetErrorMessage(hresult)}); start it: pcscd"
    try:
        hresult, readers = scard.SCardListReaders(context, [])
    finally:
        scard.SCardReleaseContext(context)
    if READER not in (readers if hresult == scard.SCARD_S_SUCCESS else []):
        return f"pcscd has no reader {READER!r}: install vsmartcard-vpcd and restart pcscd"
    return None


READER_LOCK = Path(tempfile.gettempdir()) / "vocdesk-vpcd-reader.lock"
"""Held by whichever test is using the reader: `./dev test` runs pytest on several workers (pytest-xdist) and there
is one vpcd reader; two tests inserting cards into it at once would read each other's."""


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """Set-up, call and tear-down of a test that uses the reader run under an exclusive lock on READER_LOCK.
    A lock rather than xdist's groups: pytest 9.2 keeps the node id where xdist 3.8's `loadgroup` cannot tag it."""
    if "pcsc_stack" not in getattr(item, "fixturenames", ()):
        return (yield)
    import fcntl  # POSIX only, like vpcd itself: on Windows these tests skip in pcsc_stack

    with READER_LOCK.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            return (yield)
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def pcsc_stack() -> str:
    """The vpcd reader's name; skips without pcscd/vpcd, fails instead when VOCDESK_REQUIRE_TOOLS=1 (CI)."""
    reason = _missing_tools()
    if reason is not None:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but the card-reader tests cannot run: {reason}")
        pytest.skip(reason)
    return READER


def card_in_reader(present: bool, timeout: float = 5.0) -> None:
    """Wait until pcscd reports the card in (or out of) the vpcd reader."""
    from smartcard import scard

    _, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            _, states = scard.SCardGetStatusChange(context, 0, [(READER, scard.SCARD_STATE_UNAWARE)])
            if bool(states[0][1] & scard.SCARD_STATE_PRESENT) == present:
                return
            time.sleep(0.05)
    finally:
        scard.SCardReleaseContext(context)
    raise AssertionError(f"pcscd did not see the virtual card {'arrive' if present else 'leave'}")


@pytest.fixture
def insert_card(pcsc_stack: str) -> Iterator[InsertCard]:
    """`insert_card(content=..., behaviour=...)` puts a virtual card in the reader; every card leaves at the end."""
    cards: list[VirtualThaiCard] = []

    def insert(content: CardContent | None = None, behaviour: CardBehaviour | None = None,
               wait: bool = True) -> VirtualThaiCard:
        card = VirtualThaiCard(content or CardContent(), behaviour or CardBehaviour()).start()
        cards.append(card)
        if wait:
            card_in_reader(True)
        return card

    yield insert
    for card in cards:
        card.stop()
    if cards:
        card_in_reader(False)


@pytest.fixture
def idcard_messages() -> dict[str, tuple[str, str]]:
    """The card reader's Thai and English texts, as the messages catalogue serves them."""
    from vocdesk.messages import catalogue
    from vocdesk.messages.idcard import MESSAGES

    return {code: catalogue()[code] for code in MESSAGES}
