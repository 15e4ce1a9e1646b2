"""minisign-compatible Ed25519 keys and detached signatures (prehashed `ED` form over BLAKE2b-512 of the file).

Public key: base64("Ed" ‖ key id (8 bytes) ‖ Ed25519 public key (32)).
Signature file: an untrusted comment line; base64("ED" ‖ key id ‖ Ed25519 signature of BLAKE2b-512(file));
"trusted comment: TEXT"; base64(Ed25519 signature of (signature ‖ TEXT)).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from vocdesk.io.package.errors import PackageRefused

PUBLIC_KEY_ALG = b"Ed"
PREHASHED_ALG = b"ED"
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
MAX_SIGNATURE_FILE = 4096
CHUNK = 1 << 20


def key_id_text(key_id: bytes) -> str:
    """A key id as the number minisign prints (the 8 bytes read little-endian, upper-case hex), always 16 digits:
    minisign itself drops leading zeros."""
    return key_id[::-1].hex().upper()


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: 8-byte key id and 32-byte Ed25519 key."""

    key_id: bytes
    raw: bytes

    @property
    def id_text(self) -> str:
        return key_id_text(self.key_id)

    def base64(self) -> str:
        return base64.b64encode(PUBLIC_KEY_ALG + self.key_id + self.raw).decode("ascii")

    def file_text(self, comment: str = "") -> str:
        """The two lines of a `.pub` file the stock `minisign -p` reads."""
        note = comment or f"minisign public key {self.id_text}"
        return f"{UNTRUSTED_PREFIX}{note}\n{self.base64()}\n"


@dataclass(frozen=True)
class SecretKey:
    """An Ed25519 signing key with its minisign key id (kept only in memory once decrypted)."""

    key_id: bytes
    seed: bytes

    @classmethod
    def generate(cls) -> SecretKey:
        return cls(key_id=os.urandom(8), seed=os.urandom(32))

    def _private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.seed)

    @property
    def public(self) -> PublicKey:
        raw = self._private().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return PublicKey(self.key_id, raw)

    def sign_digest(self, digest: bytes, trusted_comment: str, untrusted_comment: str = "") -> str:
        """The text of a `.minisig` file for a file whose BLAKE2b-512 digest is `digest`."""
        if "\n" in trusted_comment or "\r" in trusted_comment or "\n" in untrusted_comment:
            raise ValueError("comments must be one line")
        private = self._private()
        signature = private.sign(digest)
        global_signature = private.sign(signature + trusted_comment.encode("utf-8"))
        note = untrusted_comment or f"signature from VocDesk key {key_id_text(self.key_id)}"
        return (f"{UNTRUSTED_PREFIX}{note}\n"
                f"{base64.b64encode(PREHASHED_ALG + self.key_id + signature).decode('ascii')}\n"
                f"{TRUSTED_PREFIX}{trusted_comment}\n"
                f"{base64.b64encode(global_signature).decode('ascii')}\n")

    def sign_file(self, path: Path, trusted_comment: str, untrusted_comment: str = "") -> str:
        return self.sign_digest(file_digest(path), trusted_comment, untrusted_comment)


def blake2b_of(chunks: Iterable[bytes]) -> bytes:
    state = hashlib.blake2b(digest_size=64)
    for chunk in chunks:
        state.update(chunk)
    return state.digest()


def file_digest(path: Path) -> bytes:
    with path.open("rb") as handle:
        return blake2b_of(iter(lambda: handle.read(CHUNK), b""))


def _b64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip().encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as error:
        raise PackageRefused("pkg_key_malformed" if what == "key" else "pkg_signature_malformed") from error


def parse_public_key(text: str) -> PublicKey:
    """A `.pub` file's text (comment line + key line) or the bare base64 key line."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) == 2 and lines[0].startswith(UNTRUSTED_PREFIX):
        lines = lines[1:]
    if len(lines) != 1:
        raise PackageRefused("pkg_key_malformed")
    blob = _b64(lines[0], "key")
    if len(blob) != 42 or blob[:2] != PUBLIC_KEY_ALG:
        raise PackageRefused("pkg_key_malformed")
    return PublicKey(key_id=blob[2:10], raw=blob[10:])


@dataclass(frozen=True)
class Signature:
    """A parsed `.minisig` file."""

    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes

    def verify(self, public: PublicKey, digest: bytes) -> None:
        """Raise PackageRefused unless both the file signature and the global signature hold under `public`."""
        if public.key_id != self.key_id:
            raise PackageRefused("pkg_key_unknown", key_id=key_id_text(self.key_id))
        try:
            key = Ed25519PublicKey.from_public_bytes(public.raw)
            key.verify(self.signature, digest)
            key.verify(self.global_signature, self.signature + self.trusted_comment.encode("utf-8"))
        except (InvalidSignature, ValueError) as error:
            raise PackageRefused("pkg_signature_invalid") from error


def parse_signature(data: bytes) -> Signature:
    """Strictly parse a `.minisig` file; only the prehashed `ED` algorithm is accepted."""
    if len(data) > MAX_SIGNATURE_FILE:
        raise PackageRefused("pkg_signature_malformed")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PackageRefused("pkg_signature_malformed") from error
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    if len(lines) != 4 or not lines[0].startswith(UNTRUSTED_PREFIX) or not lines[2].startswith(TRUSTED_PREFIX):
        raise PackageRefused("pkg_signature_malformed")
    blob = _b64(lines[1], "signature")
    global_signature = _b64(lines[3], "signature")
    if len(blob) != 74 or len(global_signature) != 64:
        raise PackageRefused("pkg_signature_malformed")
    if blob[:2] != PREHASHED_ALG:
        raise PackageRefused("pkg_signature_algorithm")
    return Signature(key_id=blob[2:10], signature=blob[10:], trusted_comment=lines[2][len(TRUSTED_PREFIX):],
                     global_signature=global_signature)
