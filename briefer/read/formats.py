"""One function from (format, bytes) to Article, whichever reader the format needs."""

from __future__ import annotations

from pathlib import Path

from briefer.article import Article
from briefer.errors import InputError
from briefer.progress import CheckFn, never
from briefer.read.decode import decode_text
from briefer.read.markdown_text import read_markdown
from briefer.read.plain import read_plain

# Formats parsed by third-party or native code, which run in a separate process.
ISOLATED = {"pdf", "docx", "odt", "epub", "rtf", "eml", "html"}


def parse_document(
    fmt: str, data: bytes, path: str | Path | None, check: CheckFn = never
) -> Article:
    """Return the Article the `fmt` reader makes of `data`, or raise InputError; a plain
    or Markdown text, read in this process, calls `check()` as it goes (see read_plain)."""
    path = Path(path) if path else None
    if fmt in ("text", "markdown"):
        text, encoding = decode_text(data, path)
        if not text.strip():
            raise InputError("the file has no text (only whitespace)", path)
        reader = read_markdown if fmt == "markdown" else read_plain
        article = reader(text, path, check)
        return article.with_(encoding=encoding)
    return _reader(fmt)(data, path)


def _reader(fmt: str):
    """Import only the reader asked for: each pulls in its own library."""
    if fmt == "pdf":
        from briefer.read.pdf import read_pdf as reader
    elif fmt == "docx":
        from briefer.read.docx import read_docx as reader
    elif fmt == "odt":
        from briefer.read.odt import read_odt as reader
    elif fmt == "epub":
        from briefer.read.epub import read_epub as reader
    elif fmt == "rtf":
        from briefer.read.rtf import read_rtf as reader
    elif fmt == "eml":
        from briefer.read.email_message import read_email as reader
    elif fmt == "html":
        from briefer.read.html import read_html as reader
    else:
        raise ValueError(f"no reader for {fmt!r}")
    return reader
