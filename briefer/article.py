"""The article model: what every reader produces, whatever the file format."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class Block:
    """A heading or a paragraph, as a span of the article's text."""

    kind: str  # "heading" or "paragraph"
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One source document, never changed once read (`with_` returns a changed copy).

    `text` is the exact string that every character offset in Briefer refers to: the
    decoded file for plain text, the markup-free rendering for formatted input.
    """

    path: Path | None
    text: str
    blocks: tuple[Block, ...]
    title: str = ""
    byline: str = ""
    date: str = ""
    sha256: str = ""
    language: str = ""
    fmt: str = "text"
    encoding: str = ""
    notes: tuple[str, ...] = ()  # what the reader noticed, such as a misleading file name

    def with_(self, **changes) -> Article:
        """Return a copy with some fields changed."""
        return replace(self, **changes)

    @property
    def name(self) -> str:
        """Return the file name, or the title for articles without a file."""
        return self.path.name if self.path else (self.title or "untitled")

    def block_text(self, block: Block) -> str:
        """Return the text of one block."""
        return self.text[block.start : block.end]

    @property
    def headings(self) -> list[str]:
        """Return the article's own section headings, in order."""
        return [self.block_text(b) for b in self.blocks if b.kind == "heading"]

    @property
    def body(self) -> str:
        """Return the paragraphs joined, without title or headings (for language detection)."""
        return "\n\n".join(self.block_text(b) for b in self.blocks if b.kind == "paragraph")
