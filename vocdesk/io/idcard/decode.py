"""Turn the raw bytes of the Thai ID applet's fields into an IdCardData: TIS-620 text, พ.ศ. dates, checksum."""

from __future__ import annotations

import re

from vocdesk.domain.thai_dates import BE_OFFSET
from vocdesk.domain.thai_ids import is_valid_national_id, mask_national_id
from vocdesk.io.idcard import layout
from vocdesk.io.idcard.errors import BAD_CHECKSUM, UNREADABLE, CardUnavailable
from vocdesk.io.idcard.result import Address, CardDate, IdCardData, PersonName

_DATE = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
LIFELONG = "99999999"
SEXES = {"1": "male", "2": "female"}


def text(raw: bytes) -> str:
    """TIS-620 text with the card's padding (spaces, NULs) removed."""
    return raw.decode("tis-620", errors="replace").replace("\x00", " ").strip()


def _parts(raw: bytes, count: int) -> list[str]:
    parts = [part.strip() for part in text(raw).split("#")]
    return (parts + [""] * count)[:count]


def name(raw: bytes) -> PersonName:
    """`prefix#first#middle#last` (the middle name is usually empty)."""
    prefix, first, middle, last = _parts(raw, 4)
    return PersonName(prefix, first, middle, last)


def address(raw: bytes) -> Address:
    """`house#village#lane#soi#road#subdistrict#district#province`; the last three are always the areas."""
    parts = [part.strip() for part in text(raw).split("#")]
    head, areas = parts[:-3] if len(parts) > 3 else [], (["", "", "", *parts])[-3:]
    house, village, lane, soi, road = (head + [""] * 5)[:5]
    return Address(house, village, lane, soi, road, *areas)


def card_date(raw: bytes, field: str) -> CardDate | None:
    """A YYYYMMDD พ.ศ. date; 00 marks an unknown day or month; 99999999 (lifelong) gives None."""
    value = text(raw)
    if value == LIFELONG:
        return None
    match = _DATE.fullmatch(value)
    if match is None:
        raise CardUnavailable(UNREADABLE, field=field, detail=value)
    year, month, day = (int(group) for group in match.groups())
    if not 1 <= month <= 12:
        month, day = 0, 0
    result = CardDate(year - BE_OFFSET, month or None, day if month and day else None)
    try:
        result.date  # noqa: B018  (31/02 on a card is unreadable data, not an unknown day)
    except ValueError as error:
        raise CardUnavailable(UNREADABLE, field=field, detail=value) from error
    return result


def national_id(raw: bytes) -> str:
    """The 13 digits, refused (code idcard_bad_checksum) when the check digit is wrong."""
    value = text(raw)
    if not re.fullmatch(r"[0-9]{13}", value):
        raise CardUnavailable(UNREADABLE, field="cid", detail=mask_national_id(value))
    if not is_valid_national_id(value):
        raise CardUnavailable(BAD_CHECKSUM, national_id=mask_national_id(value))
    return value


def decode(fields: dict[str, bytes], reader: str, photo: bytes | None = None) -> IdCardData:
    """Build the result from the raw bytes of every text field (keyed by layout.Field.name)."""
    birth = card_date(fields[layout.BIRTH.name], "birth")
    if birth is None:
        raise CardUnavailable(UNREADABLE, field="birth", detail=LIFELONG)
    return IdCardData(
        national_id=national_id(fields[layout.CID.name]),
        name_th=name(fields[layout.NAME_TH.name]),
        name_en=name(fields[layout.NAME_EN.name]),
        birth=birth,
        sex=SEXES.get(text(fields[layout.SEX.name]), ""),
        address=address(fields[layout.ADDRESS.name]),
        issuer=text(fields[layout.ISSUER.name]),
        issued=card_date(fields[layout.ISSUED.name], "issued"),
        expires=card_date(fields[layout.EXPIRES.name], "expires"),
        reader=reader,
        photo=photo,
    )
