"""The plain result of reading a Thai ID card: frozen dataclasses, no reader or pyscard objects inside."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vocdesk.domain.thai_dates import BE_OFFSET, format_be_short


@dataclass(frozen=True, slots=True)
class CardDate:
    """A date printed on the card; the card writes 00 for an unknown day or month (e.g. births before records)."""

    year: int
    """Gregorian (ค.ศ.) year."""
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        """The whole date, or None when the card does not know the day or the month."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def be_text(self) -> str:
        """`15/02/2548`; `--/12/2555` or `--/--/2555` where the card leaves day or month unknown."""
        whole = self.date
        if whole is not None:
            return format_be_short(whole)
        month = f"{self.month:02d}" if self.month else "--"
        return f"--/{month}/{self.year + BE_OFFSET}"


@dataclass(frozen=True, slots=True)
class PersonName:
    prefix: str = ""
    first: str = ""
    middle: str = ""
    last: str = ""

    def full(self) -> str:
        """`นางสาวสมหญิง ใจดี`, `Miss Somying Jaidee`: a Thai prefix is written onto the first name."""
        joiner = "" if self.prefix and "\u0e00" <= self.prefix[-1] <= "\u0e7f" else " "
        head = joiner.join(part for part in (self.prefix, self.first) if part)
        return " ".join(part for part in (head, self.middle, self.last) if part)


@dataclass(frozen=True, slots=True)
class Address:
    """The registered address; the card separates its parts with '#', empty parts are left out of `text`."""

    house_no: str = ""
    village_no: str = ""
    lane: str = ""
    soi: str = ""
    road: str = ""
    subdistrict: str = ""
    district: str = ""
    province: str = ""

    @property
    def province_name(self) -> str:
        """The province without its จังหวัด prefix, as the register stores it."""
        return self.province.removeprefix("จังหวัด").strip()

    def text(self) -> str:
        parts = (self.house_no, self.village_no, self.lane, self.soi, self.road, self.subdistrict, self.district,
                 self.province)
        return " ".join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class IdCardData:
    """Everything read from one card. `photo` is None unless the photo was asked for."""

    national_id: str
    name_th: PersonName
    name_en: PersonName
    birth: CardDate
    sex: str
    """"male", "female" or "" (the card says 1, 2 or something else)."""
    address: Address
    issuer: str
    issued: CardDate | None
    expires: CardDate | None
    """None on a lifelong card (the card writes 99999999)."""
    reader: str = ""
    photo: bytes | None = None

    def form_fields(self) -> dict[str, object]:
        """The values a person form takes, under the learner register's field names."""
        return {
            "national_id": self.national_id, "prefix": self.name_th.prefix,
            "first_name_th": self.name_th.first, "last_name_th": self.name_th.last,
            "first_name_en": self.name_en.first, "last_name_en": self.name_en.last,
            "gender": self.sex, "birth_date": self.birth.date, "address": self.address.text(),
            "province": self.address.province_name,
        }
