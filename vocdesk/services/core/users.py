"""User accounts: the first administrator, adding users, passwords, roles, locking and demo users."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.audit_chain import utc_naive
from vocdesk.persistence.models.users import UserAccount
from vocdesk.security.passwords import DEFAULT_PARAMETERS, HashParameters, PasswordHashing, check_password_rules
from vocdesk.services.core.changes import USERS
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import ROLES, require
from vocdesk.services.core.setting_spec import SettingSpec

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,59}$")
RESERVED_USERNAMES = frozenset({"setup", "system", "admin-setup"})
HASH_SETTING = "security.argon2"
HASH_FIELDS = ("memory_kib", "time_cost", "parallelism")


def _hash_rule(value: dict[str, Any]) -> str | None:
    if sorted(value) != sorted(HASH_FIELDS) or not all(type(value[name]) is int and value[name] > 0
                                                       for name in HASH_FIELDS):
        return "memory_kib, time_cost and parallelism, each a whole number above 0"
    if not HashParameters(**value).meets_owasp_minimum():
        return "below OWASP's minimum Argon2id cost"
    return None


HASHING = SettingSpec(HASH_SETTING, dict, {name: getattr(DEFAULT_PARAMETERS, name) for name in HASH_FIELDS},
                      "ค่าความยากของการเข้ารหัสรหัสผ่าน (Argon2id)", "Password hashing cost (Argon2id)", rule=_hash_rule)
SECURITY_SETTINGS = (HASHING,)


@dataclass(frozen=True)
class UserInfo:
    """One account as the user list shows it (never the hash)."""

    username: str
    display_name: str
    role: str
    disabled: bool
    locked_until: dt.datetime | None
    failed_attempts: int
    last_login_at: dt.datetime | None
    is_demo: bool


def _info(user: UserAccount) -> UserInfo:
    return UserInfo(user.username, user.display_name, user.role, user.disabled, user.locked_until,
                    user.failed_attempts, user.last_login_at, user.is_demo)


@lru_cache(maxsize=4)
def _hashing(params: HashParameters) -> PasswordHashing:
    return PasswordHashing(params)


def hashing_for(session: Session) -> PasswordHashing:
    """The hasher for this database: setting `security.argon2` ({memory_kib, time_cost, parallelism}) or default."""
    from vocdesk.services.core.settings import setting

    raw = setting(session, HASHING)  # a malformed value is refused with its key, never a silent default cost
    return _hashing(HashParameters(raw["memory_kib"], raw["time_cost"], raw["parallelism"]))


def has_administrator(session: Session) -> bool:
    """True once an enabled administrator account exists; before that the app runs as the setup actor."""
    found = session.scalar(select(func.count()).select_from(UserAccount)
                           .where(UserAccount.role == "administrator", UserAccount.disabled.is_(False)))
    return bool(found)


def find_user(session: Session, username: str) -> UserAccount | None:
    return session.scalar(select(UserAccount).where(UserAccount.username == username.strip().lower()))


def _get(uow: UnitOfWork, username: str) -> UserAccount:
    user = find_user(uow.session, username)
    if user is None:
        raise NotFound(what=f"user {username}")
    return user


def _check_username(username: str) -> str:
    cleaned = username.strip().lower()
    if not USERNAME_RE.match(cleaned) or cleaned in RESERVED_USERNAMES:
        raise ValidationFailed("username_format", field="username", value=username)
    return cleaned


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationFailed("role_unknown", field="role", value=role, roles=", ".join(ROLES))
    return role


def _create(uow: UnitOfWork, username: str, role: str, password: str, display_name: str, is_demo: bool) -> UserInfo:
    name = _check_username(username)
    _check_role(role)
    check_password_rules(password, name)
    if find_user(uow.session, name) is not None:
        raise ValidationFailed("username_taken", field="username", value=name)
    now = utc_naive(uow.clock.now())
    user = UserAccount(username=name, display_name=display_name.strip(), role=role,
                       password_hash=hashing_for(uow.session).hash(password), disabled=False, failed_attempts=0,
                       password_changed_at=now, is_demo=is_demo)
    uow.session.add(user)
    uow.session.flush()
    uow.audit("user.create", "user_account", name, {"role": [None, role], "display_name": [None, display_name],
                                                     "password": [None, "set"]})
    uow.changed(USERS)
    return _info(user)


def create_first_administrator(uow: UnitOfWork, username: str, password: str, display_name: str = "") -> UserInfo:
    """First start: the person at the keyboard chooses the administrator's name and password."""
    if has_administrator(uow.session):
        raise ValidationFailed("administrator_exists", field="username")
    return _create(uow, username, "administrator", password, display_name, False)


def add_user(uow: UnitOfWork, username: str, role: str, password: str, display_name: str = "") -> UserInfo:
    require(uow.actor, "users.manage")
    return _create(uow, username, role, password, display_name, False)


def list_users(uow: UnitOfWork) -> list[UserInfo]:
    require(uow.actor, "users.view")
    return [_info(u) for u in uow.session.scalars(select(UserAccount).order_by(UserAccount.username))]


def set_password(uow: UnitOfWork, username: str, new_password: str, current_password: str | None = None) -> None:
    """Users change their own password (giving the current one); administrators reset anyone's."""
    user = _get(uow, username)
    hashing = hashing_for(uow.session)
    if user.username == uow.actor.username:
        if current_password is None or not hashing.verify(user.password_hash, current_password):
            raise ValidationFailed("password_wrong", field="current_password")
    else:
        require(uow.actor, "users.manage")
    check_password_rules(new_password, user.username)
    user.password_hash = hashing.hash(new_password)
    user.password_changed_at = utc_naive(uow.clock.now())
    user.failed_attempts, user.locked_until = 0, None
    uow.audit("user.password", "user_account", user.username, {"password": ["set", "changed"]})
    uow.changed(USERS)


def _keep_one_administrator(uow: UnitOfWork, user: UserAccount) -> None:
    others = uow.session.scalar(select(func.count()).select_from(UserAccount).where(
        UserAccount.role == "administrator", UserAccount.disabled.is_(False), UserAccount.id != user.id))
    if user.role == "administrator" and not others:
        raise ValidationFailed("last_administrator", field="username", value=user.username)


def lock_user(uow: UnitOfWork, username: str) -> None:
    """Disable an account until an administrator unlocks it (e.g. someone left the college)."""
    require(uow.actor, "users.manage")
    user = _get(uow, username)
    _keep_one_administrator(uow, user)
    if not user.disabled:
        user.disabled = True
        uow.audit("user.lock", "user_account", user.username, {"disabled": [False, True]})
        uow.changed(USERS)


def unlock_user(uow: UnitOfWork, username: str) -> None:
    """Re-enable an account and clear its failed sign-ins and lockout delay."""
    require(uow.actor, "users.manage")
    user = _get(uow, username)
    before = {"disabled": user.disabled, "failed_attempts": user.failed_attempts, "locked_until": user.locked_until}
    user.disabled, user.failed_attempts, user.locked_until = False, 0, None
    uow.audit("user.unlock", "user_account", user.username,
              {name: [old, getattr(user, name)] for name, old in before.items()})
    uow.changed(USERS)


def set_role(uow: UnitOfWork, username: str, role: str) -> None:
    require(uow.actor, "users.manage")
    user = _get(uow, username)
    _check_role(role)
    if role == user.role:
        return
    if role != "administrator":
        _keep_one_administrator(uow, user)
    uow.audit("user.role", "user_account", user.username, {"role": [user.role, role]})
    user.role = role
    uow.changed(USERS)


def create_demo_users(uow: UnitOfWork) -> list[tuple[str, str, str]]:
    """One demo account per role with a random password: (username, role, password), for `vocdesk demo`."""
    require(uow.actor, "demo.fill")
    created = []
    for role in ROLES:
        username = "demo-" + role.replace("_", "-")
        password = "demo-" + secrets.token_urlsafe(9)
        _create(uow, username, role, password, f"Demo {role}", True)
        created.append((username, role, password))
    return created


def actor_of(user: UserAccount) -> Actor:
    return Actor(username=user.username, role=user.role, display_name=user.display_name)
