"""The college's secret signing key on disk: Argon2id-derived key + ChaCha20-Poly1305, never stored in clear."""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path
from typing import Any

import argon2.low_level
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from vocdesk.io.atomic import write_bytes_atomic
from vocdesk.io.package.canonical import canonical_bytes, parse_canonical
from vocdesk.io.package.errors import PackageRefused
from vocdesk.io.package.minisign import SecretKey, key_id_text

KEY_FORMAT = "vocdesk-secret-key-1"
TIME_COST = 3
MEMORY_KIB = 64 * 1024
PARALLELISM = 1
MAX_KEY_FILE = 8192
# Bounds on the KDF cost a key file may ask for, so a crafted file cannot exhaust memory or time.
_MAX_MEMORY_KIB = 1024 * 1024
_MAX_TIME_COST = 20


def _derive(passphrase: str, salt: bytes, time_cost: int, memory_kib: int, parallelism: int) -> bytes:
    return argon2.low_level.hash_secret_raw(
        passphrase.encode("utf-8"), salt, time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism,
        hash_len=32, type=argon2.low_level.Type.ID)


def _aad(key_id: bytes, public_raw: bytes) -> bytes:
    return KEY_FORMAT.encode("ascii") + key_id + public_raw


def encrypt_secret_key(secret: SecretKey, passphrase: str, *, memory_kib: int = MEMORY_KIB) -> bytes:
    """The bytes of a key file holding `secret` encrypted under `passphrase`."""
    if not passphrase:
        raise PackageRefused("key_passphrase_empty")
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _derive(passphrase, salt, TIME_COST, memory_kib, PARALLELISM)
    public = secret.public
    sealed = ChaCha20Poly1305(key).encrypt(nonce, secret.seed, _aad(secret.key_id, public.raw))
    document = {
        "format": KEY_FORMAT, "key_id": key_id_text(secret.key_id), "public_key": public.base64(),
        "kdf": {"name": "argon2id", "salt": _enc(salt), "time_cost": TIME_COST, "memory_kib": memory_kib,
                "parallelism": PARALLELISM},
        "cipher": {"name": "chacha20-poly1305", "nonce": _enc(nonce), "ciphertext": _enc(sealed)},
    }
    return canonical_bytes(document) + b"\n"


def _enc(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _dec(value: Any) -> bytes:
    if not isinstance(value, str):
        raise PackageRefused("key_file_malformed")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as error:
        raise PackageRefused("key_file_malformed") from error


def _int(value: Any, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise PackageRefused("key_file_malformed")
    return value


def decrypt_secret_key(data: bytes, passphrase: str) -> SecretKey:
    """Open a key file; a wrong passphrase or a changed file is `key_passphrase_wrong`."""
    if len(data) > MAX_KEY_FILE:
        raise PackageRefused("key_file_malformed")
    try:
        document = parse_canonical(data.rstrip(b"\n"))
        kdf, cipher = document["kdf"], document["cipher"]
        if document["format"] != KEY_FORMAT or kdf["name"] != "argon2id" or cipher["name"] != "chacha20-poly1305":
            raise PackageRefused("key_file_malformed")
        public_blob = _dec(document["public_key"])
        key = _derive(passphrase, _dec(kdf["salt"]), _int(kdf["time_cost"], 1, _MAX_TIME_COST),
                      _int(kdf["memory_kib"], 8, _MAX_MEMORY_KIB), _int(kdf["parallelism"], 1, 16))
        key_id, public_raw = public_blob[2:10], public_blob[10:]
        seed = ChaCha20Poly1305(key).decrypt(_dec(cipher["nonce"]), _dec(cipher["ciphertext"]),
                                             _aad(key_id, public_raw))
    except InvalidTag as error:
        raise PackageRefused("key_passphrase_wrong") from error
    except PackageRefused as error:
        if error.code == "key_passphrase_wrong":
            raise
        raise PackageRefused("key_file_malformed") from error
    except (KeyError, TypeError, ValueError) as error:
        raise PackageRefused("key_file_malformed") from error
    secret = SecretKey(key_id=key_id, seed=seed)
    if secret.public.raw != public_raw:
        raise PackageRefused("key_file_malformed")
    return secret


def write_secret_key(path: Path, secret: SecretKey, passphrase: str, *, memory_kib: int = MEMORY_KIB) -> None:
    """Write the encrypted key file, readable by its owner only, without replacing an existing key."""
    data = encrypt_secret_key(secret, passphrase, memory_kib=memory_kib)
    write_bytes_atomic(path, data, permissions=0o600, exclusive=True)


def read_secret_key(path: Path, passphrase: str) -> SecretKey:
    if not path.is_file():
        raise PackageRefused("key_missing", path=str(path))
    return decrypt_secret_key(path.read_bytes(), passphrase)
