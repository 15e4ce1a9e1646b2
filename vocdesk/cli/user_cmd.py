"""`vocdesk user add|list|passwd|lock|unlock|role`: manage accounts from the command line."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from vocdesk.cli import Subcommand
from vocdesk.cli.auth import read_new_password
from vocdesk.cli.common import opened_app, print_json
from vocdesk.services.core.permissions import ROLES
from vocdesk.services.core.users import add_user, list_users, lock_user, set_password, set_role, unlock_user


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a user (the password is prompted twice, or --new-password-file)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--display-name", default="")
    add.add_argument("--new-password-file", help="file whose first line is the new user's password")
    sub.add_parser("list", help="list users as JSON")
    passwd = sub.add_parser("passwd", help="change a password (your own, or anyone's as administrator)")
    passwd.add_argument("username")
    passwd.add_argument("--new-password-file")
    for name, text in (("lock", "disable an account"), ("unlock", "re-enable an account and clear its lockout")):
        sub.add_parser(name, help=text).add_argument("username")
    role = sub.add_parser("role", help="change a user's role")
    role.add_argument("username")
    role.add_argument("role", choices=ROLES)


def _handle(args: argparse.Namespace) -> int:
    action = args.user_action
    new_password = read_new_password(args.new_password_file) if action in ("add", "passwd") else ""
    with opened_app(args) as opened:
        ctx = opened.context
        if action == "add":
            info, _ = ctx.run(lambda uow: add_user(uow, args.username, args.role, new_password, args.display_name))
            print_json(asdict(info))
        elif action == "list":
            users, _ = ctx.run(list_users)
            print_json([asdict(user) for user in users])
        elif action == "passwd":
            current = None
            if args.username.strip().lower() == ctx.actor.username:
                from vocdesk.cli.auth import read_password

                current = read_password(args)
            ctx.run(lambda uow: set_password(uow, args.username, new_password, current))
            print(f"password changed: {args.username}", file=sys.stderr)
        elif action == "lock":
            ctx.run(lambda uow: lock_user(uow, args.username))
        elif action == "unlock":
            ctx.run(lambda uow: unlock_user(uow, args.username))
        elif action == "role":
            ctx.run(lambda uow: set_role(uow, args.username, args.role))
    return 0


COMMAND = Subcommand("user", "manage user accounts and roles", _arguments, _handle)
