"""Run the briefing pipeline off the UI thread; results come back by signal.

The job never touches a widget: it calls `make_brief` with a progress callback and a
cancel flag, and emits what happened. Qt queues the signals to the main thread.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from briefer.app.qt import QObject, QRunnable, Signal
from briefer.article import Article
from briefer.errors import BrieferError, Cancelled
from briefer.pipeline import BriefOptions, make_brief


class JobSignals(QObject):
    """What a briefing job reports: progress, a brief, a failure, or a cancellation."""

    progress = Signal(str, float)
    finished = Signal(object)  # Brief
    failed = Signal(str)
    cancelled = Signal()


class BriefJob(QRunnable):
    """One call of the pipeline, cancellable between its stages."""

    def __init__(self, inputs: Sequence[Path | Article], options: BriefOptions):
        super().__init__()
        self.setAutoDelete(False)
        self.inputs = list(inputs)
        self.options = options
        self.signals = JobSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at the next stage boundary."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            brief = make_brief(
                self.inputs,
                self.options,
                progress=self.signals.progress.emit,
                cancel=self._cancel.is_set,
            )
        except Cancelled:
            self.signals.cancelled.emit()
        except BrieferError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - reported in the window, never lost
            self.signals.failed.emit(f"internal error: {type(error).__name__}: {error}")
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(brief)
