"""Assemble an Article from a formatted document's headings and paragraphs.

Formatted readers (Markdown, HTML, PDF, DOCX, ODT, EPUB) do not keep their file's bytes as
the offset reference: they render the document to plain text, one block per paragraph
separated by a blank line, and every offset refers to that rendering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from briefer.article import Article, Block
from briefer.progress import CheckFn, checked, never
from briefer.read.lines import is_byline, is_date_stamp, is_page_furniture

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")


def clean_inline(text: str) -> str:
    """Collapse runs of spaces and line breaks into single spaces; drop invisible marks."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text).replace("\r", " ").replace("\n", " ")).strip()


@dataclass
class Draft:
    """An article being assembled: metadata and ("title" | "heading" | "paragraph", text).

    `title`, `byline` and `date` come from the file's metadata; a title block in the text
    itself replaces the metadata title.
    """

    path: Path | None
    fmt: str
    title: str = ""
    byline: str = ""
    date: str = ""
    parts: list[tuple[str, str]] = field(default_factory=list)

    def add(self, kind: str, text: str) -> None:
        """Add one block; blank text is ignored."""
        text = clean_inline(text)
        if text:
            self.parts.append((kind, text))

    def has_text(self) -> bool:
        return any(kind == "paragraph" for kind, _ in self.parts)

    def article(self, check: CheckFn = never) -> Article:
        """Render the blocks to text and classify the front matter and page furniture,
        calling `check()` every few dozen blocks."""
        front = {"title": self.title, "byline": self.byline, "date": self.date}
        blocks: list[Block] = []
        pieces: list[str] = []
        offset = 0
        for kind, text in checked(self.parts, check):
            kind = _classify(front, blocks, kind, text)
            if pieces:
                pieces.append("\n\n")
                offset += 2
            pieces.append(text)
            blocks.append(Block(kind, offset, offset + len(text)))
            offset += len(text)
        return Article(self.path, "".join(pieces), tuple(blocks), fmt=self.fmt, **front)


def _classify(front: dict[str, str], blocks: list[Block], kind: str, text: str) -> str:
    """Return the block kind for `text`, taking title, byline and date into `front`."""
    if kind == "title":
        if any(b.kind == "title" for b in blocks):
            return "heading"
        front["title"] = text  # the document's own title line wins over its metadata
        return "title"
    if kind != "paragraph":
        return kind
    at_top = all(b.kind in ("title", "meta") for b in blocks)
    if at_top and is_byline(text):
        front["byline"] = front["byline"] or text
        return "meta"
    if at_top and is_date_stamp(text):
        front["date"] = front["date"] or text
        return "meta"
    return "noise" if is_page_furniture(text) else "paragraph"
