"""Byte layout of the Thai ID applet: the SELECT command and where each field lies (see docs/id-card.md)."""

from __future__ import annotations

from dataclasses import dataclass

AID = bytes.fromhex("A000000054480001")
SELECT = bytes.fromhex("00A40400") + bytes([len(AID)]) + AID


@dataclass(frozen=True, slots=True)
class Field:
    """One field of the applet's file: READ BINARY `80 B0 <offset> 02 00 <length>` returns it."""

    name: str
    offset: int
    length: int

    def command(self) -> bytes:
        return bytes([0x80, 0xB0, self.offset >> 8, self.offset & 0xFF, 0x02, 0x00, self.length])


CID = Field("cid", 0x0004, 13)
NAME_TH = Field("name_th", 0x0011, 100)
NAME_EN = Field("name_en", 0x0075, 100)
BIRTH = Field("birth", 0x00D9, 8)
SEX = Field("sex", 0x00E1, 1)
ISSUER = Field("issuer", 0x00F6, 100)
ISSUED = Field("issued", 0x0167, 8)
EXPIRES = Field("expires", 0x016F, 8)
ADDRESS = Field("address", 0x1579, 100)
TEXT_FIELDS = (CID, NAME_TH, NAME_EN, BIRTH, SEX, ISSUER, ISSUED, EXPIRES, ADDRESS)

PHOTO_OFFSET = 0x017B
PHOTO_CHUNK = 0xFF
PHOTO_CHUNKS = 20
"""The photo (a JPEG of at most 5,100 bytes) is read in 20 chunks of 255 bytes from offset 0x017B."""


def photo_fields() -> tuple[Field, ...]:
    return tuple(Field(f"photo{n + 1}", PHOTO_OFFSET + n * PHOTO_CHUNK, PHOTO_CHUNK) for n in range(PHOTO_CHUNKS))


def get_response_p2(atr: bytes) -> int:
    """Older cards (ATR 3B 67 ...) answer GET RESPONSE only with P2 = 01; the others with P2 = 00."""
    return 0x01 if atr[:2] == b"\x3b\x67" else 0x00
