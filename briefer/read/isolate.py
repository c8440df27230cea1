"""Parse untrusted documents in a child process with a time and a memory limit.

PDF, HTML and office parsers are large native or third-party code; a hostile file can
make them loop, recurse or allocate without end, and a native crash would take the whole
window with it. Each parse runs in a separate process (started fresh, never forked from a
threaded GUI), limited in address space, and killed when it runs past its time.
One process is kept and reused while it stays healthy, so several files pay the start-up
once.
"""

from __future__ import annotations

import atexit
import multiprocessing
import signal
import threading
from dataclasses import dataclass

from briefer.errors import InputError
from briefer.limits import DEFAULT_SECONDS
from briefer.parent_watch import end_with_parent

DEFAULT_MEMORY = 2 * 1024**3  # address space of the parsing process, in bytes


@dataclass(frozen=True)
class Limits:
    seconds: float = DEFAULT_SECONDS
    memory: int = DEFAULT_MEMORY


class _Parser:
    """One child process that parses documents on request."""

    def __init__(self, limits: Limits):
        context = multiprocessing.get_context("spawn")
        self.limits = limits
        self.busy = False
        self.connection, child_end = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child_end, limits.memory), daemon=True, name="briefer-reader"
        )
        self.process.start()
        child_end.close()

    def parse(self, fmt: str, data: bytes, path: str | None):
        self.busy = True
        try:
            return self._parse(fmt, data, path)
        finally:
            self.busy = False

    def _parse(self, fmt: str, data: bytes, path: str | None):
        self.connection.send((fmt, data, path))
        if not self.connection.poll(self.limits.seconds):
            self.close()
            raise InputError(
                f"gave up reading after {self.limits.seconds:g} s (the file may be damaged "
                "or built to stall readers)",
                path,
                option="read_seconds",
            )
        try:
            status, value = self.connection.recv()
        except (EOFError, OSError):
            self.close()
            raise InputError(_death_reason(self.process), path) from None
        if status == "error":
            raise InputError(value, path)
        return value

    def alive(self) -> bool:
        return self.process.is_alive()

    def close(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.connection.close()


_lock = threading.Lock()
_parser: _Parser | None = None


def parse_isolated(fmt: str, data: bytes, path: str | None, limits: Limits | None = None):
    """Return the Article that the `fmt` reader makes of `data`, parsed in the child."""
    global _parser
    limits = limits or Limits()
    with _lock:
        if _parser is not None and (not _parser.alive() or _parser.limits != limits):
            _parser.close()
            _parser = None
        if _parser is None:
            _parser = _Parser(limits)
        return _parser.parse(fmt, data, path)


def interrupt() -> None:
    """Stop a parse under way, from any thread (the user cancelled); the reader then fails."""
    parser = _parser
    if parser is not None and parser.busy:
        parser.process.kill()


@atexit.register
def shutdown() -> None:
    """Stop the parsing process, even in the middle of a parse (Briefer is closing)."""
    global _parser
    parser = _parser
    if parser is not None and parser.process.is_alive():
        parser.process.kill()  # first, so that a thread waiting on it lets go of the lock
    if _lock.acquire(timeout=5):
        try:
            if _parser is not None:
                _parser.close()
                _parser = None
        finally:
            _lock.release()


def _death_reason(process) -> str:
    process.join(5)
    code = process.exitcode
    if code is not None and code < 0 and -code == 9:
        return "the reader was stopped (out of memory?)"
    return f"the reader crashed on this file (exit status {code})"


def _serve(connection, memory: int) -> None:
    """Child process: limit memory, then parse documents until the pipe closes.

    Ctrl+C is for the parent, which stops this process itself.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    end_with_parent()
    _limit_memory(memory)
    from briefer.read.formats import parse_document

    while True:
        try:
            fmt, data, path = connection.recv()
        except (EOFError, OSError):
            return
        try:
            reply = ("ok", parse_document(fmt, data, path))
        except InputError as error:
            reply = ("error", error.reason)
        except MemoryError:
            reply = ("error", "the file needs more memory to read than Briefer allows")
        except RecursionError:
            reply = ("error", "the file is nested too deeply to read")
        except Exception as error:  # a reader bug must not take the process down
            reply = ("error", f"could not read the file ({type(error).__name__}: {error})")
        connection.send(reply)


def _limit_memory(memory: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the time limit still holds
        return
    if memory and hasattr(resource, "RLIMIT_AS"):
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
        try:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        except (ValueError, OSError):  # macOS refuses address-space limits
            pass
