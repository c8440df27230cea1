"""Briefing off the UI thread: one engine call at a time, its progress, its cancel.

A job never touches a widget: it calls the engine's entry with a progress callback and
a cancel flag, and reports by signal, each signal carrying the job's number. The runner
passes on only what its current job says, so a job that was cancelled or replaced can
never show its brief.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.app.brief_text import BriefText
from briefer.app.preview import preview_html
from briefer.app.qt import QObject, QRunnable, QThreadPool, Signal, Slot
from briefer.article import Article
from briefer.config import Paths
from briefer.errors import BrieferError, Cancelled
from briefer.options import BriefOptions

if TYPE_CHECKING:
    from briefer.digest import Digest
    from briefer.pipeline import Briefing

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Shown:
    """A finished brief with what the window shows of it, made off the UI thread."""

    briefing: Briefing
    text: BriefText  # its Markdown, tied to its points
    html: str  # the preview of that Markdown
    digest: Digest | None = None  # the stories, when the articles tell several; the first shown

    @property
    def notes(self) -> tuple:
        """What the reader should know: the brief's notes, and the digest's when new."""
        return self.briefing.brief.notes + (self.digest.notes if self.digest else ())

    @classmethod
    def of(cls, briefing: Briefing, digest: Digest | None = None) -> Shown:
        text = BriefText.of(briefing.brief)
        return cls(briefing, text, preview_html(text.markdown), digest)


class _JobSignals(QObject):
    progress = Signal(int, object)  # job number, Progress
    finished = Signal(int, object)  # job number, Shown
    failed = Signal(int, object)  # job number, BrieferError
    cancelled = Signal(int)


class _BriefJob(QRunnable):
    """One call of the engine's entry, cancellable between files and stages."""

    def __init__(self, number: int, inputs, options: BriefOptions, paths: Paths, digest: bool):
        super().__init__()
        self.number = number
        self.digest = digest  # group the articles by story, a brief for each
        self.inputs = list(inputs)
        self.options = options
        self.paths = paths
        self.signals = _JobSignals()
        self.stop = threading.Event()

    def run(self) -> None:
        number = self.number
        try:
            briefing, digest = self._brief(
                progress=lambda step: self.signals.progress.emit(number, step),
                cancel=self.stop.is_set,
            )
        except Cancelled:
            self.signals.cancelled.emit(number)
        except BrieferError as error:
            self.signals.failed.emit(number, error)
        except Exception as error:  # noqa: BLE001 - reported in the window, never lost
            log.exception("briefing failed")
            self.signals.failed.emit(
                number, BrieferError(f"internal error: {type(error).__name__}: {error}")
            )
        else:
            if self.stop.is_set():
                self.signals.cancelled.emit(number)
            else:  # the brief's text and its preview are made here, off the UI thread
                self.signals.finished.emit(number, Shown.of(briefing, digest))

    def _brief(self, progress, cancel) -> tuple[Briefing, Digest | None]:
        """Call the engine (loaded here, off the UI thread): a digest when asked and the
        articles tell several stories, else one brief."""
        if not self.digest:
            from briefer.pipeline import brief_inputs

            return brief_inputs(self.inputs, self.options, self.paths, progress, cancel), None
        from briefer.digest import digest_inputs

        digest = digest_inputs(self.inputs, self.options, self.paths, progress, cancel)
        return digest.stories[0], digest if len(digest.stories) > 1 else None


class BriefingRunner(QObject):
    """Run briefs one at a time; starting one cancels the one before."""

    progress = Signal(object)  # Progress of the current job
    finished = Signal(object)  # the current job's Shown
    failed = Signal(object)  # the current job's BrieferError
    cancelled = Signal()

    def __init__(self, paths: Paths, parent: QObject | None = None):
        super().__init__(parent)
        self.paths = paths
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._numbers = itertools.count(1)
        self._job: _BriefJob | None = None
        self._jobs: dict[int, _BriefJob] = {}  # kept alive until each reports its end

    def start(
        self, inputs: Sequence[Path | Article], options: BriefOptions, digest: bool = False
    ) -> int:
        """Start briefing these inputs, stopping any job before, and return its number;
        with `digest`, articles on several stories give a digest."""
        self._stop()
        job = _BriefJob(next(self._numbers), inputs, options, self.paths, digest)
        job.setAutoDelete(False)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        self._job = job
        self._jobs[job.number] = job
        self.pool.start(job)
        return job.number

    def cancel(self) -> None:
        """Stop the current job, if any, and say so at once: its brief will never show."""
        if self._stop():
            self.cancelled.emit()

    def _stop(self) -> bool:
        """Stop the current job at its next file or stage, and a file being parsed now."""
        if self._job is None:
            return False
        from briefer.pipeline import stop_reading

        self._job.stop.set()
        stop_reading()
        self._job = None
        return True

    def is_busy(self) -> bool:
        return self._job is not None

    def wait(self, milliseconds: int) -> bool:
        """Wait for every job to end; False if one still runs after the time given."""
        return self.pool.waitForDone(milliseconds)

    def _current(self, number: int, ended: bool) -> bool:
        """Tell whether a job's report is for the current job; forget a job that ended."""
        if ended:
            self._jobs.pop(number, None)
        current = self._job is not None and self._job.number == number
        if current and ended:
            self._job = None
        return current

    @Slot(int, object)
    def _progress(self, number: int, step) -> None:
        if self._current(number, ended=False):
            self.progress.emit(step)

    @Slot(int, object)
    def _finished(self, number: int, briefing) -> None:
        if self._current(number, ended=True):
            self.finished.emit(briefing)

    @Slot(int, object)
    def _failed(self, number: int, error) -> None:
        if self._current(number, ended=True):
            self.failed.emit(error)

    @Slot(int)
    def _cancelled(self, number: int) -> None:
        if self._current(number, ended=True):
            self.cancelled.emit()
