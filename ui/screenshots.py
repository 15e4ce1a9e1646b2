"""Developer tool: save screenshots of the main window and dialogs (Thai and English) for docs/ui.md.

Usage: QT_QPA_PLATFORM=offscreen python -m ui.screenshots --home /tmp/vd-demo --out docs/img
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.app import make_application, open_gui
from ui.i18n import set_language
from vocdesk.io.atomic import atomic_path


def settle(app: QApplication, until: object = None, ms: int = 400) -> None:
    """Let queued work and repaints finish."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    with atomic_path(path) as temporary:
        if not widget.grab().save(str(temporary), "PNG", 9):
            raise OSError(f"could not write {path}")
    print(path, path.stat().st_size // 1024, "KB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", required=True)
    parser.add_argument("--out", default="docs/img")
    parser.add_argument("--search", default="สม")
    parser.add_argument("--every-page", action="store_true",
                        help="instead: every page the sidebar shows, at 1100×650 and 1366×768, Thai and English")
    options = parser.parse_args(argv)
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    gui = open_gui(app, argparse.Namespace(home=options.home, db=None, lang="th"))
    window, env = gui.window, gui.env
    if env is None:
        raise RuntimeError("the database did not open")  # open_gui raises before this; for the type checker
    if options.every_page:
        _every_page(app, window, env, out)
        gui.close()
        return 0
    window.resize(1180, 720)
    window.show()
    for language in ("th", "en"):
        set_language(language, env.i18n_dir)
        window.sidebar.setCurrentRow(0)
        settle(app, ms=800)
        save(window, out / f"home_{language}.png")
        window.sidebar.setCurrentRow([spec.key for spec in window.specs].index("learners"))
        settle(app, ms=1200)
        save(window, out / f"learners_{language}.png")
        page = window.page("learners")
        page.search.setText(options.search)  # type: ignore[attr-defined]
        page.search.flush()  # type: ignore[attr-defined]
        settle(app, ms=1200)
        save(window, out / f"learners_search_{language}.png")
        page.search.setText("")  # type: ignore[attr-defined]
        page.search.flush()  # type: ignore[attr-defined]
        dialog = window.open_settings()
        settle(app, ms=600)
        save(dialog, out / f"settings_{language}.png")
        dialog.close()
        about = window.open_about()
        settle(app, ms=300)
        save(about, out / f"about_{language}.png")
        about.close()
    gui.close()
    return 0


def _every_page(app: Any, window: Any, env: Any, out: Path) -> None:
    """page-<key>_<language>_<width>.png for every page of the signed-in role's sidebar."""
    window.show()
    for width, height in ((1100, 650), (1366, 768)):
        window.resize(width, height)
        for language in ("th", "en"):
            set_language(language, env.i18n_dir)
            for row, spec in enumerate(window.specs):
                window.sidebar.setCurrentRow(row)
                settle(app, ms=700)
                save(window, out / f"page-{spec.key}_{language}_{width}.png")


if __name__ == "__main__":
    sys.exit(main())
