"""The certificate QR payload: `VDC1.<body>.<signature>`, base64url, ASCII only so any stock QR decoder reads it."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

PREFIX = "VDC1"


@dataclass(frozen=True)
class CertificateClaim:
    """What a certificate states; the signature covers exactly these fields."""

    number: str
    name: str
    course: str
    hours: int
    issued_on: str  # ISO date
    college: str
    key_id: str


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def signed_part(claim: CertificateClaim) -> str:
    """The text that is signed: the prefix and the body (canonical JSON, sorted keys)."""
    body = json.dumps(claim.__dict__, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return f"{PREFIX}.{_b64(body.encode('utf-8'))}"


def payload(claim: CertificateClaim, signature: bytes) -> str:
    return f"{signed_part(claim)}.{_b64(signature)}"


def parse_payload(text: str) -> tuple[CertificateClaim, bytes, str]:
    """(claim, signature, signed text); ValueError when the text is not a certificate payload."""
    parts = text.strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise ValueError("not a certificate payload")
    try:
        fields = json.loads(_unb64(parts[1]).decode("utf-8"))
        claim = CertificateClaim(**fields)
        signature = _unb64(parts[2])
    except (ValueError, TypeError, UnicodeDecodeError) as error:
        raise ValueError("damaged certificate payload") from error
    if not isinstance(claim.hours, int) or not all(isinstance(v, str) for k, v in claim.__dict__.items()
                                                   if k != "hours"):
        raise ValueError("damaged certificate payload")
    return claim, signature, f"{parts[0]}.{parts[1]}"
