"""Open the zip container of a DOCX, ODT or EPUB file without trusting it.

A zip bomb is a small file whose members inflate to gigabytes. Each member's size is
declared in the archive's directory, and Python's zipfile never inflates past it, so
refusing archives whose declared sizes exceed a limit bounds the memory a reader can use.
A small archive can also amplify without a bomb: an EPUB spine may list one chapter
thousands of times. So the members a reader parses for text are counted again, as often
as they are read, against the size limit for an article file.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from briefer.errors import InputError
from briefer.files import megabytes, over_limit

MAX_UNPACKED = 256_000_000  # bytes, all members together
MAX_MEMBERS = 10_000
MAX_TEXT = 50_000_000  # bytes of parsed members, repeats counted: the default file size limit
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


def refuse_amplification(
    archive: zipfile.ZipFile, names: list[str], what: str, path: object = None, unit: str = "parts"
) -> None:
    """Refuse members to parse that unpack past MAX_TEXT, each counted as often as it is read."""
    sizes = {member.filename: member.file_size for member in archive.infolist()}
    total = sum(sizes.get(name, 0) for name in names)
    if total <= MAX_TEXT:
        return
    counted = [f"{len(names):,} {unit}"] if len(names) > 1 else []
    if len(set(names)) < len(names):
        counted[-1] += f", {len(set(names)):,} of them distinct"
    counted.append(f"the limit is {megabytes(MAX_TEXT)}")
    raise InputError(
        f"refused: the {what} file's text would unpack to {over_limit(total, MAX_TEXT)} "
        f"({'; '.join(counted)})",
        path,
    )
