"""Reading the virtual Thai ID card through pcscd, as the app would read a card in a USB reader."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from tests.idcard_virtual.card import ATR_3B67, CardBehaviour
from tests.idcard_virtual.data import BAD_CID, CardContent
from tests.idcard_virtual.fixtures import InsertCard
from vocdesk.io.idcard import CardUnavailable, ReaderUnavailable, list_readers, read_card
from vocdesk.messages import describe


def test_reads_every_field_of_the_card(insert_card: InsertCard) -> None:
    insert_card()
    card = read_card()
    assert card.national_id == "1103700012346"
    assert (card.name_th.prefix, card.name_th.first, card.name_th.last) == ("นางสาว", "สมหญิง", "ใจดี")
    assert card.name_th.full() == "นางสาวสมหญิง ใจดี"
    assert card.name_en.full() == "Miss Somying Jaidee"
    assert card.birth.date == dt.date(2005, 2, 15)
    assert card.birth.be_text() == "15/02/2548"
    assert card.sex == "female"
    assert card.address.text() == "99/1 หมู่ที่ 4 ตำบลบางพูด อำเภอปากเกร็ด จังหวัดนนทบุรี"
    assert card.address.province_name == "นนทบุรี"
    assert card.issuer == "ท้องถิ่นเขตบางรัก/กรุงเทพมหานคร"
    assert card.issued is not None and card.issued.date == dt.date(2022, 3, 10)
    assert card.expires is not None and card.expires.date == dt.date(2031, 2, 14)
    assert card.reader == "Virtual PCD 00 00"
    assert card.photo is None


def test_the_photo_is_read_only_on_request(insert_card: InsertCard) -> None:
    virtual = insert_card()
    read_card()
    assert not [apdu for apdu in virtual.apdus if apdu[:4] == bytes.fromhex("80B0017B")], "photo read unasked"
    card = read_card(photo=True)
    assert card.photo == CardContent().photo
    assert sum(1 for apdu in virtual.apdus if apdu[:2] == b"\x80\xb0" and apdu[6] == 0xFF) == 20


def test_older_cards_get_response_p2_01_and_wrong_length_6c(insert_card: InsertCard) -> None:
    virtual = insert_card(behaviour=CardBehaviour(atr=ATR_3B67, length_unknown=True))
    assert read_card().name_th.first == "สมหญิง"
    assert bytes.fromhex("00C0000100") in virtual.apdus  # 61 00: asked for up to 256 bytes
    assert bytes.fromhex("00C000010D") in virtual.apdus  # 6C 0D: asked again for exactly the 13 ID digits


def test_a_reader_answering_with_data_at_once(insert_card: InsertCard) -> None:
    virtual = insert_card(behaviour=CardBehaviour(direct=True))
    assert read_card().national_id == "1103700012346"
    assert not [apdu for apdu in virtual.apdus if apdu[1] == 0xC0]


def test_unknown_birth_day_and_month_and_a_lifelong_card(insert_card: InsertCard) -> None:
    insert_card(CardContent(birth_be="25151200", expires_be="99999999"))
    card = read_card()
    assert (card.birth.year, card.birth.month, card.birth.day) == (1972, 12, None)
    assert card.birth.date is None
    assert card.birth.be_text() == "--/12/2515"
    assert card.expires is None


def test_unknown_day_and_month(insert_card: InsertCard) -> None:
    insert_card(CardContent(birth_be="25100000"))
    assert read_card().birth.be_text() == "--/--/2510"


def test_bad_checksum_is_refused_with_its_message(insert_card: InsertCard, idcard_messages: dict) -> None:
    insert_card(CardContent(cid=BAD_CID))
    with pytest.raises(CardUnavailable) as caught:
        read_card()
    assert caught.value.code == "idcard_bad_checksum"
    text = describe(caught.value, "th")
    assert "เลขตรวจสอบไม่ถูกต้อง" in text and "1-1037-xxxxx-xx-5" in text
    assert BAD_CID not in text


def test_a_card_that_is_not_a_thai_id(insert_card: InsertCard, idcard_messages: dict) -> None:
    insert_card(behaviour=CardBehaviour(thai_applet=False))
    with pytest.raises(CardUnavailable) as caught:
        read_card()
    assert caught.value.code == "idcard_not_thai"
    assert describe(caught.value, "en") == "This card is not a Thai national ID card (status 6A82)"


def test_card_pulled_out_mid_read_gives_nothing(insert_card: InsertCard, idcard_messages: dict) -> None:
    insert_card(behaviour=CardBehaviour(pull_after=5))
    with pytest.raises(CardUnavailable) as caught:
        read_card()
    assert caught.value.code == "idcard_removed"
    assert "ไม่มีการกรอกข้อมูลใด ๆ" in describe(caught.value, "th")


def test_no_card_and_waiting_for_one(insert_card: InsertCard, pcsc_stack: str) -> None:
    with pytest.raises(CardUnavailable) as caught:
        read_card(pcsc_stack)
    assert caught.value.code == "idcard_no_card"
    later = threading.Timer(0.5, lambda: insert_card(wait=False))
    later.start()
    try:
        assert read_card(pcsc_stack, wait_seconds=5).national_id == "1103700012346"
    finally:
        later.join()


def test_unknown_reader_name(pcsc_stack: str) -> None:
    with pytest.raises(ReaderUnavailable) as caught:
        read_card("No Such Reader 00 00")
    assert caught.value.code == "idcard_unknown_reader"


def test_reader_held_by_another_program(insert_card: InsertCard, pcsc_stack: str) -> None:
    from smartcard import scard

    insert_card()
    _, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    hresult, handle, _ = scard.SCardConnect(context, pcsc_stack, scard.SCARD_SHARE_EXCLUSIVE,
                                            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1)
    assert hresult == scard.SCARD_S_SUCCESS
    try:
        with pytest.raises(ReaderUnavailable) as caught:
            read_card(pcsc_stack)
        assert caught.value.code == "idcard_reader_busy"
    finally:
        scard.SCardDisconnect(handle, scard.SCARD_LEAVE_CARD)
        scard.SCardReleaseContext(context)
    assert read_card(pcsc_stack).national_id == "1103700012346"


def test_readers_lists_the_card(insert_card: InsertCard, pcsc_stack: str) -> None:
    insert_card()
    present = {reader.name: reader.card_present for reader in list_readers()}
    assert present[pcsc_stack] is True
