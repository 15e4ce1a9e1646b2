"""Signing in (with lockout), re-entering the password for risky actions, and the proofs that result."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select

from vocdesk.errors import PermissionDenied
from vocdesk.persistence.audit_chain import utc_naive
from vocdesk.persistence.models.users import AuthProof
from vocdesk.security.idle import REAUTH_PROOF_MINUTES
from vocdesk.security.lockout import LockoutPolicy
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.users import actor_of, find_user, has_administrator, hashing_for

PROOF_PURPOSES = frozenset({"package.lock", "package.export", "package.keys", "backup.restore", "pdpa.erase",
                            "pdpa.export_subject"})


@dataclass(frozen=True)
class LoginOutcome:
    """The result of a sign-in attempt; commit it (failures count) and then act on `ok`."""

    ok: bool
    actor: Actor | None = None
    reason: str = ""
    locked_until: dt.datetime | None = None
    rehashed: bool = False

    def actor_or_raise(self) -> Actor:
        if self.ok and self.actor is not None:
            return self.actor
        raise PermissionDenied(self.reason or "login_failed", until=self.locked_until)


def login(uow: UnitOfWork, username: str, password: str, policy: LockoutPolicy | None = None) -> LoginOutcome:
    """Check a password; failures count towards a growing lockout. Never raises for a wrong password."""
    policy = policy or LockoutPolicy()
    now = utc_naive(uow.clock.now())
    hashing = hashing_for(uow.session)
    user = find_user(uow.session, username)
    uow.actor = Actor(username=username.strip().lower()[:60] or "?", role="none")
    if user is None:  # verify against a stand-in hash: the same time as a real check, so names cannot be probed
        hashing.verify(hashing.dummy_hash(), password)
        uow.audit("auth.login_failed", "user_account", username[:60], {"reason": "login_failed"})
        return LoginOutcome(False, reason="login_failed")
    if user.disabled:
        uow.audit("auth.login_failed", "user_account", user.username, {"reason": "account_disabled"})
        return LoginOutcome(False, reason="account_disabled")
    if user.locked_until is not None and user.locked_until > now:
        uow.audit("auth.login_failed", "user_account", user.username, {"reason": "account_locked"})
        return LoginOutcome(False, reason="account_locked", locked_until=user.locked_until)
    if not hashing.verify(user.password_hash, password):
        user.failed_attempts += 1
        user.locked_until = policy.locked_until(user.failed_attempts, now)
        uow.audit("auth.login_failed", "user_account", user.username,
                  {"reason": "login_failed", "failed_attempts": user.failed_attempts})
        return LoginOutcome(False, reason="login_failed", locked_until=user.locked_until)
    rehashed = hashing.needs_rehash(user.password_hash)
    if rehashed:
        user.password_hash = hashing.hash(password)
    user.failed_attempts, user.locked_until, user.last_login_at = 0, None, now
    uow.actor = actor_of(user)
    uow.audit("auth.login", "user_account", user.username, {"rehashed": rehashed} if rehashed else {})
    return LoginOutcome(True, actor=uow.actor, rehashed=rehashed)


@dataclass(frozen=True)
class ReauthProof:
    """A single-use token showing the actor re-entered the password for `purpose` a moment ago."""

    token: str
    username: str
    purpose: str
    expires_at: dt.datetime


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def reauthenticate(uow: UnitOfWork, password: str, purpose: str,
                   policy: LockoutPolicy | None = None) -> ReauthProof | LoginOutcome:
    """Re-check the current user's password; a ReauthProof on success, the failed LoginOutcome otherwise.

    A wrong password counts towards the lockout like a failed sign-in, so the caller must commit either way.
    """
    if purpose not in PROOF_PURPOSES:
        raise ValueError(f"unknown re-authentication purpose {purpose!r}")
    acting = uow.actor
    outcome = login(uow, acting.username, password, policy)
    if not outcome.ok or outcome.actor is None or outcome.actor.username != acting.username:
        uow.actor = acting
        return outcome
    token = secrets.token_urlsafe(32)
    expires = utc_naive(uow.clock.now()) + dt.timedelta(minutes=REAUTH_PROOF_MINUTES)
    uow.session.add(AuthProof(token_hash=_token_hash(token), username=acting.username, purpose=purpose,
                              expires_at=expires))
    uow.audit("auth.reauthenticate", "user_account", acting.username, {"purpose": purpose})
    return ReauthProof(token=token, username=acting.username, purpose=purpose, expires_at=expires)


def proof_or_raise(result: ReauthProof | LoginOutcome) -> ReauthProof:
    if isinstance(result, ReauthProof):
        return result
    raise PermissionDenied(result.reason or "login_failed", until=result.locked_until)


def require_proof(uow: UnitOfWork, proof: ReauthProof | None, purpose: str) -> None:
    """Refuse unless `proof` is this actor's unused, unexpired proof for `purpose`; using it spends it.

    Before any administrator exists (a fresh installation) the setup actor needs no proof.
    """
    if uow.actor == Actor.setup() and not has_administrator(uow.session):
        return
    if proof is None:
        raise PermissionDenied("reauth_required", action=purpose)
    row = uow.session.scalar(select(AuthProof).where(AuthProof.token_hash == _token_hash(proof.token)))
    now = utc_naive(uow.clock.now())
    if (row is None or row.used_at is not None or row.username != uow.actor.username or row.purpose != purpose
            or row.expires_at <= now):
        raise PermissionDenied("reauth_required", action=purpose)
    row.used_at = now
