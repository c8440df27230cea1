"""The Briefer window: a thin PySide6 layer over the briefing engine."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from briefer.desktop import DESKTOP_ID, ICON_SIZES, icon_resource, resource_bytes

log = logging.getLogger(__name__)


def run(files: list[str], verbose: bool = False) -> int:
    """Open the window (with these files briefed) and run until it closes."""
    from briefer import __version__, logs
    from briefer.app.crash import CrashHandler
    from briefer.app.main_window import MainWindow
    from briefer.app.qt import QApplication, qVersion

    log_path = logs.setup(verbose)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Briefer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(window_icon())
    log.info("window starting: Briefer %s, Qt %s, %s", __version__, qVersion(), app.platformName())
    window = MainWindow()
    crash = CrashHandler(window, log_path)
    crash.install()
    try:
        window.show()
        tell_set_aside(window, window.settings.notes)
        recovered = window.offer_recovery()
        tell_set_aside(window, window.document.autosave.notes)
        if not recovered and files:
            window.open_files([Path(f) for f in files])
        return app.exec()
    finally:
        crash.uninstall()


def tell_set_aside(window, notes: list[str]) -> None:
    """Show, once, each note about a damaged file of Briefer's that was set aside."""
    while notes:
        window.report(notes.pop(0))


def window_icon():
    """Return Briefer's icon, with the packaged PNG of every size."""
    from briefer.app.qt import QIcon, QPixmap

    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData(resource_bytes(icon_resource(size)), "PNG"):
            icon.addPixmap(pixmap)
    return icon
