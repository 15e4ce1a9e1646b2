"""Encrypting personal data files to OVEC: X25519 + HKDF-SHA256 + ChaCha20-Poly1305, bound to package and path."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from vocdesk.io.package.canonical import canonical_bytes
from vocdesk.io.package.errors import PackageRefused

SCHEME = "x25519-hkdf-sha256-chacha20poly1305"
_INFO = b"vocdesk-package-1 file key"
_NONCE = bytes(12)  # every file gets its own ephemeral key, so a fixed nonce is never reused under one key
RECIPIENT_PREFIX = "vocdesk-x25519-public:"
PRIVATE_PREFIX = "vocdesk-x25519-private:"


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def associated_data(package_id: str, path: str) -> bytes:
    """What a sealed file is bound to: moving it to another path or package breaks decryption."""
    return canonical_bytes({"package_id": package_id, "path": path})


def _file_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=_INFO).derive(shared)


@dataclass(frozen=True)
class Sealed:
    """A sealed file: ciphertext plus the ephemeral public key the recipient needs."""

    ciphertext: bytes
    ephemeral_public: str


def seal(plaintext: bytes, recipient: X25519PublicKey, package_id: str, path: str) -> Sealed:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = _raw_public(ephemeral.public_key())
    key = _file_key(ephemeral.exchange(recipient), ephemeral_raw, _raw_public(recipient))
    ciphertext = ChaCha20Poly1305(key).encrypt(_NONCE, plaintext, associated_data(package_id, path))
    return Sealed(ciphertext, base64.b64encode(ephemeral_raw).decode("ascii"))


def open_sealed(ciphertext: bytes, ephemeral_public: str, private: X25519PrivateKey, package_id: str,
                path: str) -> bytes:
    try:
        ephemeral_raw = base64.b64decode(ephemeral_public, validate=True)
        ephemeral = X25519PublicKey.from_public_bytes(ephemeral_raw)
        key = _file_key(private.exchange(ephemeral), ephemeral_raw, _raw_public(private.public_key()))
        return ChaCha20Poly1305(key).decrypt(_NONCE, ciphertext, associated_data(package_id, path))
    except (InvalidTag, ValueError, binascii.Error) as error:
        raise PackageRefused("pkg_decrypt_failed", path=path) from error


def recipient_text(key: X25519PublicKey) -> str:
    return RECIPIENT_PREFIX + base64.b64encode(_raw_public(key)).decode("ascii")


def private_text(key: X25519PrivateKey) -> str:
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return PRIVATE_PREFIX + base64.b64encode(raw).decode("ascii")


def _decode_prefixed(text: str, prefix: str) -> bytes:
    value = text.strip()
    if not value.startswith(prefix):
        raise PackageRefused("key_ovec_malformed")
    try:
        raw = base64.b64decode(value[len(prefix):], validate=True)
    except (binascii.Error, ValueError) as error:
        raise PackageRefused("key_ovec_malformed") from error
    if len(raw) != 32:
        raise PackageRefused("key_ovec_malformed")
    return raw


def parse_recipient(text: str) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(_decode_prefixed(text, RECIPIENT_PREFIX))


def parse_private(text: str) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(_decode_prefixed(text, PRIVATE_PREFIX))
