"""Briefing away from the window: one engine job at a time, its progress, its cancel.

The jobs run in the engine's process (`engine_process`); their reports come back on a
thread of this process and reach the window by signal, each carrying the job's number.
The runner passes on only what its current job says, so a job that was cancelled or
replaced can never show its brief.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from briefer.app.engine_process import CANCELLED, FAILED, FINISHED, PROGRESS, engine
from briefer.app.qt import QObject, QTimer, Signal, Slot
from briefer.article import Article
from briefer.config import Paths
from briefer.options import BriefOptions

WARM_UP_MS = 250  # the engine's process starts once the window has painted its first frames


class _Reports(QObject):
    """Reports of the engine's jobs, sent from its reading thread to the window's."""

    arrived = Signal(str, int, object)  # kind, job number, what it carries


class BriefingRunner(QObject):
    """Run briefs one at a time; starting one cancels the one before."""

    progress = Signal(object)  # Progress of the current job
    finished = Signal(object)  # the current job's Shown
    failed = Signal(object)  # the current job's BrieferError
    cancelled = Signal()

    def __init__(self, paths: Paths, parent: QObject | None = None):
        super().__init__(parent)
        self.paths = paths
        self._engine = engine()
        self._reports = _Reports(self)
        self._reports.arrived.connect(self._arrived)
        self._job: int | None = None  # the number of the job whose brief will show
        self._started: list[int] = []  # the jobs this runner started that have not ended
        QTimer.singleShot(WARM_UP_MS, self._engine.start)

    def start(
        self, inputs: Sequence[Path | Article], options: BriefOptions, digest: bool = False
    ) -> int:
        """Start briefing these inputs, stopping any job before, and return its number;
        with `digest`, articles on several stories give a digest."""
        self._stop()
        self._job = self._engine.submit(
            inputs, options, self.paths, digest, self._reports.arrived.emit
        )
        self._started.append(self._job)
        return self._job

    def cancel(self) -> None:
        """Stop the current job, if any, and say so at once: its brief will never show."""
        if self._stop():
            self.cancelled.emit()

    def _stop(self) -> bool:
        """Stop the current job at its next file or stage, and a file being parsed now."""
        if self._job is None:
            return False
        self._engine.cancel(self._job)
        self._job = None
        return True

    def is_busy(self) -> bool:
        return self._job is not None

    def wait(self, milliseconds: int) -> bool:
        """Wait for every job to end; False if one still runs after the time given."""
        return self._engine.wait(self._started, milliseconds / 1000)

    @Slot(str, int, object)
    def _arrived(self, kind: str, number: int, value) -> None:
        """Pass on a report of the current job; forget a job once it has ended."""
        if kind == PROGRESS:
            if number == self._job:
                self.progress.emit(value)
            return
        if number in self._started:
            self._started.remove(number)
        if number != self._job:
            return
        self._job = None
        if kind == FINISHED:
            self.finished.emit(value)
        elif kind == FAILED:
            self.failed.emit(value)
        elif kind == CANCELLED:
            self.cancelled.emit()
