"""Run the briefing pipeline off the UI thread; results come back by signal.

The job never touches a widget: it calls `make_brief` with a progress callback and a
cancel flag, and emits what happened. Qt queues the signals to the main thread.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from briefer.app.brief_text import BriefText
from briefer.app.qt import QObject, QRunnable, Signal
from briefer.article import Article
from briefer.errors import BrieferError, Cancelled
from briefer.pipeline import BriefOptions, make_brief
from briefer.read import read_article
from briefer.read.isolate import interrupt

log = logging.getLogger(__name__)


class JobSignals(QObject):
    """What a briefing job reports: progress, a brief, a failure, or a cancellation."""

    progress = Signal(str, float)
    finished = Signal(object)  # (BriefText, the articles it was made from)
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
        """Ask the job to stop at the next stage boundary; stop a file being parsed now."""
        self._cancel.set()
        interrupt()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            articles, failures = self._read()
            if not articles:
                raise failures[0]
            brief = make_brief(
                articles,
                self.options,
                progress=self.signals.progress.emit,
                cancel=self._cancel.is_set,
            )
            if failures:
                skipped = tuple(f"Skipped {error}" for error in failures)
                brief = dataclasses.replace(brief, notes=skipped + brief.notes)
        except Cancelled:
            self.signals.cancelled.emit()
        except BrieferError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - reported in the window, never lost
            log.exception("briefing failed")
            self.signals.failed.emit(f"internal error: {type(error).__name__}: {error}")
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                used = [a for a in articles if any(s.sha256 == a.sha256 for s in brief.sources)]
                self.signals.finished.emit((BriefText.of(brief), used))

    def _read(self) -> tuple[list[Article], list[BrieferError]]:
        """Read every input the window holds as a file; the window shows these articles."""
        articles: list[Article] = []
        failures: list[BrieferError] = []
        for item in self.inputs:
            if self._cancel.is_set():
                raise Cancelled()
            try:
                articles.append(
                    item
                    if isinstance(item, Article)
                    else read_article(item, self.options.max_bytes, self.options.read_limits)
                )
            except BrieferError as error:
                if self._cancel.is_set():
                    raise Cancelled() from None
                failures.append(error)
        return articles, failures
