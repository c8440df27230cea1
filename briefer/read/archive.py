"""Open the zip container of a DOCX, ODT or EPUB file without trusting it.

A zip bomb is a small file whose members inflate to gigabytes. Each member's size is
declared in the archive's directory, and Python's zipfile never inflates past it, so
refusing archives whose declared sizes exceed a limit bounds the memory a reader can use.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from briefer.errors import InputError

MAX_UNPACKED = 256_000_000  # bytes, all members together
MAX_MEMBERS = 10_000
# What a damaged archive raises while its members are read.
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    OSError,
    ValueError,
    EOFError,
    NotImplementedError,
)


def open_zip(data: bytes, what: str, path: object = None) -> zipfile.ZipFile:
    """Return the archive, or raise InputError when it is damaged or would inflate too far."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except ZIP_ERRORS:
        raise InputError(f"damaged {what} file (not a readable zip archive)", path) from None
    if len(members) > MAX_MEMBERS:
        raise InputError(f"damaged {what} file ({len(members)} parts in the archive)", path)
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED:
        raise InputError(
            f"refused: the {what} file would unpack to {unpacked / 1e6:,.0f} MB "
            f"(the limit is {MAX_UNPACKED / 1e6:.0f} MB; a zip bomb?)",
            path,
        )
    return archive


def read_member(archive: zipfile.ZipFile, name: str, what: str, path: object = None) -> bytes:
    """Return one member's bytes, or raise InputError when it is missing or damaged."""
    try:
        return archive.read(name)
    except KeyError:
        raise InputError(f"damaged {what} file (it has no {name})", path) from None
    except ZIP_ERRORS as error:
        raise InputError(f"damaged {what} file ({name}: {error})", path) from None
