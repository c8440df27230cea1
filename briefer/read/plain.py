"""Read plain text: paragraphs, heading lines, title, byline and date."""

from __future__ import annotations

import re
from pathlib import Path

from briefer.article import Article, Block
from briefer.progress import CheckFn, checked, never
from briefer.read.lines import (
    is_byline,
    is_date_stamp,
    is_heading_line,
    is_page_furniture,
    is_title_line,
)

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_SENTENCE_END = tuple('.!?…"”’»)')


def read_plain(text: str, path: Path | None = None, check: CheckFn = never) -> Article:
    """Build an Article from plain text, keeping the text itself as the offset reference.

    `check()` is called every few dozen lines and paragraphs, so that Cancel and the time
    limit stop the reading of a long text (49 MB take 7 s) within a fraction of a second.
    """
    lines = _lines(text, check)
    groups = _groups(lines)
    blocks = [block for group in checked(groups, check) for block in _blocks_of(group, text)]
    front = _take_front_matter(text, blocks)
    return Article(path=path, text=text, blocks=tuple(blocks), **front)


def _lines(text: str, check: CheckFn = never) -> list[tuple[int, int]]:
    """Return (start, end) of every non-blank line, end excluding the line break."""
    spans = []
    for match in checked(_LINE.finditer(text), check):
        raw = match.group(0)
        if not raw:
            break
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            start = match.start() + (len(body) - len(body.lstrip()))
            spans.append((start, start + len(stripped)))
        else:
            spans.append((match.start(), match.start()))  # a blank line separates groups
    return spans


def _groups(lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Split lines into runs separated by blank lines."""
    groups: list[list[tuple[int, int]]] = [[]]
    for start, end in lines:
        if start == end:
            if groups[-1]:
                groups.append([])
        else:
            groups[-1].append((start, end))
    return [g for g in groups if g]


def _blocks_of(group: list[tuple[int, int]], text: str) -> list[Block]:
    """Turn a run of lines into heading and paragraph blocks.

    A run whose lines each end a sentence is one paragraph per line (the way articles
    are pasted from the web); otherwise the lines are a hard-wrapped paragraph.
    """
    blocks: list[Block] = []
    lines = group
    one_per_line = all(
        text[s:e].endswith(_SENTENCE_END) or _line_kind(text[s:e]) != "paragraph"
        for s, e in lines[:-1]
    )
    if one_per_line or len(lines) == 1:
        return [Block(_line_kind(text[s:e]), s, e) for s, e in lines]
    first_start, first_end = lines[0]
    if is_heading_line(text[first_start:first_end]) and not _continues(text, lines):
        blocks.append(Block("heading", first_start, first_end))
        lines = lines[1:]
    blocks.append(Block("paragraph", lines[0][0], lines[-1][1]))
    return blocks


def _line_kind(line: str) -> str:
    """Return what a line on its own is: page furniture ("noise"), a heading, or a paragraph."""
    if is_page_furniture(line):
        return "noise"
    return "heading" if is_heading_line(line) else "paragraph"


def _continues(text: str, lines: list[tuple[int, int]]) -> bool:
    """Tell whether a wrapped first line runs on into the second (so it is not a heading)."""
    second = text[lines[1][0] : lines[1][1]]
    return bool(second) and second[0].islower()


def _take_front_matter(text: str, blocks: list[Block]) -> dict[str, str]:
    """Take a leading title, byline and date stamp as the article's metadata.

    Returns them by field name; the blocks they came from are marked in place.
    """
    front = {"title": "", "byline": "", "date": ""}
    index = 0
    while index < len(blocks) and index < 4:
        block = blocks[index]
        line = text[block.start : block.end]
        if "\n" in line:
            break
        headline = block.kind in ("heading", "paragraph") and is_title_line(line)
        if not front["byline"] and is_byline(line):
            front["byline"] = line
            blocks[index] = Block("meta", block.start, block.end)
        elif not front["date"] and is_date_stamp(line):
            front["date"] = line
            blocks[index] = Block("meta", block.start, block.end)
        elif not front["title"] and index == 0 and headline and len(blocks) > 1:
            front["title"] = line
            blocks[index] = Block("title", block.start, block.end)
        else:
            break
        index += 1
    return front
