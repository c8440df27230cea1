"""Work shared out over the machine's cores: many articles read, or many stories briefed.

Each job runs in a fresh process (started, never forked from a threaded window), and the
results come back in the order of the jobs. While waiting, `check()` runs every tenth
of a second, so that Cancel and the time limit stop the work at once: the processes are
ended there and then.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import TypeVar

from briefer.progress import CheckFn

T = TypeVar("T")
R = TypeVar("R")
MOST_WORKERS = 4  # beyond this the start-up and the copying cost more than they give


def cores() -> int:
    """Return how many cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Workers:
    """Up to `cores()` processes, started on first use and ended on leaving the `with`
    block; `run` shares jobs out over them."""

    def __init__(self, jobs_at_most: int):
        self._size = max(1, min(cores(), MOST_WORKERS, jobs_at_most))
        self._pool = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()

    def run(
        self,
        function: Callable[[T], R],
        jobs: Sequence[T],
        check: CheckFn,
        done: Callable[[int], None] = lambda count: None,
    ) -> list[R]:
        """Return `function(job)` for every job, in the order of the jobs.

        `function` must be a module-level function and the jobs and results picklable;
        `done(count)` hears how many jobs are finished. An exception in a job is raised
        here; so is whatever `check()` raises, and the processes end at once.
        """
        if self._pool is None:
            self._pool = multiprocessing.get_context("spawn").Pool(self._size)
        try:
            pending = [self._pool.apply_async(function, (job,)) for job in jobs]
            results: list[R] = []
            for waiting in pending:
                while not waiting.ready():
                    check()
                    waiting.wait(0.1)
                results.append(waiting.get())
                done(len(results))
            return results
        except BaseException:
            self._pool.terminate()
            self._pool = None
            raise
