"""Writes that never destroy: atomic for regular files, in place for special ones.

A failed write never leaves a half file nor destroys the old one. A symbolic link is
followed, so the file it points to is replaced and the link stays a link. A FIFO or a
device (a pipe to another program, /dev/null) is written in place, never replaced by a
regular file. An output that is one of the articles being briefed (a file of a folder being
briefed included), or the brief being remade from its metadata, is refused. A damaged
file of Briefer's own (settings, an autosave's session) is set aside, never deleted.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from briefer.errors import OutputError
from briefer.files import read_regular_file

__all__ = ["read_regular_file", "refuse_inputs", "set_aside", "write_atomic"]


def refuse_inputs(
    output: str | Path,
    inputs: Iterable[str | Path],
    what: str = "is one of the articles being briefed",
) -> None:
    """Raise OutputError if writing to output would overwrite one of the inputs, saying
    what the output is (`what`)."""
    try:
        target = os.stat(output)
    except OSError:
        return  # nothing there yet, so nothing to destroy
    if not stat.S_ISREG(target.st_mode):
        return
    for item in _files_of(inputs):
        try:
            source = os.stat(item)
        except (OSError, ValueError):
            continue
        if (source.st_dev, source.st_ino) == (target.st_dev, target.st_ino):
            raise OutputError(f"{what}; choose another output file", output)


def _files_of(inputs: Iterable[str | Path]) -> Iterator[str | Path]:
    """Yield the inputs, a folder as the article files in it (those a brief reads)."""
    from briefer.read import SUPPORTED_SUFFIXES

    for item in inputs:
        try:
            children = list(Path(item).iterdir()) if os.path.isdir(item) else None
        except (OSError, ValueError):
            continue
        if children is None:
            yield item
            continue
        yield from (
            c for c in children if c.suffix.lower() in SUPPORTED_SUFFIXES and c.name[0] != "."
        )


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write data to path: through a temporary file and a rename, or in place if special."""
    real = Path(os.path.realpath(path))
    try:
        mode = real.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise _cannot_write(error, path) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError("is a directory", path)
    if mode is not None and not stat.S_ISREG(mode):
        _write_in_place(real, data, path)
    else:
        _write_replacing(real, data, mode, path)


def set_aside(path: Path, folder: Path | None = None) -> Path | None:
    """Rename a damaged file to `<name>.corrupt-<time>` beside it (or in folder).

    Return where it went, or None when it could not be moved; it is never deleted, and
    an earlier file set aside is never replaced.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for attempt in range(100):
        suffix = f"-{attempt}" if attempt else ""
        target = (folder or path.parent) / f"{path.name}.corrupt-{stamp}{suffix}"
        if os.path.lexists(target):
            continue
        try:
            os.rename(path, target)
        except OSError:
            return None
        return target
    return None


def _write_in_place(real: Path, data: bytes, path: str | Path) -> None:
    try:
        with open(real, "wb", buffering=0) as stream:
            stream.write(data)
    except OSError as error:
        raise _cannot_write(error, path) from None


def _write_replacing(real: Path, data: bytes, mode: int | None, path: str | Path) -> None:
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{real.name}.", suffix=".tmp", dir=real.parent
        )
    except FileNotFoundError:
        raise OutputError("the folder does not exist", path) from None
    except PermissionError:
        raise OutputError("permission denied", path) from None
    except OSError as error:
        raise _cannot_write(error, path) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode & 0o777 if mode is not None else 0o666 & ~_umask())
        os.replace(temporary, real)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _cannot_write(error, path) from None


def _cannot_write(error: OSError, path: str | Path) -> OutputError:
    return OutputError(f"cannot write ({error.strerror or error})", path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
