"""Classify lines of plain text: headings, bylines, date stamps."""

from __future__ import annotations

import re

_FINAL_PUNCTUATION = tuple('.!?;:,…"”’»')
_MINOR_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "but",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "or",
    "over",
    "the",
    "to",
    "up",
    "vs",
    "with",
    "amid",
    "after",
    "despite",
    "is",
    "are",
}
_BYLINE = re.compile(r"^(by|von|par|por|di|door|av|od|от|από)\s+\S", re.IGNORECASE)
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_STAMP = re.compile(
    r"^((published|updated|last updated|posted|first published|modified)\b[^a-z]*"
    r"|\d{1,2}:\d{2}\s*(am|pm|a\.m\.|p\.m\.|gmt|bst|utc|est|edt|cet|pst)?\b"
    rf"|(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d{{1,2}}\s+{_MONTH}"
    rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}},\s+\d{{4}})",
    re.IGNORECASE,
)


def is_heading_line(line: str) -> bool:
    """Tell whether a line reads as a heading: short, capitalised, no final punctuation."""
    line = line.strip()
    if not line or len(line) > 120 or line.endswith(_FINAL_PUNCTUATION):
        return False
    if not (line[0].isupper() or line[0].isdigit()):
        return False
    words = [w for w in re.split(r"\s+", line) if any(ch.isalpha() for ch in w)]
    if not words or len(words) > 14:
        return False
    if line.isupper():
        return True
    major = [w for w in words if w.lower().strip("‘’'\"“”,") not in _MINOR_WORDS]
    capitalised = sum(1 for w in major if w.lstrip("‘'\"“(")[:1].isupper())
    if major and capitalised / len(major) >= 0.6:
        return True
    # Sentence-case headings ("Diplomatic track still open") are short.
    return len(words) <= 6


def is_title_line(line: str) -> bool:
    """Tell whether a first line can be a headline: any case, no final punctuation."""
    line = line.strip()
    words = line.split()
    return (
        0 < len(words) <= 16
        and not line.endswith(_FINAL_PUNCTUATION)
        and (line[0].isupper() or line[0].isdigit())
    )


def is_byline(line: str) -> bool:
    """Tell whether a line is a byline such as "By Jane Doe, Staff Reporter"."""
    line = line.strip()
    return bool(_BYLINE.match(line)) and len(line.split()) <= 12 and not line.endswith(".")


def is_date_stamp(line: str) -> bool:
    """Tell whether a line is a date or time stamp rather than article text."""
    line = line.strip()
    return bool(_DATE_STAMP.match(line)) and len(line.split()) <= 16 and not line.endswith(".")


# Furniture that starts a line whatever follows it.
_PAGE_FURNITURE = re.compile(
    r"^(share this (article|story|page)|share on|follow us|sign up|subscribe|click here|"
    r"download our app|join our|(additional )?reporting by|editing by|writing by|"
    r"contact the author|copyright|©|all rights reserved|"
    r"this (story|article) (has been|was) (updated|corrected))\b",
    re.IGNORECASE,
)
# Furniture that is a label: the word alone, or followed by a colon or a bar.
_LABEL = re.compile(
    r"^(read more|related|see also|more on this story|recommended|watch|listen|most read|"
    r"trending|advertisement|sponsored|newsletter)\s*([:|»›>].*)?$",
    re.IGNORECASE,
)
# A caption: "(pictured)", or a credit such as "Photo: Reuters" ending the line. The
# credit's words are split by single spaces only, so that a long word cannot be cut into
# words in many ways (backtracking without end).
_CREDIT_WORD = r"[A-Z][\w.&/'’-]*"
_CAPTION = re.compile(
    r"(?i:\((pictured|left|right|centre|center|above|below|top|bottom)\))"
    r"|(^|[.)]\s+)(?i:photo|photograph|picture|image|credit|video)s?\s*:\s*"
    rf"{_CREDIT_WORD}(?:\s{_CREDIT_WORD}){{0,4}}\s?$"
    r"|\b(?i:getty images|ap photo|afp via getty images|reuters/\w+|epa-efe|shutterstock)\s*\.?$"
)


def is_page_furniture(line: str) -> bool:
    """Tell whether a line is site furniture rather than article text.

    Bylines, date stamps, photo captions and credits, "Read more" links, share and
    newsletter prompts, reporting credits and copyright lines.
    """
    line = line.strip()
    if not line:
        return False
    if is_byline(line) or is_date_stamp(line):
        return True
    bare = line.lstrip("-–—•*>|([ ")
    if _PAGE_FURNITURE.match(bare) or _LABEL.match(bare):
        return len(line.split()) <= 25
    return bool(_CAPTION.search(line)) and len(line.split()) <= 40
