"""Tell a file's format from its first bytes, whatever its name says."""

from __future__ import annotations

import io
import re
import zipfile

# Formats Briefer reads, by the names a file may carry.
SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    "": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".odt": "odt",
    ".epub": "epub",
    ".rtf": "rtf",
    ".eml": "eml",
}

FORMAT_NAMES = {
    "text": "plain text",
    "markdown": "Markdown",
    "html": "an HTML page",
    "pdf": "a PDF document",
    "docx": "a Word document (DOCX)",
    "odt": "an OpenDocument text (ODT)",
    "epub": "an EPUB book",
    "rtf": "an RTF document",
    "eml": "an e-mail message",
}

# Content Briefer recognises but cannot read, and what to tell the user.
_FOREIGN = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a media file (RIFF)"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.doc, .xls); save it as .docx"),
    (b"\x7fELF", "a program, not a document"),
    (b"MZ", "a Windows program, not a document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)

_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--(?:(?!-->).)*-->\s*)*<(!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]")
_EMAIL_HEADERS = {
    b"from",
    b"to",
    b"subject",
    b"date",
    b"received",
    b"message-id",
    b"mime-version",
    b"return-path",
    b"content-type",
    b"delivered-to",
}


class Foreign(Exception):
    """The bytes are a kind of file Briefer does not read; the message says which."""


def sniff(data: bytes) -> str | None:
    """Return the format the content proves, or None when it could be any text.

    Raises Foreign for content that is no article at all (images, programs, archives).
    """
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(data)
    for signature, what in _FOREIGN:
        if head.startswith(signature):
            raise Foreign(f"this is {what}")
    if _HTML_START.match(head):
        return "html"
    if _looks_like_email(head):
        return "eml"
    return None


def _zip_format(data: bytes) -> str:
    """Tell DOCX, ODT and EPUB apart by the members every such file has.

    Returns "zip" for an archive that is damaged or none of the three.
    """
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return "zip"
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names and "mimetype" in names:
        return "odt"
    if "META-INF/container.xml" in names:
        return "epub"
    return "zip"


def _looks_like_email(head: bytes) -> bool:
    """Tell an RFC 822 message by its opening header lines."""
    lines = head.split(b"\n", 8)[:8]
    names = []
    for line in lines:
        if line.strip() == b"":
            break
        if line[:1] in (b" ", b"\t"):
            continue
        if not _HEADER_LINE.match(line):
            return False
        names.append(line.split(b":", 1)[0].lower())
    return len(names) >= 2 and sum(name in _EMAIL_HEADERS for name in names) >= 2
