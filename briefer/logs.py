"""Briefer's log: a rotating file in the user's log dir, echoed to stderr with --verbose.

The folder is the platform's user log dir (platformdirs), or BRIEFER_LOG_DIR. The file
and its folder are made by the first record written, so a run that logs nothing, such
as `--help` or `--version`, leaves no trace. Only the "briefer" loggers are configured:
other libraries' records stay out of the file.
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from briefer.config import APP_NAME

FILE_NAME = "briefer.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
ECHO_FORMAT = "briefer: %(levelname)s %(name)s: %(message)s"
HANDLER_NAMES = ("briefer-file", "briefer-echo")


def log_file() -> Path:
    """Return where the log is written: BRIEFER_LOG_DIR or the user's log dir."""
    folder = os.environ.get("BRIEFER_LOG_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_log_dir(APP_NAME)
    return Path(folder).absolute() / FILE_NAME


def setup(verbose: bool = False) -> Path:
    """Log Briefer's INFO records to the log file (DEBUG, and stderr too, when verbose).

    Calling it again replaces the handlers it added before. Returns the log file's path.
    """
    close()
    path = log_file()
    to_file = _LazyRotatingFile(path)
    to_file.setFormatter(logging.Formatter(FILE_FORMAT))
    handlers: list[logging.Handler] = [to_file]
    if verbose:
        echo = logging.StreamHandler(sys.stderr)
        echo.setFormatter(_TerminalFormatter(ECHO_FORMAT))
        handlers.append(echo)
    logger = logging.getLogger(APP_NAME)
    for name, handler in zip(HANDLER_NAMES, handlers):
        handler.set_name(name)
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path


def close() -> None:
    """Remove and close the handlers that setup added."""
    logger = logging.getLogger(APP_NAME)
    for handler in list(logger.handlers):
        if handler.get_name() in HANDLER_NAMES:
            logger.removeHandler(handler)
            handler.close()


class _TerminalFormatter(logging.Formatter):
    """Show control characters and undecodable bytes of a record as codes on a terminal."""

    def format(self, record: logging.LogRecord) -> str:
        from briefer.text.clean import for_terminal

        return "\n".join(for_terminal(line) for line in super().format(record).split("\n"))


class _LazyRotatingFile(RotatingFileHandler):
    """A rotating log file whose folder is made on the first record, never before."""

    def __init__(self, path: Path):
        super().__init__(
            path,
            maxBytes=MAX_BYTES,
            backupCount=BACKUPS,
            encoding="utf-8",
            errors="backslashreplace",  # a file name that is not UTF-8 is logged, not lost
            delay=True,
        )

    def _open(self):
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        """Say once that the log cannot be written, then stop trying; Briefer goes on."""
        error = sys.exc_info()[1]
        self.setLevel(logging.CRITICAL + 1)
        print(f"briefer: cannot write the log {self.baseFilename}: {error}", file=sys.stderr)
