"""The Briefer window: a thin PySide6 layer over the briefing engine."""

from __future__ import annotations

import sys
from pathlib import Path

DESKTOP_ID = "org.briefer.Briefer"


def run(files: list[str]) -> int:
    """Open the window (with these files briefed) and run until it closes."""
    from briefer import __version__
    from briefer.app.main_window import MainWindow
    from briefer.app.qt import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Briefer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    window = MainWindow()
    window.show()
    if not window.offer_recovery() and files:
        window.open_files([Path(f) for f in files])
    return app.exec()
