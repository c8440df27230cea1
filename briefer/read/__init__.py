"""Readers: one per format, each turning a file into the same Article."""

from __future__ import annotations

import hashlib
from pathlib import Path

from briefer.article import Article
from briefer.errors import InputError
from briefer.read.decode import decode_text
from briefer.read.markdown_text import read_markdown
from briefer.read.plain import read_plain

MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
SUPPORTED_SUFFIXES = sorted(TEXT_SUFFIXES - {""} | MARKDOWN_SUFFIXES)

_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (DOCX, ODT or EPUB?)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)


def read_article(path: str | Path, max_bytes: int = MAX_BYTES) -> Article:
    """Read one article file, or raise InputError naming the file and the reason."""
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | MARKDOWN_SUFFIXES:
        raise InputError(f"unsupported format '{suffix}' (Briefer reads .txt and .md)", path)
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"this is {what}, not text, despite its '{suffix}' name", path)
    text, encoding = decode_text(data, path)
    if not text.strip():
        raise InputError("the file has no text (only whitespace)", path)
    article = read_markdown(text, path) if suffix in MARKDOWN_SUFFIXES else read_plain(text, path)
    article.encoding = encoding
    article.sha256 = hashlib.sha256(data).hexdigest()
    if not any(b.kind == "paragraph" for b in article.blocks):
        raise InputError("no article text found (only headings or markup)", path)
    return article


def read_pasted(text: str, title: str = "") -> Article:
    """Build an Article from text that has no file (pasted from the clipboard)."""
    if not text.strip():
        raise InputError("the pasted text is empty")
    article = read_plain(text, None)
    article.title = article.title or title
    article.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    article.fmt = "pasted"
    return article


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise InputError("no such file", path)
    if path.is_dir():
        raise InputError("is a directory, not a file", path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"file too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)",
                path,
            )
        data = path.read_bytes()
    except PermissionError:
        raise InputError("permission denied", path) from None
    except OSError as error:
        raise InputError(f"cannot read the file ({error.strerror or error})", path) from None
    if not data:
        raise InputError("the file is empty", path)
    return data
