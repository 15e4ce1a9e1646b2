"""Accounts: first administrator, sign-in with growing lockout, admin unlock, rehash, roles, re-auth proofs."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from vocdesk.clock import FixedClock
from vocdesk.errors import PermissionDenied, ValidationFailed
from vocdesk.persistence.audit_chain import verify_chain
from vocdesk.persistence.models import AuditEvent, UserAccount
from vocdesk.security.passwords import OWASP_MINIMUM
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.core.login import LoginOutcome, ReauthProof, login, proof_or_raise, reauthenticate, require_proof
from vocdesk.services.core.settings import write_setting
from vocdesk.services.core.users import (
    add_user,
    create_demo_users,
    create_first_administrator,
    list_users,
    lock_user,
    set_password,
    set_role,
    unlock_user,
)

ADMIN_PW = "Admin-pass-2569"
CLERK_PW = "Registrar-2569"


FAST_HASH = {"memory_kib": OWASP_MINIMUM.memory_kib, "time_cost": OWASP_MINIMUM.time_cost,
             "parallelism": OWASP_MINIMUM.parallelism}


@pytest.fixture
def setup_ctx(ctx: AppContext) -> AppContext:
    """An administrator and a registrar; hashes at OWASP's floor to keep the suite quick."""
    ctx.actor = Actor.setup()
    ctx.run(lambda uow: write_setting(uow, "security.argon2", FAST_HASH))
    ctx.run(lambda uow: create_first_administrator(uow, "somchai", ADMIN_PW, "สมชาย ใจดี"))
    ctx.actor = Actor("somchai", "administrator")
    ctx.run(lambda uow: add_user(uow, "malee", "registrar", CLERK_PW))
    return ctx


def _login(ctx: AppContext, name: str, password: str) -> LoginOutcome:
    outcome, _ = ctx.run(lambda uow: login(uow, name, password))
    return outcome


def test_first_administrator_only_once(ctx: AppContext) -> None:
    ctx.actor = Actor.setup()
    ctx.run(lambda uow: create_first_administrator(uow, "Somchai", ADMIN_PW))
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: create_first_administrator(uow, "other", ADMIN_PW))
    assert caught.value.code == "administrator_exists"
    outcome = _login(ctx, "somchai", ADMIN_PW)
    assert outcome.ok and outcome.actor == Actor("somchai", "administrator", "")


def test_wrong_passwords_lock_with_growing_delay_until_admin_unlocks(setup_ctx: AppContext, clock: FixedClock) -> None:
    ctx = setup_ctx
    for _ in range(5):
        assert _login(ctx, "malee", "wrong-password").reason == "login_failed"
    sixth = _login(ctx, "malee", "wrong-password")
    assert sixth.locked_until is not None
    first_wait = sixth.locked_until - clock.now().astimezone(dt.UTC).replace(tzinfo=None)
    refused = _login(ctx, "malee", CLERK_PW)  # even the right password waits out the lock
    assert not refused.ok and refused.reason == "account_locked"
    clock.advance(seconds=first_wait.total_seconds() + 1)
    seventh = _login(ctx, "malee", "wrong-password")
    assert seventh.locked_until is not None
    second_wait = seventh.locked_until - clock.now().astimezone(dt.UTC).replace(tzinfo=None)
    assert second_wait == 2 * first_wait
    ctx.run(lambda uow: unlock_user(uow, "malee"))
    assert _login(ctx, "malee", CLERK_PW).ok
    with ctx.db.read() as session:
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == "malee")).all()
        assert actions.count("auth.login_failed") == 8 and "user.unlock" in actions
        assert verify_chain(session) is None


def test_unknown_user_and_disabled_account_refused(setup_ctx: AppContext) -> None:
    assert _login(setup_ctx, "nobody", CLERK_PW).reason == "login_failed"
    setup_ctx.run(lambda uow: lock_user(uow, "malee"))
    assert _login(setup_ctx, "malee", CLERK_PW).reason == "account_disabled"
    with pytest.raises(PermissionDenied) as caught:
        _login(setup_ctx, "malee", CLERK_PW).actor_or_raise()
    assert caught.value.code == "account_disabled"


def test_hash_upgraded_at_sign_in_when_parameters_rise(setup_ctx: AppContext) -> None:
    ctx = setup_ctx
    ctx.run(lambda uow: write_setting(uow, "security.argon2", FAST_HASH))
    ctx.run(lambda uow: set_password(uow, "malee", "Another-pass-77"))
    with ctx.db.read() as session:
        weak = session.scalar(select(UserAccount.password_hash).where(UserAccount.username == "malee"))
    assert weak is not None and "m=19456,t=2,p=1" in weak
    ctx.run(lambda uow: write_setting(uow, "security.argon2", None))  # back to the (stronger) default
    outcome = _login(ctx, "malee", "Another-pass-77")
    assert outcome.ok and outcome.rehashed
    with ctx.db.read() as session:
        strong = session.scalar(select(UserAccount.password_hash).where(UserAccount.username == "malee"))
    assert strong is not None and "m=65536,t=3,p=4" in strong
    assert _login(ctx, "malee", "Another-pass-77").ok and not _login(ctx, "malee", "Another-pass-77").rehashed


def test_hash_never_listed_and_passwords_hidden_in_audit(setup_ctx: AppContext) -> None:
    users, _ = setup_ctx.run(list_users)
    assert [u.username for u in users] == ["malee", "somchai"]
    assert all("argon2" not in repr(u) for u in users)
    with setup_ctx.db.read() as session:
        trail = " ".join(session.scalars(select(AuditEvent.changes_json)))
    assert "$argon2id$" not in trail and ADMIN_PW not in trail and CLERK_PW not in trail


def test_own_password_change_needs_current_password(setup_ctx: AppContext) -> None:
    setup_ctx.actor = Actor("malee", "registrar")
    with pytest.raises(ValidationFailed) as caught:
        setup_ctx.run(lambda uow: set_password(uow, "malee", "New-secret-99", "wrong"))
    assert caught.value.code == "password_wrong"
    setup_ctx.run(lambda uow: set_password(uow, "malee", "New-secret-99", CLERK_PW))
    with pytest.raises(PermissionDenied):
        setup_ctx.run(lambda uow: set_password(uow, "somchai", "Hijack-pass-1"))
    assert _login(setup_ctx, "malee", "New-secret-99").ok


def test_last_administrator_cannot_be_demoted_or_locked(setup_ctx: AppContext) -> None:
    for change in (lambda uow: set_role(uow, "somchai", "auditor"), lambda uow: lock_user(uow, "somchai")):
        with pytest.raises(ValidationFailed) as caught:
            setup_ctx.run(change)
        assert caught.value.code == "last_administrator"
    setup_ctx.run(lambda uow: set_role(uow, "malee", "administrator"))
    setup_ctx.run(lambda uow: set_role(uow, "somchai", "auditor"))
    assert _login(setup_ctx, "somchai", ADMIN_PW).actor == Actor("somchai", "auditor", "สมชาย ใจดี")


def test_bad_names_and_roles_refused(setup_ctx: AppContext) -> None:
    for name, role, code in (("setup", "registrar", "username_format"), ("a b", "registrar", "username_format"),
                             ("malee", "registrar", "username_taken"), ("newbie", "janitor", "role_unknown")):
        with pytest.raises(ValidationFailed) as caught:
            setup_ctx.run(lambda uow, n=name, r=role: add_user(uow, n, r, "Fine-password-1"))
        assert caught.value.code == code


def test_reauth_proof_is_single_use_bound_to_purpose_user_and_time(setup_ctx: AppContext, clock: FixedClock) -> None:
    ctx = setup_ctx
    wrong, _ = ctx.run(lambda uow: reauthenticate(uow, "not-it", "backup.restore"))
    assert isinstance(wrong, LoginOutcome) and not wrong.ok
    with pytest.raises(PermissionDenied):
        proof_or_raise(wrong)

    def fresh(purpose: str = "backup.restore") -> ReauthProof:
        result, _ = ctx.run(lambda uow: reauthenticate(uow, ADMIN_PW, purpose))
        return proof_or_raise(result)

    def use(proof: ReauthProof | None, purpose: str = "backup.restore") -> None:
        ctx.run(lambda uow: require_proof(uow, proof, purpose))

    proof = fresh()
    use(proof)
    for attempt in (lambda: use(proof), lambda: use(None), lambda: use(fresh("pdpa.erase"))):
        with pytest.raises(PermissionDenied) as caught:
            attempt()
        assert caught.value.code == "reauth_required"
    late = fresh()
    clock.advance(minutes=6)
    with pytest.raises(PermissionDenied):
        use(late)
    stolen = fresh()
    ctx.actor = Actor("malee", "registrar")
    with pytest.raises(PermissionDenied):
        use(stolen)


def test_demo_users_one_per_role_can_sign_in(setup_ctx: AppContext) -> None:
    created, _ = setup_ctx.run(create_demo_users)
    assert sorted(role for _, role, _ in created) == sorted(
        ("administrator", "registrar", "equipment_officer", "training_staff", "executive", "auditor"))
    name, role, password = created[4]
    assert _login(setup_ctx, name, password).actor == Actor(name, role, f"Demo {role}")
