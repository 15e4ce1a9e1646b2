"""Baseline for bench_startup: an empty PySide6 QMainWindow that prints `first_paint rss_peak_kb=<n>` once painted."""

import resource
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow


class BareWindow(QMainWindow):
    """Reports the first paint the way VocDesk does under VOCDESK_BENCH_FIRST_PAINT=1, then quits."""

    reported = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.reported:
            self.reported = True
            QTimer.singleShot(0, self.report)

    def report(self) -> None:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"first_paint rss_peak_kb={peak}", flush=True)
        QApplication.exit(0)


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = BareWindow()
    window.resize(1100, 700)  # the size VocDesk opens at on a fresh home
    window.show()
    sys.exit(app.exec())
