"""Developer tool: grab the training-centre pages at 1366×768 and 1100×650, in Thai and English, for a look.

Usage: QT_QPA_PLATFORM=offscreen python -m ui.screenshots_training --home /tmp/vd-demo --out /tmp/shots
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ui.app import make_application, open_gui
from ui.i18n import set_language
from ui.screenshots import save, settle

SIZES = ((1366, 768), (1100, 650))


def _evening_need(page: Any) -> None:
    """Weekday evenings 15:00–18:00 for 20 people: some rooms free, others clash with the afternoon lessons."""
    from PySide6.QtCore import QTime

    for day, box in enumerate(page.day_boxes):
        box.setChecked(day < 5)
    page.start.setTime(QTime(15, 0))
    page.end.setTime(QTime(18, 0))
    page.seats.setValue(20)
    page.data_shown.connect(lambda: _first_busy(page))
    page.search()


def _first_busy(page: Any) -> None:
    rooms = page.answer.rooms if page.answer else ()
    busy = next((n for n, room in enumerate(rooms) if not room.free), None)
    if busy is not None:
        page.table.selectRow(busy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", required=True)
    parser.add_argument("--out", default="/tmp/shots")
    parser.add_argument("--timetable", help="a FET CSV to check in the import dialog (grabbed too)")
    parser.add_argument("--pages", default="training_facilities,training_week,training_finder,training_approvals")
    options = parser.parse_args(argv)
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    gui = open_gui(app, argparse.Namespace(home=options.home, db=None, lang="th"))
    window = gui.window
    assert gui.env is not None
    window.show()
    keys = [spec.key for spec in window.specs]
    for language in ("th", "en"):
        set_language(language, gui.env.i18n_dir)
        for key in options.pages.split(","):
            if key not in keys:
                print(f"no page {key}")
                continue
            window.sidebar.setCurrentRow(keys.index(key))
            page = window.page(key)
            if key == "training_finder" and getattr(page, "answer", None) is None:
                settle(app, ms=300)
                _evening_need(page)
            if key == "training_week" and language == "th":
                settle(app, ms=500)
                page.show_room("01-W1")  # type: ignore[attr-defined]  # the demo's booked workshop, next week
                page.shift_week(7)  # type: ignore[attr-defined]
            for width, height in SIZES:
                window.resize(width, height)
                settle(app, ms=1500)
                save(window, out / f"{key}_{language}_{width}.png")
            if key == "training_facilities":
                page.edit_facility()  # type: ignore[attr-defined]
                settle(app, ms=500)
                save(page.dialog, out / f"training_facility_dialog_{language}.png")  # type: ignore[attr-defined]
                page.dialog.close()  # type: ignore[attr-defined]
            if key == "training_finder":
                page.book_selected()  # type: ignore[attr-defined]
                settle(app, ms=500)
                save(page.dialog, out / f"training_book_dialog_{language}.png")  # type: ignore[attr-defined]
                page.dialog.close()  # type: ignore[attr-defined]
            if key == "training_week" and options.timetable:
                page.import_timetable()  # type: ignore[attr-defined]
                settle(app, ms=500)
                dialog = page.dialog  # type: ignore[attr-defined]
                dialog.path.setText(options.timetable)
                dialog.check_button.click()
                settle(app, ms=1500)
                save(dialog, out / f"training_timetable_{language}.png")
                dialog.close()
    gui.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
