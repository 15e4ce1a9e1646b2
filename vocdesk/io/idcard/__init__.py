"""Thai national ID-card reader over PC/SC (pyscard), Qt-free: list readers, read a card, coded errors."""

from vocdesk.io.idcard.errors import CardUnavailable, IdCardError, ReaderUnavailable
from vocdesk.io.idcard.reader import ReaderInfo, availability, card_waiting, list_readers, read_card
from vocdesk.io.idcard.result import Address, CardDate, IdCardData, PersonName

__all__ = [
    "Address", "CardDate", "CardUnavailable", "IdCardData", "IdCardError", "PersonName", "ReaderInfo",
    "ReaderUnavailable", "availability", "card_waiting", "list_readers", "read_card",
]
