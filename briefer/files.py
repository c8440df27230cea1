"""Read the bytes of a regular file, never more than a limit, never a device or a pipe.

The file is opened without blocking (a FIFO with no writer would hang an open) and its
type and size are checked on the open descriptor, so a name swapped for a device or a
link after a check changes nothing; at most the limit plus one byte is ever read,
whatever the size said, so a file that grows while it is read is refused too.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from briefer.errors import InputError

_CHUNK = 1 << 20
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_regular_file(path: str | Path, max_bytes: int) -> bytes:
    """Return the bytes of a regular file of at most `max_bytes`, or raise InputError."""
    path = Path(path)
    try:
        _refuse_special(os.stat(path), path, max_bytes)
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise InputError(_open_reason(error), path) from None
    except (ValueError, UnicodeError):  # a NUL byte, or a name this system cannot encode
        raise InputError("the file name is not valid on this system", path) from None
    try:
        _refuse_special(os.fstat(descriptor), path, max_bytes)
        data = _read_at_most(descriptor, max_bytes + 1, path)
    finally:
        os.close(descriptor)
    if len(data) > max_bytes:
        raise InputError(
            f"file too large (it grew past the limit of {megabytes(max_bytes)} as it was read)",
            path,
            option="max_bytes",
        )
    if not data:
        raise InputError("the file is empty", path)
    return data


def megabytes(size: int) -> str:
    """Return a size as people read it: 800 KB, 3.5 MB, 50 MB."""
    if size < 1e6:
        return f"{size / 1e3:.0f} KB"
    return f"{size / 1e6:.1f} MB" if size < 10e6 else f"{size / 1e6:,.0f} MB"


def over_limit(size: int, limit: int) -> str:
    """Return a size past a limit so that it reads as more than the limit: 64 MB, or
    50,000,002 bytes where rounding would show the limit itself."""
    shown = megabytes(size)
    return shown if shown != megabytes(limit) else f"{size:,} bytes"


def _refuse_special(info: os.stat_result, path: Path, max_bytes: int) -> None:
    """Refuse anything but a regular file, and a regular file over the limit."""
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a directory, not a file", path)
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a file")
        raise InputError(f"{kind}, not a regular file; Briefer reads only files", path)
    if info.st_size > max_bytes:
        raise InputError(
            f"file too large ({over_limit(info.st_size, max_bytes)}; "
            f"the limit is {megabytes(max_bytes)})",
            path,
            option="max_bytes",
        )


def _read_at_most(descriptor: int, most: int, path: Path) -> bytes:
    chunks: list[bytes] = []
    left = most
    try:
        while left > 0:
            chunk = os.read(descriptor, min(left, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as error:
        raise InputError(_open_reason(error), path) from None
    return b"".join(chunks)


def _open_reason(error: OSError) -> str:
    """Say in a few words why a file could not be opened or read."""
    reasons = {
        errno.ENOENT: "no such file",
        errno.EACCES: "permission denied (on the file or a folder on its way)",
        errno.EPERM: "permission denied",
        errno.ENAMETOOLONG: "the file name is too long for this system",
        errno.ELOOP: "too many levels of symbolic links",
        errno.ENOTDIR: "no such file (a part of the path is not a folder)",
        errno.EISDIR: "is a directory, not a file",
    }
    return reasons.get(error.errno, f"cannot read the file ({error.strerror or error})")
