"""Markdown syntax highlighting for the brief editor: headings, bullets, emphasis."""

from __future__ import annotations

import re

from briefer.app.colors import LIGHT, PaneColors
from briefer.app.qt import QFont, QSyntaxHighlighter, QTextCharFormat

_RULES = [
    (re.compile(r"^#{1,6}\s.*$"), "heading"),
    (re.compile(r"^\s*([-*+]|\d+[.)])\s"), "bullet"),
    # A run excludes the marker that ends it, so a long line is scanned once, not once
    # for each marker in it.
    (re.compile(r"\*\*(?=\S)[^*\n]+?(?<=\S)\*\*|__(?=\S)[^_\n]+?(?<=\S)__"), "strong"),
    (re.compile(r"(?<![*\w\\])\*(?=\S)[^*\n]+?(?<=\S)\*(?!\*)"), "emphasis"),
    (re.compile(r"\[\d+(?:,\s*\d+)*\]"), "citation"),
    (re.compile(r"^>.*$"), "quote"),
]


def _formats(colors: PaneColors = LIGHT) -> dict[str, QTextCharFormat]:
    formats = {}
    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    heading.setForeground(colors.qt("heading"))
    formats["heading"] = heading
    bullet = QTextCharFormat()
    bullet.setForeground(colors.qt("bullet"))
    bullet.setFontWeight(QFont.Weight.Bold)
    formats["bullet"] = bullet
    strong = QTextCharFormat()
    strong.setFontWeight(QFont.Weight.Bold)
    formats["strong"] = strong
    emphasis = QTextCharFormat()
    emphasis.setFontItalic(True)
    formats["emphasis"] = emphasis
    citation = QTextCharFormat()
    citation.setForeground(colors.qt("muted"))
    formats["citation"] = citation
    quote = QTextCharFormat()
    quote.setForeground(colors.qt("muted"))
    quote.setFontItalic(True)
    formats["quote"] = quote
    pinned = QTextCharFormat()
    pinned.setBackground(colors.qt("pinned"))
    formats["pinned"] = pinned
    return formats


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colour the Markdown the user edits, one block (line) at a time."""

    def __init__(self, document):
        super().__init__(document)
        self._formats = _formats()
        self.pinned: set[str] = set()  # the text of pinned points, shown on a tint

    def set_colors(self, colors: PaneColors) -> None:
        self._formats = _formats(colors)
        self.rehighlight()

    def set_pinned(self, pinned: set[str]) -> None:
        self.pinned = set(pinned)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        for point in self.pinned:
            at = text.find(point)
            if at >= 0:
                self.setFormat(at, len(point), self._formats["pinned"])
        for pattern, name in _RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._formats[name])
