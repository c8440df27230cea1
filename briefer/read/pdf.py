"""Read a PDF's text layer: lines in reading order, rebuilt into headings and paragraphs.

pdfium gives the characters of each page in content order with a box for each, and marks
the hyphens it judges to break a word at a line end. From the boxes come the lines' sizes
and the gaps between them; from those, paragraphs. Lines that repeat at the top or bottom
of most pages (running headers, footers) and bare page numbers are dropped.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from briefer.article import Article
from briefer.errors import InputError
from briefer.read.assemble import Draft
from briefer.read.lines import is_byline, is_heading_line, is_title_line

MAX_PAGES = 5000
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SOFT_HYPHEN = re.compile(r"[\ufffe\x02]")
_PAGE_NUMBER = re.compile(
    r"^(?:page|p\.|seite|página|pagina|strana|strona|σελίδα|страница)?\s*(?:[-–—(]\s*)?\d{1,4}"
    r"(?:\s*(?:of|/|von|de|di|из|z)\s*\d{1,4})?(?:\s*[-–—)])?\s*$",
    re.IGNORECASE,
)
_ROMAN_PAGE = re.compile(r"^[ivxl]{1,6}$", re.IGNORECASE)
# "Introduction . . . . 1"; tried only where a run of dots starts, so a long run is
# scanned once, not once for each of its dots.
_CONTENTS_LEADER = re.compile(r"(?<!\.)(?<!\.\s)(?:\.\s?){4,}\s*[\dIVXLivxl]+$")
_BULLET = ("•", "◦", "▪", "‣", "– ", "- ", "* ")
_PAGE_OF = re.compile(r"\b(?:page|p\.)\s*\d{1,4}\s*(?:of|/)\s*\d{1,4}\b", re.IGNORECASE)
_SENTENCE_END = tuple('.!?:;…"”’»)')
_HYPHENATED = re.compile(r"\b(\w+)-(\w+)\b")


@dataclass
class Line:
    """One line of a page, with the geometry paragraphs are rebuilt from (in points)."""

    text: str
    page: int
    top: float  # of the first character
    bottom: float  # of the last character (a hyphen-joined line spans two rows)
    left: float
    right: float
    size: float  # height of the first character's font box


def read_pdf(data: bytes, path: Path | None = None) -> Article:
    """Return the PDF's article, or raise InputError (damaged, locked, scanned, empty)."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise InputError(_open_failure(str(error)), path) from None
    try:
        pages = [_page_lines(document, index) for index in range(min(len(document), MAX_PAGES))]
        title = _metadata_title(document)
    except pypdfium2.PdfiumError as error:
        raise InputError(f"damaged PDF file ({error})", path) from None
    finally:
        document.close()
    if not any(line.text for lines in pages for line in lines):
        raise InputError(
            "this PDF has no text layer (scanned pages or images only); Briefer reads text, "
            "not pictures of text",
            path,
        )
    lines = _without_furniture(pages)
    draft = Draft(path, "pdf", title=title if _meaningful_title(title) else "")
    for kind, text in _blocks(lines):
        draft.add(kind, text)
    if not draft.has_text():
        raise InputError("no article text found in the PDF (only headings or page furniture)", path)
    return draft.article()


def _metadata_title(document) -> str:
    """Return the Title entry, or "" when it is missing or not valid text."""
    try:
        return (document.get_metadata_value("Title") or "").strip()
    except (UnicodeDecodeError, ValueError):
        return ""


def _open_failure(message: str) -> str:
    if "password" in message.lower():
        return "this PDF is password-protected; open it elsewhere and save an unlocked copy"
    detail = re.search(r"PDFium: ([^)]+)", message)
    return f"damaged PDF file ({detail.group(1).lower() if detail else 'it cannot be opened'})"


def _meaningful_title(title: str) -> bool:
    """Tell a real title from what PDF producers leave there (file names, "Untitled")."""
    lowered = title.lower()
    return (
        3 <= len(title) <= 200
        and not lowered.startswith(("untitled", "microsoft word", "document"))
        and not re.search(r"\.(docx?|pdf|odt|rtf|txt|indd|tex)$", lowered)
    )


def _page_lines(document, index: int) -> list[Line]:
    """Return the text lines of one page, with the boxes of their first and last characters."""
    page = document[index]
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        geometry = len(text) == textpage.count_chars()
        lines = []
        position = 0
        for segment in _LINE_BREAK.split(text):
            start, end = position, position + len(segment)
            position = end + (2 if text[end : end + 2] == "\r\n" else 1)
            if not segment.strip():
                continue
            first = start + len(segment) - len(segment.lstrip())
            last = start + len(segment.rstrip()) - 1
            for row_first, row_last in _rows(textpage, text, first, last, geometry):
                lines.append(_line(textpage, text, index, row_first, row_last, geometry))
        return lines
    finally:
        textpage.close()
        page.close()


def _rows(textpage, text: str, first: int, last: int, geometry: bool):
    """Split what pdfium calls one line wherever the characters drop to a new row.

    pdfium sometimes runs a line on into the next (a heading after a paragraph's last
    line); the character boxes show where the row changes.
    """
    if not geometry or not _two_rows(textpage, first, last):
        yield first, last
        return
    start = previous = first
    row = _baseline(textpage, first)
    for index in range(first + 1, last + 1):
        if text[index].isspace():
            continue
        bottom, size = _baseline(textpage, index)
        if abs(bottom - row[0]) > 0.6 * max(size, row[1]):
            yield start, previous
            start, row = index, (bottom, size)
        previous = index
    yield start, last


def _two_rows(textpage, first: int, last: int) -> bool:
    (top_bottom, size), (end_bottom, _) = _baseline(textpage, first), _baseline(textpage, last)
    return abs(top_bottom - end_bottom) > 0.6 * size


def _baseline(textpage, index: int) -> tuple[float, float]:
    """Return (bottom, height) of a character's font box."""
    _, bottom, _, top = textpage.get_charbox(index, loose=True)
    return bottom, top - bottom


def _line(textpage, text: str, page: int, first: int, last: int, geometry: bool) -> Line:
    words = text[first : last + 1].strip()
    if not geometry:
        return Line(words, page, 0.0, 0.0, 0.0, 0.0, 0.0)
    start, middle, end = (
        textpage.get_charbox(index, loose=True) for index in (first, (first + last) // 2, last)
    )
    # The middle of three samples: a bullet or a footnote mark does not set the size.
    size = sorted(box[3] - box[1] for box in (start, middle, end))[1]
    return Line(words, page, start[3], end[1], start[0], end[2], max(size, 0.0))


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _without_furniture(pages: list[list[Line]]) -> list[Line]:
    """Drop running headers and footers (lines repeated at the page edges) and page numbers.

    A line set larger than the body text is kept even when it repeats: the title on the
    first page often returns, smaller, as the running head of the others.
    """
    sizes = [line.size for lines in pages for line in lines]
    large = 1.25 * statistics.median(sizes) if sizes else 0.0
    edge = 2
    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({_furniture_key(line.text) for line in lines[:edge] + lines[-edge:]})
    repeated = max(2, round(0.4 * len(pages)))
    kept = []
    for lines in pages:
        for position, line in enumerate(lines):
            at_edge = position < edge or position >= len(lines) - edge
            if _CONTENTS_LEADER.search(line.text):
                continue
            if (
                at_edge
                and not (large and line.size > large)
                and (
                    _PAGE_NUMBER.match(line.text)
                    or _ROMAN_PAGE.match(line.text)
                    or _PAGE_OF.search(line.text)
                    or seen[_furniture_key(line.text)] >= repeated
                )
            ):
                continue
            kept.append(line)
    return kept


def _blocks(lines: list[Line]) -> list[tuple[str, str]]:
    """Group lines into paragraphs and headings: ("title" | "heading" | "paragraph", text)."""
    if not lines:
        return []
    layout = _Layout(lines)
    groups: list[list[Line]] = [[lines[0]]]
    for previous, line in zip(lines, lines[1:]):
        if layout.breaks(previous, line):
            groups.append([line])
        else:
            groups[-1].append(line)
    hyphenated = _hyphenated_words(lines)
    blocks = []
    for group in groups:
        text = _join_lines([line.text for line in group], hyphenated)
        blocks.append((layout.kind(group, text, first=not blocks), text))
    return blocks


class _Layout:
    """The body text's measures: line pitch, font size, left edge and line width."""

    def __init__(self, lines: list[Line]):
        gaps = [
            a.bottom - b.top
            for a, b in zip(lines, lines[1:])
            if a.page == b.page and -a.size < a.bottom - b.top < 4 * max(a.size, 1)
        ]
        # Most line ends within a paragraph: the tightest gaps are the line spacing.
        self.gap = _quantile(gaps, 0.2) if gaps else 0.0
        self.size = statistics.median(line.size for line in lines)
        self.left = statistics.median(line.left for line in lines)
        self.width = _quantile([line.right - line.left for line in lines], 0.8)

    def breaks(self, previous: Line, line: Line) -> bool:
        """Tell whether `line` starts a new block after `previous`."""
        ended = previous.text.endswith(_SENTENCE_END)
        if line.text.startswith(_BULLET):
            return True
        if not self.size:  # no geometry: a line that ends a sentence ends a paragraph
            return ended
        if abs(line.size - previous.size) > 0.15 * self.size:
            return True  # a heading, a caption, a footnote: another size, another block
        if previous.page != line.page:
            return ended or previous.size > 1.15 * self.size  # a heading ends its page
        gap = previous.bottom - line.top
        if gap > self.gap + 0.5 * self.size or gap < -self.size:
            return True  # a wider gap, or a jump up the page (a new column or box)
        indented = line.left - self.left > 0.8 * self.size
        short = previous.right - previous.left < 0.8 * self.width
        return ended and (indented or short)

    def kind(self, group: list[Line], text: str, first: bool) -> str:
        larger = self.size and group[0].size > 1.25 * self.size
        if len(group) > (4 if larger else 2) or text.endswith((".", ",", ";")) or is_byline(text):
            return "paragraph"
        if first and group[0].page == 0 and (larger or is_title_line(text)):
            return "title"
        if larger or (len(group) == 1 and is_heading_line(text)):
            return "heading"
        return "paragraph"


def _quantile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(share * len(ordered)), len(ordered) - 1)]


def _hyphenated_words(lines: list[Line]) -> set[str]:
    """Return the hyphenated compounds the document writes inside a line ("cease-fire")."""
    return {match.group(0).lower() for line in lines for match in _HYPHENATED.finditer(line.text)}


def _join_lines(texts: list[str], hyphenated: set[str]) -> str:
    """Join a paragraph's lines, mending words broken by a hyphen at a line end."""
    text = texts[0]
    for line in texts[1:]:
        if text.endswith(("\ufffe", "\x02")):
            text = _mend(text[:-1], line, hyphenated)
        elif text.endswith("-") and text[-2:-1].isalpha() and line[:1].islower():
            text = _mend(text[:-1], line, hyphenated)
        else:
            text = f"{text} {line}"
    return _mend_marks(text, hyphenated)  # the marks pdfium left inside a line


def _mend_marks(text: str, hyphenated: set[str]) -> str:
    """Resolve pdfium's line-end hyphen marks inside a line."""
    parts = _SOFT_HYPHEN.split(text)
    joined = parts[0]
    for part in parts[1:]:
        joined = _mend(joined, part, hyphenated)
    return joined


def _mend(left: str, right: str, hyphenated: set[str]) -> str:
    """Join `left` and `right` across a line-end hyphen, keeping it for real compounds."""
    head = re.search(r"(?<!\w)(\w+)$", left)
    tail = re.match(r"(\w+)", right)
    if head and tail and f"{head.group(1)}-{tail.group(1)}".lower() in hyphenated:
        return f"{left}-{right}"
    return left + right
