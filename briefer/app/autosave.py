"""Autosave: each window's unsaved text in a slot of its own, locked while it lives.

A window writes `<data dir>/autosave/<slot>/brief.md` every few seconds while there are
unsaved edits, and removes its slot on a clean save, discard or close. The slot's lock
file is held for the window's lifetime (an advisory lock the system drops when the
process ends, however it ends), so a slot whose lock can be taken belongs to a window
that is gone: only such slots are offered back at start-up, and a window only ever
clears its own. Two windows never share a slot, so neither loses the other's edits.
A damaged session file beside a text is set aside in the autosave folder (as
`session.json.corrupt-<time>`, never deleted) and the text is still offered; a text too
large to be a brief is set aside the same way, unread, and named.
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from briefer.errors import InputError, OutputError
from briefer.fileio import read_regular_file, set_aside, write_atomic

INTERVAL_MS = 3000
TEXT = "brief.md"
INFO = "session.json"
LOCK = "owner.lock"
MAX_INFO = 1_000_000  # bytes; a real session file lists a few sources
MAX_TEXT = 10_000_000  # bytes, as for a brief opened for editing; a real one is a few KB
LATEST = 32503680000.0  # the year 3000: a later save time is damage
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recovered:
    """What a window that ended without saving left behind."""

    text: str
    sources: list[str]
    saved_at: float
    slot: Path


class Autosave:
    """One window's autosave slot under `<data dir>/autosave/`."""

    def __init__(self, data_dir: Path):
        self.root = data_dir / "autosave"
        self.folder = self.root / f"{os.getpid()}-{os.urandom(4).hex()}"
        self.text_path = self.folder / TEXT
        self.info_path = self.folder / INFO
        self._lock: int | None = None
        self._claimed: dict[Path, int] = {}  # orphan slots held while being offered
        self._handed_over = False
        self.notes: list[str] = []  # damaged files set aside, to tell the user once

    def write(self, text: str, sources: list[str]) -> bool:
        """Save text now; return False (and keep going) if the disk refuses."""
        if self._handed_over:
            return False
        try:
            if self._lock is None:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._lock = _hold(self.folder / LOCK)
            write_atomic(self.text_path, text.encode("utf-8", "surrogatepass"))
            info = {"sources": sources, "saved_at": time.time()}
            write_atomic(self.info_path, json.dumps(info).encode("utf-8"))
        except (OSError, OutputError):
            return False
        return True

    def has_text(self) -> bool:
        """Tell whether this window's slot holds a saved text."""
        return self.text_path.is_file()

    def hand_over(self) -> None:
        """Keep the slot but give up its lock, so that the next start offers it back."""
        self._handed_over = True
        _release(self._lock)
        self._lock = None

    def clear(self) -> None:
        """Remove this window's slot (never another window's)."""
        if self._handed_over:
            return
        _remove(self.folder)
        _release(self._lock)
        self._lock = None

    def pending(self) -> Recovered | None:
        """Return the newest text left by a window that is gone, claiming its slot."""
        found = [r for r in map(self._claim, self._orphan_slots()) if r is not None]
        found.sort(key=lambda r: -r.saved_at)
        for other in found[1:]:  # offered at a later start
            _release(self._claimed.pop(other.slot, None))
        return found[0] if found else None

    def adopt(self, recovered: Recovered, text: str, sources: list[str]) -> bool:
        """Take a recovered text into this window's slot, then drop the old slot."""
        if not self.write(text, sources):
            return False
        self.discard(recovered)
        return True

    def discard(self, recovered: Recovered) -> None:
        """Drop a recovered slot the user declined or took over."""
        _remove(recovered.slot, whole=recovered.slot != self.root)
        _release(self._claimed.pop(recovered.slot, None))

    def _orphan_slots(self) -> list[Path]:
        try:
            slots = [p for p in self.root.iterdir() if p.is_dir() and p != self.folder]
        except OSError:
            return []
        if (self.root / TEXT).is_file():  # the single slot of earlier versions
            slots.append(self.root)
        return [s for s in slots if (s / TEXT).is_file()]

    def _claim(self, slot: Path) -> Recovered | None:
        lock = None if slot == self.root else _try_hold(slot / LOCK)
        if lock is None and slot != self.root:
            return None  # its window is still open
        found = self._read_slot(slot)
        if found is not None and lock is not None:
            self._claimed[slot] = lock
        else:
            _release(lock)
        return found

    def _read_slot(self, slot: Path) -> Recovered | None:
        """Read a slot; a damaged text is offered with its bad bytes replaced, not dropped,
        and a damaged session file is set aside, the text offered without it. A text too
        large to be a brief (a file of zeros left by a crash, say) is set aside unread."""
        try:
            saved_at = (slot / TEXT).stat().st_mtime
            raw = read_regular_file(slot / TEXT, MAX_TEXT)
        except OSError:
            return None
        except InputError as error:
            if error.reason != "the file is empty":
                self._set_aside_text(slot / TEXT, error.reason)
            return None
        text = raw.decode("utf-8", "replace")
        if not os.path.lexists(slot / INFO):
            return Recovered(text, [], saved_at, slot)
        try:
            sources, saved_at = _read_info(slot / INFO, saved_at)
        except ValueError as damage:
            self._set_aside(slot / INFO, str(damage))
            return Recovered(text, [], saved_at, slot)
        return Recovered(text, sources, saved_at, slot)

    def _set_aside(self, path: Path, damage: str) -> None:
        self._tell(
            f"An autosave's session file was damaged ({damage}); {self._moved(path)}, and"
            " the brief is offered without its list of sources."
        )

    def _set_aside_text(self, path: Path, damage: str) -> None:
        self._tell(
            f"An autosaved brief could not be offered ({damage}); {self._moved(path)}, so"
            " that you can open it yourself."
        )

    def _moved(self, path: Path) -> str:
        """Set a damaged file aside in the autosave folder; say where it went."""
        moved = set_aside(path, self.root)  # the slot itself goes when its text is taken
        return f"it was set aside as {moved}" if moved else "it could not be set aside"

    def _tell(self, note: str) -> None:
        self.notes.append(note)
        log.warning("%s", note)


def _read_info(path: Path, saved_at: float) -> tuple[list[str], float]:
    """Return a session file's sources and save time, or raise ValueError naming the damage."""
    try:
        info = json.loads(read_regular_file(path, MAX_INFO).decode("utf-8"))
    except InputError as error:
        raise ValueError(error.reason) from None
    except UnicodeDecodeError:
        raise ValueError("it is not UTF-8 text") from None
    except RecursionError:
        raise ValueError("it is nested too deeply") from None
    except ValueError:
        raise ValueError("it is not valid JSON") from None
    if not isinstance(info, dict):
        raise ValueError("it is not a JSON object")
    sources, saved_at = info.get("sources", []), info.get("saved_at", saved_at)
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise ValueError("'sources' is not a list of file names")
    if isinstance(saved_at, bool) or not isinstance(saved_at, int | float):
        raise ValueError("'saved_at' is not a time")
    if not (math.isfinite(saved_at) and 0 <= saved_at <= LATEST):
        raise ValueError("'saved_at' is not a time")
    return sources, float(saved_at)


def _remove(slot: Path, whole: bool = True) -> None:
    """Delete a slot's files, and the slot itself unless it is the shared root."""
    for name in (TEXT, INFO):
        try:
            (slot / name).unlink(missing_ok=True)
        except OSError:
            pass
    if whole:
        shutil.rmtree(slot, ignore_errors=True)


def _hold(path: Path) -> int:
    """Open and lock path for this process's lifetime; raise OSError if that fails."""
    lock = _try_hold(path)
    if lock is None:
        raise OSError(f"{path} is locked by another window")
    return lock


def _try_hold(path: Path) -> int | None:
    """Lock path without waiting; None if another process holds it."""
    try:
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None
    if _lock(handle):
        return handle
    os.close(handle)
    return None


def _release(handle: int | None) -> None:
    if handle is not None:
        try:
            os.close(handle)  # closing drops the lock
        except OSError:
            pass


def _lock(handle: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
