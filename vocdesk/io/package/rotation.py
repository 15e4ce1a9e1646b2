"""Key rotation statements: the old key signs 'college C now signs with key NEW'; the verifier then trusts NEW."""

from __future__ import annotations

from dataclasses import dataclass

from vocdesk.io.package.canonical import canonical_bytes, parse_canonical
from vocdesk.io.package.errors import PackageRefused
from vocdesk.io.package.minisign import PublicKey, SecretKey, blake2b_of, parse_public_key, parse_signature

ROTATION_FORMAT = "vocdesk-key-rotation-1"


@dataclass(frozen=True)
class Rotation:
    """A verified statement that `college_code` replaced key `old_key_id` with `new_key`."""

    college_code: str
    old_key_id: str
    new_key: PublicKey
    at: str


def make_rotation(old: SecretKey, new: PublicKey, college_code: str, at: str) -> tuple[bytes, str]:
    """The statement bytes and its minisign signature by the old key."""
    statement = canonical_bytes({"format": ROTATION_FORMAT, "college_code": college_code,
                                 "old_key_id": old.public.id_text, "new_public_key": new.base64(), "at": at})
    comment = f"vocdesk-key-rotation college={college_code} old={old.public.id_text} new={new.id_text}"
    return statement, old.sign_digest(blake2b_of([statement]), comment)


def verify_rotation(statement: bytes, signature: bytes, old: PublicKey) -> Rotation:
    """Check the old key's signature before reading the statement."""
    parse_signature(signature).verify(old, blake2b_of([statement]))
    document = parse_canonical(statement)
    try:
        if document["format"] != ROTATION_FORMAT or document["old_key_id"] != old.id_text:
            raise PackageRefused("pkg_rotation_invalid")
        return Rotation(str(document["college_code"]), old.id_text, parse_public_key(document["new_public_key"]),
                        str(document["at"]))
    except (KeyError, TypeError) as error:
        raise PackageRefused("pkg_rotation_invalid") from error
