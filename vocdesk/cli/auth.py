"""How the CLI knows who is acting: `--user` plus a password from a file, VOCDESK_PASSWORD or a prompt."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from vocdesk.errors import PermissionDenied, ValidationFailed
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.core.login import ReauthProof, login, proof_or_raise, reauthenticate
from vocdesk.services.core.users import has_administrator

PASSWORD_ENV = "VOCDESK_PASSWORD"
NEW_PASSWORD_ENV = "VOCDESK_NEW_PASSWORD"


def _first_line(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise ValidationFailed("backup_missing", field="--password-file", path=path) from error
    return text.splitlines()[0] if text else ""


def read_password(args: argparse.Namespace, prompt: str = "Password / รหัสผ่าน: ") -> str:
    """The acting user's password: --password-file, then VOCDESK_PASSWORD, then a prompt on a terminal."""
    if getattr(args, "password_file", None):
        return _first_line(args.password_file)
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise PermissionDenied("password_missing")


def read_new_password(file_option: str | None) -> str:
    """A password being set: from a file, VOCDESK_NEW_PASSWORD, or typed twice at a prompt."""
    if file_option:
        return _first_line(file_option)
    if os.environ.get(NEW_PASSWORD_ENV):
        return os.environ[NEW_PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise PermissionDenied("password_missing")
    first = getpass.getpass("New password / รหัสผ่านใหม่: ")
    if getpass.getpass("Again / อีกครั้ง: ") != first:
        raise ValidationFailed("password_mismatch", field="new_password")
    return first


def resolve_actor(args: argparse.Namespace, ctx: AppContext) -> Actor:
    """Sign in as --user; with no administrator yet, act as the setup actor and say so on stderr."""
    with ctx.db.read() as session:
        administrator_exists = has_administrator(session)
    username = getattr(args, "user", None)
    if not administrator_exists and not username:
        print("VocDesk: no administrator exists yet; acting as the setup user "
              "(create one: vocdesk user add NAME --role administrator)", file=sys.stderr)
        return Actor.setup()
    if not username:
        raise PermissionDenied("login_required")
    password = read_password(args)
    outcome, _ = ctx.run(lambda uow: login(uow, username, password))
    actor = outcome.actor_or_raise()
    ctx.actor = actor
    return actor


def cli_proof(args: argparse.Namespace, ctx: AppContext, purpose: str) -> ReauthProof | None:
    """Re-enter the password (same sources as sign-in) for a risky action; None for the setup actor."""
    if ctx.actor == Actor.setup():
        return None
    password = read_password(args, "Password again / ใส่รหัสผ่านอีกครั้ง: ")
    result, _ = ctx.run(lambda uow: reauthenticate(uow, password, purpose))
    return proof_or_raise(result)
