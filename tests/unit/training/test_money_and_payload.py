"""Receipts' amount in Thai words, baht parsing, the fiscal year, and the certificate payload's framing."""

from __future__ import annotations

import datetime as dt

import pytest

from vocdesk.domain.training_certificate import CertificateClaim, parse_payload, payload, signed_part
from vocdesk.domain.training_money import baht_text, baht_words, fiscal_year_be, parse_baht


@pytest.mark.parametrize(("satang", "words"), [
    (0, "ศูนย์บาทถ้วน"),
    (100, "หนึ่งบาทถ้วน"),
    (1_100, "สิบเอ็ดบาทถ้วน"),
    (2_100, "ยี่สิบเอ็ดบาทถ้วน"),
    (10_100, "หนึ่งร้อยเอ็ดบาทถ้วน"),
    (150_000, "หนึ่งพันห้าร้อยบาทถ้วน"),
    (150_050, "หนึ่งพันห้าร้อยบาทห้าสิบสตางค์"),
    (75, "เจ็ดสิบห้าสตางค์"),
    (100_000_000, "หนึ่งล้านบาทถ้วน"),
    (100_000_100, "หนึ่งล้านเอ็ดบาทถ้วน"),
    (2_125_000_000, "ยี่สิบเอ็ดล้านสองแสนห้าหมื่นบาทถ้วน"),  # 21,250,000 baht
])
def test_amounts_read_as_a_thai_receipt_writes_them(satang: int, words: str) -> None:
    assert baht_words(satang) == words


def test_baht_as_typed_and_shown() -> None:
    assert [parse_baht(t) for t in ("1,500", "1500.5", "1500.50", "0")] == [150_000, 150_050, 150_050, 0]
    for bad in ("-5", "1.234", "๑๐๐", "abc", ""):
        with pytest.raises(ValueError):
            parse_baht(bad)
    assert baht_text(150_050) == "1,500.50"


def test_the_fiscal_year_starts_on_the_first_of_october() -> None:
    assert fiscal_year_be(dt.date(2026, 9, 30)) == 2569
    assert fiscal_year_be(dt.date(2026, 10, 1)) == 2570


def test_a_payload_is_ascii_and_round_trips() -> None:
    claim = CertificateClaim("CERT-2569-00001", "นางสาวสมหญิง ใจดี", "WELD01 ช่างเชื่อม", 30, "2026-12-20",
                             "1234567890", "abcd")
    text = payload(claim, b"\x01" * 64)
    assert text.isascii() and text.startswith("VDC1.")
    assert parse_payload(text) == (claim, b"\x01" * 64, signed_part(claim))
    for broken in ("VDC2" + text[4:], text.replace(".", "", 1), text[:-90] + "!" + text[-89:]):
        with pytest.raises(ValueError):
            parse_payload(broken)
