"""Readers: one per format, each turning a file into the same Article."""

from __future__ import annotations

import hashlib
from pathlib import Path

from briefer.article import Article
from briefer.errors import InputError
from briefer.files import read_regular_file
from briefer.limits import MAX_BYTES
from briefer.progress import CheckFn, never
from briefer.read.decode import decode_text
from briefer.read.formats import ISOLATED, parse_document
from briefer.read.isolate import Limits, parse_isolated
from briefer.read.plain import read_plain
from briefer.read.sniff import FORMAT_NAMES, SUFFIX_FORMATS, Foreign, sniff
from briefer.text.clean import one_line, valid_unicode

SUPPORTED_SUFFIXES = sorted(suffix for suffix in SUFFIX_FORMATS if suffix)
__all__ = [
    "SUFFIX_FORMATS",
    "SUPPORTED_SUFFIXES",
    "read_article",
    "read_pasted",
    "read_pasted_html",
    "MAX_BYTES",
]
_CONTAINERS = {"pdf", "docx", "odt", "epub", "rtf"}  # formats that are never plain text


def read_article(
    path: str | Path,
    max_bytes: int = MAX_BYTES,
    limits: Limits | None = None,
    check: CheckFn = never,
) -> Article:
    """Read one article file, or raise InputError naming the file and the reason.

    A file parsed in the reading process is stopped by `isolate.interrupt()`; a plain
    or Markdown text, read in this process, calls `check()` as it goes, which raises to
    stop it.
    """
    path = Path(path)
    data = read_regular_file(path, max_bytes)
    fmt, note = choose_format(data, path)
    if fmt in ISOLATED:
        article = parse_isolated(fmt, data, str(path), limits)
    else:
        article = parse_document(fmt, data, path, check)
    article = tidy(article).with_(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        notes=(*article.notes, note) if note else article.notes,
    )
    if not any(b.kind == "paragraph" for b in article.blocks):
        raise InputError("no article text found (only headings or markup)", path)
    return article


def tidy(article: Article) -> Article:
    """Make an article safe to show: valid Unicode (offsets kept), one-line title and date.

    A lone surrogate (from an RTF `\\u` escape, say) becomes U+FFFD, one character for
    one, so every offset still holds; a newline in a title, byline or date would
    otherwise start a heading or a point of its own in the brief.
    """
    return article.with_(
        text=valid_unicode(article.text),
        title=one_line(article.title),
        byline=one_line(article.byline),
        date=one_line(article.date),
    )


def choose_format(data: bytes, path: Path) -> tuple[str, str]:
    """Return (format, note): the content decides, the name breaks ties.

    The note, when not empty, tells the user that the name and the content disagreed.
    """
    suffix = path.suffix.lower()
    named = SUFFIX_FORMATS.get(suffix)
    try:
        found = sniff(data)
    except Foreign as foreign:
        raise InputError(f"{foreign}, not an article", path) from None
    if found == "zip":
        if named in ("docx", "odt", "epub"):
            return named, ""  # its reader names what is missing or damaged
        raise InputError("this is a zip archive, not a DOCX, ODT or EPUB document", path)
    if found:
        if named in (None, found) or {named, found} <= {"text", "markdown"}:
            return found, ""
        return found, _mismatch(path, found)
    if named in _CONTAINERS or named is None:
        return _text_instead(data, path, named)
    return named, ""


def _text_instead(data: bytes, path: Path, named: str | None) -> tuple[str, str]:
    """Read a file whose content is no known format as plain text, if it is text at all."""
    suffix = path.suffix.lower()
    try:
        decode_text(data, path)
    except InputError:
        if named:
            what = FORMAT_NAMES[named].split(" ", 1)[1]
            raise InputError(
                f"damaged or not a real {what}: its content is not one", path
            ) from None
        raise InputError(
            f"unsupported format '{suffix}' (and the content is not text)", path
        ) from None
    if named:
        return "text", f"{path.name}: named '{suffix}' but holds plain text; read as text"
    return "text", f"{path.name}: unknown file type '{suffix}'; read as plain text"


def _mismatch(path: Path, found: str) -> str:
    return f"{path.name}: read as {FORMAT_NAMES[found]}, which its content is, despite the name"


def read_pasted(text: str, title: str = "", check: CheckFn = never) -> Article:
    """Build an Article from text that has no file (pasted from the clipboard)."""
    if not text.strip():
        raise InputError("the pasted text is empty")
    article = tidy(read_plain(text, None, check))
    return article.with_(
        title=article.title or one_line(title),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        fmt="pasted",
    )


def read_pasted_html(markup: str, title: str = "") -> Article:
    """Build an Article from HTML on the clipboard (a selection copied from a browser).

    The selection is what the user chose, so every heading and paragraph in it is kept:
    no main-text extraction. Markup with no text falls back to the plain text given.
    """
    from briefer.read.html import read_markup

    article = tidy(read_markup(markup).article())
    if not any(b.kind == "paragraph" for b in article.blocks):
        raise InputError("the pasted text is empty")
    return article.with_(
        title=article.title or one_line(title),
        sha256=hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        fmt="pasted",
    )
