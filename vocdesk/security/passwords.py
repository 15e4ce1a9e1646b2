"""Argon2id password hashing at or above OWASP's minimum, with rehash when the parameters rise."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from vocdesk.errors import ValidationFailed

MIN_LENGTH = 8
MAX_LENGTH = 256


@dataclass(frozen=True)
class HashParameters:
    """Argon2id cost: memory in KiB, passes, lanes."""

    memory_kib: int
    time_cost: int
    parallelism: int

    def meets_owasp_minimum(self) -> bool:
        """OWASP's table: m=19 MiB needs t≥2; m≥46 MiB allows t=1 (each with p=1)."""
        if self.memory_kib >= 47_104:
            return self.time_cost >= 1
        return self.memory_kib >= 19_456 and self.time_cost >= 2


OWASP_MINIMUM = HashParameters(memory_kib=19_456, time_cost=2, parallelism=1)
# RFC 9106's second recommended profile (argon2-cffi's default): 64 MiB, 3 passes, 4 lanes.
DEFAULT_PARAMETERS = HashParameters(memory_kib=65_536, time_cost=3, parallelism=4)


class PasswordHashing:
    """Hashes and verifies passwords with one set of Argon2id parameters."""

    def __init__(self, params: HashParameters = DEFAULT_PARAMETERS) -> None:
        if not params.meets_owasp_minimum():
            raise ValueError(f"Argon2id parameters below OWASP's minimum: {params}")
        self.params = params
        self._dummy: str | None = None
        self._hasher = PasswordHasher(
            time_cost=params.time_cost, memory_cost=params.memory_kib, parallelism=params.parallelism,
            hash_len=32, salt_len=16, type=Type.ID,
        )

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def dummy_hash(self) -> str:
        """A hash of nothing in particular, made once, so that checking an unknown name costs one verify too."""
        if self._dummy is None:
            self._dummy = self._hasher.hash("vocdesk-no-such-user")
        return self._dummy

    def verify(self, stored_hash: str, password: str) -> bool:
        """True when `password` matches; a malformed stored hash counts as no match."""
        try:
            return bool(self._hasher.verify(stored_hash, password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored_hash: str) -> bool:
        """True when the stored hash used other (e.g. older, weaker) parameters than ours."""
        try:
            return bool(self._hasher.check_needs_rehash(stored_hash))
        except InvalidHashError:
            return True


def check_password_rules(password: str, username: str) -> None:
    """Refuse passwords a colleague could guess: too short, the user name, or one repeated character."""
    if len(password) < MIN_LENGTH:
        raise ValidationFailed("password_too_short", field="password", minimum=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise ValidationFailed("password_too_long", field="password", maximum=MAX_LENGTH)
    lowered = password.casefold()
    if username and username.casefold() in lowered:
        raise ValidationFailed("password_contains_username", field="password")
    if len(set(password)) < 4:
        raise ValidationFailed("password_too_simple", field="password")
