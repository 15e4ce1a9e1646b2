"""pytest fixtures: a real pcscd with vpcd's reader, and the virtual card inserted and pulled out per test."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator

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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist (`./dev test` runs `--dist loadgroup`), every test that uses the one vpcd reader runs on
    the same worker, one after the other: two workers inserting cards into one reader would read each other's."""
    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        if "pcsc_stack" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("pcsc"))


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
