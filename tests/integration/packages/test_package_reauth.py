"""Locking a period, creating a package and handling keys need the password re-entered a moment ago (one use)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from vocdesk.clock import FixedClock
from vocdesk.demo import DemoOptions, fill_demo_college
from vocdesk.errors import PermissionDenied
from vocdesk.io.package.manifest import MANIFEST_NAME, manifest_from_bytes
from vocdesk.persistence.audit_chain import Checkpoint
from vocdesk.services.core.audit import verify_audit
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.core.login import ReauthProof, login, proof_or_raise, reauthenticate
from vocdesk.services.core.users import add_user, create_first_administrator
from vocdesk.services.packages.create import create_package
from vocdesk.services.packages.keys import CollegeKeys, generate_college_key, open_college_keys, rotate_college_key
from vocdesk.services.packages.workflow import lock_period, period_status, validate_period

PASSWORD = "director-key-2569!"
PASSPHRASE = "กุญแจ-วิทยาลัย-2569"


def again(ctx: AppContext, purpose: str, password: str = PASSWORD) -> ReauthProof:
    result, _ = ctx.run(lambda uow: reauthenticate(uow, password, purpose))
    return proof_or_raise(result)


def status_of(ctx: AppContext, period: str) -> str:
    with ctx.db.read() as session:
        return period_status(session, ctx.actor, period).status


@pytest.fixture
def college(ctx: AppContext) -> CollegeKeys:
    """A demo college whose administrator 'keyholder' has signed in; the signing key made with a fresh proof."""
    ctx.actor = Actor.setup()
    ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=40, seed=5, graduate_cohorts=0)))
    ctx.run(lambda uow: create_first_administrator(uow, "keyholder", PASSWORD))
    outcome, _ = ctx.run(lambda uow: login(uow, "keyholder", PASSWORD))
    ctx.actor = outcome.actor_or_raise()
    with pytest.raises(PermissionDenied) as refused:
        ctx.run(lambda uow: generate_college_key(uow, ctx.paths, PASSPHRASE))
    assert refused.value.code == "reauth_required" and not any(ctx.paths.keys_dir.glob("college-signing.*"))
    proof = again(ctx, "package.keys")
    ctx.run(lambda uow: generate_college_key(uow, ctx.paths, PASSPHRASE, proof))
    ctx.run(lambda uow: validate_period(uow, "1/2569"))
    return open_college_keys(ctx.paths, PASSPHRASE)


def test_lock_refuses_missing_wrong_purpose_expired_used_and_other_users_proofs(
        ctx: AppContext, college: CollegeKeys, clock: FixedClock) -> None:
    def lock(proof: ReauthProof | None, period: str = "1/2569") -> None:
        ctx.run(lambda uow: lock_period(uow, period, proof=proof))

    with pytest.raises(PermissionDenied) as missing:
        lock(None)
    assert missing.value.code == "reauth_required" and missing.value.params["action"] == "package.lock"
    with pytest.raises(PermissionDenied):
        lock(again(ctx, "package.export"))  # a proof for another action
    expired = again(ctx, "package.lock")
    clock.advance(minutes=6)
    with pytest.raises(PermissionDenied):
        lock(expired)
    ctx.run(lambda uow: add_user(uow, "deputy", "administrator", "second-admin-2569"))
    deputy = AppContext(paths=ctx.paths, db=ctx.db, clock=clock, actor=Actor("deputy", "administrator"))
    with pytest.raises(PermissionDenied):
        lock(again(deputy, "package.lock", "second-admin-2569"))  # someone else's proof
    wrong, _ = ctx.run(lambda uow: reauthenticate(uow, "not-my-password", "package.lock"))
    with pytest.raises(PermissionDenied) as bad_password:
        proof_or_raise(wrong)
    assert bad_password.value.code == "login_failed"
    assert status_of(ctx, "1/2569") == "validated"

    fresh = again(ctx, "package.lock")
    lock(fresh)
    assert status_of(ctx, "1/2569") == "locked"
    ctx.run(lambda uow: validate_period(uow, "FY2569"))
    with pytest.raises(PermissionDenied):
        lock(fresh, "FY2569")  # one use only
    assert status_of(ctx, "FY2569") == "validated"


def test_create_needs_a_fresh_export_proof_and_carries_the_audit_checkpoint(
        ctx: AppContext, college: CollegeKeys, tmp_path: Path) -> None:
    ctx.run(lambda uow: lock_period(uow, "1/2569", proof=again(ctx, "package.lock")))
    out = tmp_path / "p.zip"
    for proof in (None, again(ctx, "package.lock")):
        with pytest.raises(PermissionDenied):
            ctx.run(lambda uow, p=proof: create_package(uow, "1/2569", out, college, proof=p))
        assert not out.exists() and status_of(ctx, "1/2569") == "locked"
    created, _ = ctx.run(lambda uow: create_package(uow, "1/2569", out, college,
                                                    proof=again(ctx, "package.export")))
    assert created.sequence == 1 and status_of(ctx, "1/2569") == "exported"
    with zipfile.ZipFile(out) as archive:
        manifest = manifest_from_bytes(archive.read(MANIFEST_NAME))
    assert manifest.audit_chain_count is not None and manifest.audit_chain_count > 0
    checkpoint = Checkpoint(manifest.audit_chain_count, manifest.audit_chain_head)
    verdict, _ = ctx.run(lambda uow: verify_audit(uow, checkpoint))
    assert verdict.ok and verdict.checkpoint.count > checkpoint.count  # the trail went on (package.create)


def test_setup_user_needs_no_proof_only_while_no_administrator_exists(ctx: AppContext, college: CollegeKeys) -> None:
    ctx.actor = Actor.setup()
    with pytest.raises(PermissionDenied):
        ctx.run(lambda uow: lock_period(uow, "1/2569"))
    assert status_of(ctx, "1/2569") == "validated"


def test_key_rotation_needs_a_keys_proof(ctx: AppContext, college: CollegeKeys) -> None:
    with pytest.raises(PermissionDenied):
        ctx.run(lambda uow: rotate_college_key(uow, ctx.paths, PASSPHRASE, "new-passphrase-2570"))
    assert open_college_keys(ctx.paths, PASSPHRASE).signing.public == college.signing.public
    proof = again(ctx, "package.keys")
    rotated, _ = ctx.run(lambda uow: rotate_college_key(uow, ctx.paths, PASSPHRASE, "new-passphrase-2570", proof))
    assert open_college_keys(ctx.paths, "new-passphrase-2570").signing.public == rotated.public
