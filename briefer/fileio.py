"""Atomic writes: a failed write never leaves a half file nor destroys the old one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from briefer.errors import OutputError


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write data to path through a temporary file in the same directory, then rename."""
    path = Path(path)
    if path.is_dir():
        raise OutputError("is a directory", path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except FileNotFoundError:
        raise OutputError("the folder does not exist", path) from None
    except PermissionError:
        raise OutputError("permission denied", path) from None
    except OSError as error:
        raise OutputError(f"cannot write ({error.strerror or error})", path) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o777)
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"cannot write ({error.strerror or error})", path) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
