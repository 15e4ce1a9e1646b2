"""Decoding the applet's raw fields: TIS-620 text, names, addresses, พ.ศ. dates with unknown parts, the check digit."""

from __future__ import annotations

import datetime as dt

import pytest

from vocdesk.io.idcard.apdu import exchange
from vocdesk.io.idcard.decode import address, card_date, name, national_id
from vocdesk.io.idcard.errors import CardUnavailable


def test_thai_name_in_tis620_with_padding() -> None:
    raw = "นาย#ก้องภพ##ศรีสุข".encode("tis-620") + b" " * 40
    parsed = name(raw)
    assert (parsed.prefix, parsed.first, parsed.middle, parsed.last) == ("นาย", "ก้องภพ", "", "ศรีสุข")
    assert parsed.full() == "นายก้องภพ ศรีสุข"


def test_bangkok_address_keeps_the_three_areas() -> None:
    parsed = address("12/3####ถนนสีลม#แขวงสุริยวงศ์#เขตบางรัก#กรุงเทพมหานคร".encode("tis-620"))
    assert (parsed.house_no, parsed.road) == ("12/3", "ถนนสีลม")
    assert (parsed.subdistrict, parsed.district, parsed.province_name) == ("แขวงสุริยวงศ์", "เขตบางรัก", "กรุงเทพมหานคร")
    assert parsed.text() == "12/3 ถนนสีลม แขวงสุริยวงศ์ เขตบางรัก กรุงเทพมหานคร"


@pytest.mark.parametrize(("raw", "iso", "shown"), [
    (b"25430229", dt.date(2000, 2, 29), "29/02/2543"),
    (b"25151200", None, "--/12/2515"),
    (b"25100000", None, "--/--/2510"),
])
def test_birth_dates(raw: bytes, iso: dt.date | None, shown: str) -> None:
    parsed = card_date(raw, "birth")
    assert parsed is not None and parsed.date == iso and parsed.be_text() == shown


def test_impossible_date_is_unreadable_not_guessed() -> None:
    with pytest.raises(CardUnavailable) as caught:
        card_date(b"25440229", "birth")  # 2001 is not a leap year
    assert caught.value.code == "idcard_unreadable"


def test_check_digit() -> None:
    assert national_id(b"3100503324560") == "3100503324560"  # check digit worked by hand: 188 mod 11 = 1
    with pytest.raises(CardUnavailable) as caught:
        national_id(b"3100503324564")
    assert caught.value.code == "idcard_bad_checksum"
    assert caught.value.params["national_id"] == "3-1005-xxxxx-xx-4"


def test_get_response_chain_collects_every_part() -> None:
    """61 xx after partial data means more waits: the parts are joined in order."""
    answers = iter([b"\x61\x04", b"ABCD\x61\x02", b"EF\x90\x00"])
    sent: list[bytes] = []

    def transmit(command: bytes) -> bytes:
        sent.append(command)
        return next(answers)

    assert exchange(transmit, bytes.fromhex("80B0000402000D"), 0, "cid") == b"ABCDEF"
    assert sent[1:] == [bytes.fromhex("00C0000004"), bytes.fromhex("00C0000002")]
