"""How far a brief has come, reported to whoever waits for it, and the way to stop it."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from briefer.errors import Cancelled, InputError

READING_SHARE = 0.2  # of the whole brief's progress, for reading the files
CHECK_EVERY = 64  # items of a long loop between two looks (sentences: 320 KB at most)
T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    """One step: the stage ("reading", "splitting", "ranking", "theming", "done"), the
    share of the whole brief done, and while reading, which file of how many."""

    stage: str
    fraction: float
    file: str = ""
    done: int = 0
    total: int = 0


ProgressFn = Callable[[Progress], None]
CancelFn = Callable[[], bool]
CheckFn = Callable[[], None]  # raises to stop the work (Stepper.check)


def never() -> None:
    """Stop nothing: the check of work that no one can cancel."""


def checked(items: Iterable[T], check: CheckFn, every: int = CHECK_EVERY) -> Iterator[T]:
    """Yield the items, calling check() before the first and then after every `every`.

    A long loop over sentences or words runs through this, so that Cancel and the time
    limit stop it within a fraction of a second whatever the size of the text.
    """
    for count, item in enumerate(items):
        if count % every == 0:
            check()
        yield item


class Stepper:
    """Report each step and stop the work: raising Cancelled once cancel() says so, and
    InputError once the brief has taken longer than `seconds`."""

    def __init__(
        self,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        seconds: float | None = None,
    ):
        self._progress = progress
        self._cancel = cancel
        self._seconds = seconds
        self._deadline = None if seconds is None else time.monotonic() + seconds

    def __call__(self, stage: str, fraction: float, **detail) -> None:
        self.check()
        if self._progress is not None:
            self._progress(Progress(stage, fraction, **detail))

    def check(self) -> None:
        """Raise Cancelled if the work is to stop, InputError if its time is up."""
        if self._cancel is not None and self._cancel():
            raise Cancelled()
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise InputError(
                f"gave up making the brief after {self._seconds:g} s (the text is too long "
                "to brief in that time)",
                option="brief_seconds",
            )

    def reading(self, done: int, total: int, file: str) -> None:
        """Report that `done` of `total` files are read and `file` is next (or "")."""
        self("reading", READING_SHARE * done / max(total, 1), file=file, done=done, total=total)
