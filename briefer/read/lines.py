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
