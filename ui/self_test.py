"""`--self-test`: offscreen on a scratch home (a copy of --home, or a fresh one); sign in, open every page, close."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ui.app import Gui, build_shell, make_application, open_in_background, start_when_painted
from vocdesk.paths import AppPaths

if TYPE_CHECKING:
    from ui.dialogs.login import LoginDialog

SQLITE_PREFIX = "sqlite:///"
SQLITE_SIDE_FILES = ("", "-wal", "-shm", "-journal")
TIMEOUT_MS = 60_000


def _sqlite_file(url: str) -> Path | None:
    """The file of a `sqlite:///path` URL (None for a server database or an in-memory one)."""
    if not url.startswith(SQLITE_PREFIX):
        return None
    path = url[len(SQLITE_PREFIX):].split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


def use_scratch_home(args: argparse.Namespace, scratch: Path) -> bool:
    """Point `args` at a home under `scratch`: a copy of --home (its data and configuration, database included) or a
    fresh one. Returns whether the database is a scratch one too, so that a throwaway administrator may be made
    there; a server database is used as it is, and nobody is added to it."""
    from vocdesk.config import LocalConfig, resolve_database_url

    copy = scratch / "home"
    if not args.home:
        args.home = str(copy)
        if not args.db:  # a fresh home means a fresh database too, whatever VOCDESK_DB_URL says
            args.db = f"{SQLITE_PREFIX}{AppPaths.resolve(copy).default_db_path}"
        return True
    original = AppPaths.resolve(args.home)
    url = resolve_database_url(original, args.db, LocalConfig.load(original.config_file))
    for folder, target in ((original.data_dir, copy / "data"), (original.config_dir, copy / "config")):
        if folder.is_dir():
            shutil.copytree(folder, target)
    args.home = str(copy)
    database = _sqlite_file(url)
    if database is None:
        return False
    scratch_db = AppPaths.resolve(copy).default_db_path
    scratch_db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in SQLITE_SIDE_FILES:  # copied as they are: opening the original, even to read, may write beside it
        side = database.with_name(database.name + suffix)
        if side.is_file():
            shutil.copy2(side, scratch_db.with_name(scratch_db.name + suffix))
    args.db = f"{SQLITE_PREFIX}{scratch_db}"
    return True


def self_test_sign_in(gui: Gui, outcome: dict[str, object], quit_app: Callable[[], None], *,
                      may_add_user: bool) -> None:
    """Unattended sign-in: a scratch database without users gets a throwaway administrator (random password, never
    shown) that signs in through the real dialog; otherwise the test only proves that the sign-in dialog appears."""
    import secrets

    from vocdesk.services.core.users import create_first_administrator, has_administrator

    session = gui.session
    if session is None:
        return
    username, password = f"selftest-{secrets.token_hex(3)}", secrets.token_urlsafe(18) + "-Aa1"

    def shown(dialog: LoginDialog) -> None:
        if outcome.get("users_exist") or outcome.get("dialog_only"):
            quit_app()
            return
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.submit()

    def refused(error: BaseException) -> None:
        outcome.setdefault("error", error)
        quit_app()

    def decide(has: bool) -> None:
        if has or not may_add_user:
            outcome["users_exist" if has else "dialog_only"] = True
            session.start()
            return
        gui.runner.action(lambda uow: create_first_administrator(uow, username, password, "Self-test"),
                          on_done=lambda _info: session.start(), on_error=refused)

    session.sign_in_shown.connect(shown)
    gui.runner.read(has_administrator, on_done=decide)


def _run(args: argparse.Namespace, may_add_user: bool) -> tuple[dict[str, object], list[str]]:
    """Start the program offscreen, sign in, wait for the first page's data, build every page, close."""
    app = make_application()
    gui = build_shell(app, args)
    outcome: dict[str, object] = {}
    gui.window.first_data_shown.connect(lambda: outcome.setdefault("shown", True))
    gui.runner.failed.connect(lambda error: outcome.setdefault("error", error))

    def failed(error: BaseException) -> None:
        outcome.setdefault("error", error)
        app.quit()

    start_when_painted(gui, lambda: open_in_background(
        gui, args, on_ready=lambda: self_test_sign_in(gui, outcome, app.quit, may_add_user=may_add_user),
        on_failed=failed, sign_in=True))
    gui.window.show()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(app.quit)
    gui.window.first_data_shown.connect(app.quit)
    timer.start(TIMEOUT_MS)
    app.exec()
    pages = [spec.key for spec in gui.window.specs]
    if gui.window.attached:
        for key in pages:  # pages are built when first opened; the self-test builds every one
            gui.window.page(key)
    gui.close()
    return outcome, pages


def self_test(args: argparse.Namespace) -> int:
    """Offscreen on a scratch home, so that a --home is left exactly as it was (no account, data or geometry)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="vocdesk-selftest-", ignore_cleanup_errors=True) as scratch:
        try:
            may_add_user = use_scratch_home(args, Path(scratch))
            outcome, pages = _run(args, may_add_user)
        except Exception as error:  # a self-test reports every failure as a line and a non-zero exit
            print(f"VocDesk self-test FAILED: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    if "error" not in outcome and (outcome.get("users_exist") or outcome.get("dialog_only")):
        print("VocDesk self-test OK: main window and sign-in dialog shown offscreen "
              "(this home has users or a server database, so the pages were not opened)")
        return 0
    if "error" in outcome or not outcome.get("shown"):
        print(f"VocDesk self-test FAILED: {outcome.get('error', 'the home page never showed its data')}",
              file=sys.stderr)
        return 1
    print(f"VocDesk self-test OK: main window opened and closed offscreen, pages {', '.join(pages)}")
    return 0
