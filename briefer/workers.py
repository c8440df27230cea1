"""Work shared out over the machine's cores: many articles read, or many stories briefed.

Each job runs in a fresh process (started, never forked from a threaded window), and the
results come back in the order of the jobs. While waiting, `check()` runs every tenth
of a second, so that Cancel and the time limit stop the work at once: the processes are
ended there and then. Should a worker process fail to start or die (the program was fed
on standard input, the system ran out of memory), the jobs left are done in this process.

The workers already take every core, so each does its arithmetic on one thread: numpy's
BLAS would otherwise start a thread per core in every worker, and those threads, waiting
busily for work on small matrices, take the cores from the workers themselves.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import TypeVar

from briefer.parent_watch import end_with_parent
from briefer.progress import CheckFn

T = TypeVar("T")
R = TypeVar("R")
MOST_WORKERS = 4  # beyond this the start-up and the copying cost more than they give
# the thread counts of the maths libraries numpy may be built on, read as they load
ONE_THREAD = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
log = logging.getLogger(__name__)


def cores() -> int:
    """Return how many cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def can_start() -> bool:
    """Tell whether fresh processes can be started: they import the main script again,
    which must then be a file (not standard input)."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    return path is None or os.path.exists(path)


class Workers:
    """Up to `cores()` processes, started on first use and ended on leaving the `with`
    block; `run` shares jobs out over them."""

    def __init__(self, jobs_at_most: int):
        self._size = max(1, min(cores(), MOST_WORKERS, jobs_at_most))
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> None:
        self._end()

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
        results: dict[int, R] = {}
        try:
            if not self._broken:
                self._run_shared(function, jobs, check, done, results)
        except BrokenProcessPool:
            log.warning("a worker process ended; the rest is done in this one")
            self._broken = True
            self._end()
        except BaseException:
            self._end()
            raise
        for index, job in enumerate(jobs):
            if index not in results:
                check()
                results[index] = function(job)
                done(len(results))
        return [results[index] for index in range(len(jobs))]

    def _run_shared(self, function, jobs, check, done, results: dict) -> None:
        with _one_thread_each():  # the processes start as the jobs are handed out
            if self._pool is None:
                context = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(
                    self._size, mp_context=context, initializer=end_with_parent
                )
            pending: dict[Future, int] = {
                self._pool.submit(function, job): index for index, job in enumerate(jobs)
            }
        while pending:
            check()
            finished, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in finished:
                results[pending.pop(future)] = future.result()
                done(len(results))

    def _end(self) -> None:
        """End the processes now, whatever they are doing."""
        if self._pool is None:
            return
        processes = list(getattr(self._pool, "_processes", {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(5)
        self._pool = None


@contextmanager
def _one_thread_each() -> Iterator[None]:
    """Start processes meanwhile with one maths thread each, unless the user chose a
    number; this process's own environment is as it was afterwards."""
    added = {name: value for name, value in ONE_THREAD.items() if name not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)
