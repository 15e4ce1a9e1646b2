"""Password hashing strength, password rules, the growing lockout delay and the idle lock."""

from __future__ import annotations

import datetime as dt

import pytest

from vocdesk.errors import ValidationFailed
from vocdesk.security.idle import IdlePolicy
from vocdesk.security.lockout import LockoutPolicy
from vocdesk.security.passwords import (
    DEFAULT_PARAMETERS,
    OWASP_MINIMUM,
    HashParameters,
    PasswordHashing,
    check_password_rules,
)

T0 = dt.datetime(2026, 11, 24, 9, 0)


def test_hash_is_argon2id_with_default_parameters_and_verifies() -> None:
    hashing = PasswordHashing()
    stored = hashing.hash("ครูสมชาย-2569")
    assert stored.startswith("$argon2id$")
    assert f"m={DEFAULT_PARAMETERS.memory_kib},t={DEFAULT_PARAMETERS.time_cost}" in stored
    assert hashing.verify(stored, "ครูสมชาย-2569")
    assert not hashing.verify(stored, "ครูสมชาย-2568")
    assert not hashing.verify("not a hash", "anything")


def test_parameters_below_owasp_minimum_are_refused() -> None:
    assert OWASP_MINIMUM.meets_owasp_minimum() and DEFAULT_PARAMETERS.meets_owasp_minimum()
    for weak in (HashParameters(19_456, 1, 1), HashParameters(8_192, 4, 1), HashParameters(4_096, 1, 1)):
        with pytest.raises(ValueError):
            PasswordHashing(weak)


def test_hash_made_with_weaker_parameters_needs_rehash() -> None:
    old = PasswordHashing(OWASP_MINIMUM).hash("Pass-word-1")
    assert PasswordHashing().needs_rehash(old)
    assert not PasswordHashing().needs_rehash(PasswordHashing().hash("Pass-word-1"))
    assert PasswordHashing().verify(old, "Pass-word-1")  # old hashes still sign in


@pytest.mark.parametrize(("password", "code"), [
    ("short1!", "password_too_short"),
    ("x" * 300, "password_too_long"),
    ("my-somchai-pw", "password_contains_username"),
    ("aaaaaaaaaaab", "password_too_simple"),
])
def test_password_rules_name_the_reason(password: str, code: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        check_password_rules(password, "Somchai")
    assert caught.value.code == code and caught.value.params["field"] == "password"


def test_good_password_passes() -> None:
    check_password_rules("วิทยาลัย-เทคนิค-9", "somchai")


def test_lockout_delay_starts_after_free_attempts_and_doubles_up_to_the_cap() -> None:
    policy = LockoutPolicy(free_attempts=5, first_delay=dt.timedelta(minutes=1), max_delay=dt.timedelta(hours=24))
    assert [policy.delay_after(n) for n in range(5)] == [dt.timedelta(0)] * 5
    assert policy.locked_until(4, T0) is None
    assert [policy.delay_after(n).total_seconds() / 60 for n in (5, 6, 7, 8)] == [1, 2, 4, 8]
    assert policy.delay_after(40) == dt.timedelta(hours=24)
    assert policy.locked_until(6, T0) == T0 + dt.timedelta(minutes=2)


def test_idle_policy_locks_after_ten_quiet_minutes_and_only_unlock_reopens() -> None:
    idle = IdlePolicy()
    idle.touch(T0)
    assert not idle.is_locked(T0 + dt.timedelta(minutes=9, seconds=59))
    assert idle.remaining(T0 + dt.timedelta(minutes=4)) == dt.timedelta(minutes=6)
    idle.touch(T0 + dt.timedelta(minutes=5))
    assert not idle.is_locked(T0 + dt.timedelta(minutes=14))
    assert idle.is_locked(T0 + dt.timedelta(minutes=15))
    idle.touch(T0 + dt.timedelta(minutes=16))  # activity on the lock screen does not unlock
    assert idle.is_locked(T0 + dt.timedelta(minutes=16))
    idle.unlock(T0 + dt.timedelta(minutes=17))
    assert not idle.is_locked(T0 + dt.timedelta(minutes=18))
