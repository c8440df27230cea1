"""Read Markdown: headings and paragraphs understood, markup removed from sentences."""

from __future__ import annotations

import html
import re
from pathlib import Path

from briefer.article import Article
from briefer.progress import CheckFn, checked, never
from briefer.read.assemble import Draft

# Every pattern here meets untrusted text, so none may backtrack without end: a run
# excludes the character that ends it ("[^*\n]+?" up to "**"), a link target holds one
# level of parentheses, and a heading's closing hashes are taken off by string methods.
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_FRONT_MATTER = re.compile(r"\A---\r?\n.*?\r?\n---\r?\n", re.DOTALL)
_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"  # "(url)", "(https://w.org/Foo_(bar))"
_STRONG = [
    (re.compile(r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"__(?=\S)([^_\n]+?)(?<=\S)__"), r"\1"),
]
_INLINE = [
    (re.compile(r"!\[([^\[\]\n]*)\]" + _TARGET), ""),  # images
    (re.compile(r"\[([^\[\]\n]+)\]" + _TARGET), r"\1"),  # links
    (re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]"), r"\1"),  # reference links
    (re.compile(r"<(https?://[^<>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"<[^<>\n]+>"), ""),  # inline HTML tags
    (re.compile(r"`([^`]*)`"), r"\1"),
    *_STRONG,
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\*)"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),
    *_STRONG,  # again, for strong text around emphasis: "**a *b* c**"
    (re.compile(r"~~([^~\n]+?)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),
]
_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S")


def strip_inline(text: str) -> str:
    """Remove inline Markdown markup, keeping the words."""
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return html.unescape(text)


def read_markdown(source: str, path: Path | None = None, check: CheckFn = never) -> Article:
    """Build an Article whose text is the Markdown rendered to plain paragraphs, calling
    `check()` every few dozen lines and blocks (see read_plain)."""
    draft = Draft(path, "markdown")
    for kind, raw in checked(_parse(_FRONT_MATTER.sub("", source).splitlines(), check), check):
        if kind == "h1" and not draft.parts:
            kind = "title"
        draft.add("heading" if kind.startswith("h") else kind, strip_inline(raw))
    return draft.article(check)


def _parse(lines: list[str], check: CheckFn = never) -> list[tuple[str, str]]:
    """Return (kind, raw text) for each block: "h1".."h6" or "paragraph"."""
    parts: list[tuple[str, str]] = []
    paragraph: list[str] = []
    in_fence = False

    def flush() -> None:
        if paragraph:
            parts.append(("paragraph", "\n".join(paragraph)))
            paragraph.clear()

    for line in checked(lines, check):
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence or _REFERENCE_DEFINITION.match(line):
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            parts.append((f"h{len(heading.group(1))}", _heading_text(heading.group(2))))
        elif _SETEXT.match(line) and len(paragraph) == 1:
            level = "h1" if line.strip().startswith("=") else "h2"
            parts.append((level, paragraph.pop()))
        elif _RULE.match(line) or not line.strip():
            flush()
        elif _LIST_ITEM.match(line):
            flush()
            paragraph.append(_LIST_ITEM.sub("", line))
        else:
            paragraph.append(_QUOTE.sub("", line) if _QUOTE.match(line) else line)
    flush()
    return parts


def _heading_text(raw: str) -> str:
    """Return an ATX heading's text without its closing hashes: "Title ##" gives "Title"."""
    return raw.rstrip().rstrip("#").rstrip()
