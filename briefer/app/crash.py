"""The window's last line of defence: log an unexpected error, keep the brief, tell the user.

`briefer.app.run` installs a CrashHandler as sys.excepthook and threading.excepthook.
PySide6 passes an exception raised in a slot or a Qt virtual to sys.excepthook, on the
thread that raised it. The handler writes the traceback to the log at once, on that
thread, and sends the rest to the main thread by a queued signal: there it keeps the
editor's text in the autosave (offered back at the next start), says where the log is,
and closes the window.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from briefer.app.qt import QApplication, QMessageBox, QObject, Signal
from briefer.errors import EXIT_INTERNAL

log = logging.getLogger(__name__)


class CrashHandler(QObject):
    """Turn an uncaught exception into a log entry, a kept brief and one message."""

    crashed = Signal(str)  # the error in one line

    def __init__(self, window, log_file: Path):
        super().__init__()
        self.window = window
        self.log_file = log_file
        self._previous: tuple | None = None
        self._rescued = False
        self.crashed.connect(self._rescue)

    def install(self) -> None:
        """Become sys.excepthook and threading.excepthook until uninstall."""
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Put back the hooks that were there before install."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def handle(self, kind, error, trace) -> None:
        """Log the traceback now, on any thread; rescue the brief on the main thread."""
        if issubclass(kind, (KeyboardInterrupt, SystemExit)) and self._previous is not None:
            self._previous[0](kind, error, trace)
            return
        log.critical("unexpected error", exc_info=(kind, error, trace))
        self.crashed.emit(f"{kind.__name__}: {error}")

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _rescue(self, error: str) -> None:
        if self._rescued:  # one message, even when errors follow one another
            return
        self._rescued = True
        try:
            kept = self.window.keep_for_recovery()
        except Exception:  # noqa: BLE001 - the message must still be shown
            log.exception("could not keep the brief")
            kept = False
        QMessageBox.critical(self.window, "Briefer", self.message(error, kept))
        self.window.close()
        QApplication.exit(EXIT_INTERNAL)

    def message(self, error: str, kept: bool | None) -> str:
        """Return what the user is told: what happened, what became of the brief, the log."""
        if kept:
            brief = "Your brief is kept and will be offered when Briefer next starts."
        elif kept is None:
            brief = "There was no brief to keep."
        else:
            brief = "Briefer could not keep your brief: the data folder refused it."
        return (
            f"Briefer hit an unexpected error and has to close.\n\n{error}\n\n{brief}\n\n"
            f"The details are in the log:\n{self.log_file}"
        )
