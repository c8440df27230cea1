"""The window's briefs are made in a process of their own, never beside the window.

A thread in the window's process would hold Python's lock for tens of milliseconds at a
time (imports, regex compiles, numeric code), and every such hold is a moment the window
cannot paint or take a key; a native crash or a run out of memory there would take the
window, and the user's text, with it. So one child process (started fresh, never forked
from the threaded window) runs the engine's entry, and is kept and reused.

Jobs go down a pipe. Up come their progress, their end (the finished brief with its
Markdown and preview made there too, an error, or word that they were cancelled) and the
child's log records, read by a thread of the window's process that hands each report to
whoever started the job. Cancel is a number in shared memory: a job stops at its next
check once that number reaches its own; one that has not stopped STOP_SECONDS later is
ended with its process, and a fresh process takes the jobs queued behind it.
"""

from __future__ import annotations

import itertools
import logging
import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from briefer.article import Article
from briefer.config import Paths
from briefer.errors import BrieferError, Cancelled
from briefer.options import BriefOptions

# The window comes first: the engine yields the CPU to it, and its numeric code keeps to
# one thread (OpenBLAS otherwise takes every core for a product of matrices, and the
# window waits for a core of its own).
NICENESS = 5
ONE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
STOP_SECONDS = 3.0  # a cancelled job still running after this is ended with its process
WATCH_SECONDS = 0.05  # how often the child looks for a cancel of the job it runs
log = logging.getLogger(__name__)

# A report: its kind, the job's number and what it carries (a Progress, a Shown, an error).
PROGRESS, FINISHED, FAILED, CANCELLED = "progress", "finished", "failed", "cancelled"
Report = Callable[[str, int, object], None]


@dataclass(frozen=True)
class Job:
    """One call of the engine's entry: a brief of these inputs, or a digest of them."""

    number: int
    inputs: tuple[Path | Article, ...]
    options: BriefOptions
    paths: Paths
    digest: bool  # group the articles by story, a brief for each


class _Child:
    """One engine process, its pipe, the thread reading that pipe, and the jobs sent to it
    that have not ended, in the order it runs them."""

    def __init__(self, engine: EngineProcess, cancelled_up_to: int):
        import multiprocessing  # here, not at the window's start: it takes 20 ms to load

        context = multiprocessing.get_context("spawn")
        self.cancelled = context.Value("q", cancelled_up_to, lock=False)
        self.connection, child_end = context.Pipe()
        self.process = context.Process(
            target=serve,
            args=(child_end, self.cancelled, logging.getLogger("briefer").getEffectiveLevel()),
            name="briefer-engine",  # not a daemon: it starts readers and workers of its own
        )
        self.process.start()
        child_end.close()
        self.sent: dict[int, Job] = {}
        # Jobs are written to the pipe by a thread of their own: a long pasted article
        # fills the pipe while the child still runs the job before it, and the window
        # must not wait for that.
        self.outbox: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        threading.Thread(target=self._write, daemon=True, name="briefer-engine-jobs").start()
        self.reader = threading.Thread(
            target=engine._read, args=(self,), daemon=True, name="briefer-engine-reports"
        )
        self.reader.start()

    def _write(self) -> None:
        while True:
            job = self.outbox.get()
            try:
                self.connection.send(job)
            except (OSError, ValueError):  # it died: its reader resends the jobs or reports
                self.kill()
                return
            if job is None:
                return

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()


class EngineProcess:
    """The engine's process as the window sees it: submit a job, cancel it, hear how it
    went. Reports reach the `report` given with the job, on the reading thread."""

    def __init__(self):
        self._lock = threading.Condition()
        self._numbers = itertools.count(1)
        self._child: _Child | None = None
        self._reports: dict[int, Report] = {}  # jobs that have not ended, by number
        self._cancelled_up_to = 0
        self._starting = False  # a process is being started, on a thread of its own
        self._waiting: list[Job] = []  # jobs submitted meanwhile, sent once it is up
        self._closed = False
        self._finalized = False  # ended at exit, once a process was started

    def start(self) -> None:
        """Start the process ahead of the first job, so that job need not wait for it."""
        with self._lock:
            self._running_child()

    def submit(
        self,
        inputs: Sequence[Path | Article],
        options: BriefOptions,
        paths: Paths,
        digest: bool,
        report: Report,
    ) -> int:
        """Send a job and return its number; its reports go to `report`."""
        with self._lock:
            job = Job(next(self._numbers), tuple(inputs), options, paths, digest)
            self._reports[job.number] = report
            self._dispatch(job)
            return job.number

    def cancel(self, number: int) -> None:
        """Stop this job and every one before it; end the process should it not stop."""
        with self._lock:
            self._cancelled_up_to = max(self._cancelled_up_to, number)
            child = self._child
            if child is None:
                return
            child.cancelled.value = self._cancelled_up_to
            if number not in child.sent:
                return
        timer = threading.Timer(STOP_SECONDS, self._end_overdue, args=(child, number))
        timer.daemon = True
        timer.start()

    def wait(self, numbers: Sequence[int], seconds: float) -> bool:
        """Wait until these jobs have ended; False if one still runs after `seconds`."""
        deadline = time.monotonic() + seconds
        with self._lock:
            while any(n in self._reports for n in numbers):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(left)
        return True

    def close(self) -> None:
        """End the process, a job under way included (Briefer is closing). Told to stop,
        the child ends itself, and the processes it started with it."""
        with self._lock:
            child, self._child, self._closed = self._child, None, True
        if child is None:
            return
        child.cancelled.value = 2**62
        child.outbox.put(None)
        child.process.join(STOP_SECONDS)
        child.kill()
        child.process.join(5)

    def _running_child(self) -> _Child | None:
        """Return the process that takes jobs, or None while it is being started.

        Starting one takes 10 to 40 ms, most of it in this process, so a thread does it
        and the window goes on painting meanwhile.
        """
        if self._child is not None and self._child.process.is_alive():
            return self._child
        if not self._starting and not self._closed:
            self._starting = True
            threading.Thread(
                target=self._start_child, daemon=True, name="briefer-engine-start"
            ).start()
        return None

    def _start_child(self) -> None:
        import multiprocessing.util

        try:
            child = _Child(self, self._cancelled_up_to)
        except Exception as error:  # noqa: BLE001 - reported to the jobs waiting for it
            log.exception("the briefing process could not start")
            self._fail_waiting(BrieferError(f"briefing could not start: {error}"))
            return
        with self._lock:
            self._starting = False
            if self._closed:
                child.kill()
                return
            if not self._finalized:
                self._finalized = True
                # Run at exit before multiprocessing waits for its child processes to end.
                multiprocessing.util.Finalize(self, self.close, exitpriority=10)
            self._child = child
            child.cancelled.value = self._cancelled_up_to
            waiting, self._waiting = self._waiting, []
            for job in waiting:
                self._send(child, job)

    def _fail_waiting(self, error: BrieferError) -> None:
        with self._lock:
            self._starting = False
            waiting, self._waiting = self._waiting, []
            reports = [(self._reports.pop(job.number, None), job.number) for job in waiting]
            self._lock.notify_all()
        for report, number in reports:
            if report is not None:
                _deliver(report, FAILED, number, error)

    def _dispatch(self, job: Job) -> None:
        """Send a job to the process, or keep it until the process is up."""
        child = self._running_child()
        if child is None:
            self._waiting.append(job)
        else:
            self._send(child, job)

    def _send(self, child: _Child, job: Job) -> None:
        child.sent[job.number] = job
        child.outbox.put(job)

    def _end_overdue(self, child: _Child, number: int) -> None:
        with self._lock:
            overdue = child is self._child and number in child.sent
        if overdue:
            log.warning("a cancelled brief did not stop; its process is ended")
            child.kill()

    def _read(self, child: _Child) -> None:
        """The reading thread of one child: hand on its reports until its pipe closes."""
        while True:
            try:
                kind, number, value = child.connection.recv()
            except (EOFError, OSError):
                self._lost(child)
                return
            if kind == "log":
                name, level, message = value
                logging.getLogger(name).log(level, "%s", message)
                continue
            with self._lock:
                report = self._reports.get(number)
                if kind != PROGRESS:
                    child.sent.pop(number, None)
                    self._reports.pop(number, None)
                    self._lock.notify_all()
            if report is not None:
                _deliver(report, kind, number, value)

    def _lost(self, child: _Child) -> None:
        """The child's pipe closed: end the job it ran, and send on those queued after it."""
        child.process.join(5)
        code = child.process.exitcode
        with self._lock:
            if child is self._child:
                self._child = None
            queued = list(child.sent.values())
            ended = []
            for position, job in enumerate(queued):
                if job.number <= self._cancelled_up_to:
                    ended.append((job.number, CANCELLED, None))
                elif position == 0:
                    ended.append((job.number, FAILED, BrieferError(_death_reason(code))))
                else:
                    self._dispatch(job)
            reports = [(self._reports.pop(n, None), kind, n, value) for n, kind, value in ended]
            self._lock.notify_all()
        for report, kind, number, value in reports:
            if report is not None:
                _deliver(report, kind, number, value)


def _deliver(report: Report, kind: str, number: int, value) -> None:
    try:
        report(kind, number, value)
    except RuntimeError:  # whoever asked is gone (its window was closed)
        pass


def _death_reason(code: int | None) -> str:
    if code is not None and code < 0 and -code == signal.SIGKILL:
        return "briefing stopped: its process was ended (out of memory?)"
    return f"briefing stopped: its process crashed (exit status {code})"


_engine: EngineProcess | None = None


def engine() -> EngineProcess:
    """Return the one engine process every window of this process shares."""
    global _engine
    if _engine is None:
        _engine = EngineProcess()
    return _engine


# The child's side.


class _PipeLog(logging.Handler):
    """Send the child's log records up the pipe, to the window's log."""

    def __init__(self, send: Callable[[tuple], None]):
        super().__init__()
        self.send = send

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.send(("log", 0, (record.name, record.levelno, self.format(record))))
        except (OSError, ValueError):
            pass


def serve(connection, cancelled, log_level: int) -> None:
    """Child process: run jobs from the pipe until it closes.

    Ctrl+C is for the window's process, which ends this one itself.
    """
    from briefer.parent_watch import end_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    end_with_parent()
    _give_way()
    sending = threading.Lock()

    def send(message: tuple) -> None:
        with sending:
            connection.send(message)

    logger = logging.getLogger("briefer")
    logger.addHandler(_PipeLog(send))
    logger.setLevel(log_level)
    from briefer import digest, pipeline  # noqa: F401 - loaded before the first job asks
    from briefer.app import shown  # noqa: F401

    running = _Watch(cancelled)
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        if job is None:  # the window's process is closing
            return
        running.number = job.number
        kind, value = _run(job, send, partial(_is_cancelled, cancelled, job.number))
        running.number = 0
        try:
            send((kind, job.number, value))
        except (OSError, ValueError):
            return
        except Exception as error:  # noqa: BLE001 - a brief that cannot be sent is reported
            log.exception("a brief could not be sent to the window")
            send((FAILED, job.number, BrieferError(f"internal error: {error}")))


def _give_way() -> None:
    """Let the window's process have the CPU first (before numpy is loaded here)."""
    for name in ONE_THREAD:
        os.environ.setdefault(name, "1")
    if hasattr(os, "nice"):
        try:
            os.nice(NICENESS)
        except OSError:
            pass


def _is_cancelled(cancelled, number: int) -> bool:
    return cancelled.value >= number


class _Watch:
    """A thread of the child that stops a file being read when its job is cancelled: the
    reader waits on a process of its own and checks no flag."""

    def __init__(self, cancelled):
        self.cancelled = cancelled
        self.number = 0
        threading.Thread(target=self._watch, daemon=True, name="briefer-cancel-watch").start()

    def _watch(self) -> None:
        from briefer.pipeline import stop_reading

        stopped = 0
        while True:
            time.sleep(WATCH_SECONDS)
            number = self.number
            if number and number != stopped and _is_cancelled(self.cancelled, number):
                stopped = number
                stop_reading()


def _run(job: Job, send, cancel) -> tuple[str, object]:
    """Make the job's brief (a digest when asked and the articles tell several stories)
    and return how it ended: finished with what the window shows, failed, or cancelled."""
    from briefer.app.shown import Shown

    progress = lambda step: send((PROGRESS, job.number, step))  # noqa: E731
    try:
        if job.digest:
            from briefer.digest import digest_inputs

            digest = digest_inputs(job.inputs, job.options, job.paths, progress, cancel)
            briefing, digest = digest.stories[0], digest if len(digest.stories) > 1 else None
        else:
            from briefer.pipeline import brief_inputs

            briefing = brief_inputs(job.inputs, job.options, job.paths, progress, cancel)
            digest = None
        if cancel():
            return CANCELLED, None
        return FINISHED, Shown.of(briefing, digest)
    except Cancelled:
        return CANCELLED, None
    except BrieferError as error:
        return FAILED, error
    except Exception as error:  # noqa: BLE001 - reported in the window, never lost
        log.exception("briefing failed")
        return FAILED, BrieferError(f"internal error: {type(error).__name__}: {error}")
