"""What the virtual card holds and its byte image, laid out from the public descriptions of the Thai ID applet.

Written independently of vocdesk.io.idcard's own table on purpose: a wrong offset there must fail the tests.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field


def portrait_jpeg() -> bytes:
    """A real JPEG at a card photo's size (120×150, a kilobyte or two), so the form can show what it read."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (120, 150), (176, 196, 222))
    draw = ImageDraw.Draw(image)
    draw.ellipse((35, 25, 85, 85), fill=(222, 184, 135))  # a head
    draw.rectangle((25, 95, 95, 150), fill=(25, 25, 112))  # shoulders
    out = io.BytesIO()
    image.save(out, "JPEG", quality=60)
    return out.getvalue()

# (offset, length) in the applet's file, as READ BINARY's P1 P2 address it.
CID = (0x0004, 13)
NAME_TH = (0x0011, 100)
NAME_EN = (0x0075, 100)
BIRTH = (0x00D9, 8)
SEX = (0x00E1, 1)
ISSUER = (0x00F6, 100)
ISSUED = (0x0167, 8)
EXPIRES = (0x016F, 8)
PHOTO = (0x017B, 20 * 255)
ADDRESS = (0x1579, 100)
SIZE = 0x1579 + 160


@dataclass(frozen=True)
class CardContent:
    """The fields as printed on the card; text is stored in TIS-620, padded with spaces as real cards are."""

    cid: str = "1103700012346"
    name_th: str = "นางสาว#สมหญิง##ใจดี"
    name_en: str = "Miss#Somying##Jaidee"
    birth_be: str = "25480215"
    sex: str = "2"
    issuer: str = "ท้องถิ่นเขตบางรัก/กรุงเทพมหานคร"
    issued_be: str = "25650310"
    expires_be: str = "25740214"
    address: str = "99/1#หมู่ที่ 4####ตำบลบางพูด#อำเภอปากเกร็ด#จังหวัดนนทบุรี"
    photo: bytes = field(default_factory=portrait_jpeg)


# A correct 13-digit ID (check digit 6) and the same digits with a wrong last digit.
GOOD_CID = "1103700012346"
BAD_CID = "1103700012345"


def _put(image: bytearray, place: tuple[int, int], data: bytes, pad: bytes = b" ") -> None:
    offset, length = place
    if len(data) > length:
        raise ValueError(f"{len(data)} bytes do not fit in {length}")
    image[offset:offset + length] = data + pad * (length - len(data))


def memory_image(content: CardContent) -> bytes:
    """The applet's file as the card's chip would hold it."""
    image = bytearray(b"\x00" * SIZE)
    _put(image, CID, content.cid.encode("ascii"))
    _put(image, NAME_TH, content.name_th.encode("tis-620"))
    _put(image, NAME_EN, content.name_en.encode("ascii"))
    _put(image, BIRTH, content.birth_be.encode("ascii"))
    _put(image, SEX, content.sex.encode("ascii"))
    _put(image, ISSUER, content.issuer.encode("tis-620"))
    _put(image, ISSUED, content.issued_be.encode("ascii"))
    _put(image, EXPIRES, content.expires_be.encode("ascii"))
    _put(image, PHOTO, content.photo, pad=b"\x00")
    _put(image, ADDRESS, content.address.encode("tis-620"))
    return bytes(image)
