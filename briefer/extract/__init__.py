"""What an analyst looks for first, taken from an article by rules: who said what, the
key figures, and the people, places and organisations named.

Each finding is a frozen dataclass that keeps its provenance like a point does: the
source it came from, character spans into that source's `Article.text`, and the index
of its sentence. Nothing here downloads a model; the rules are per language.
"""

from __future__ import annotations

from dataclasses import dataclass

PERSON = "person"
PLACE = "place"
ORGANISATION = "organisation"
OTHER = "other"
NAME_KINDS = (PERSON, PLACE, ORGANISATION, OTHER)

# Spaces that news copy puts between words (no-break, thin, figure), read as spaces.
_SPACES = "\u00a0\u2007\u2009\u202f\u2002\u2003"


def spaced(text: str) -> str:
    """Return the text with every kind of space as a plain one, each offset unchanged."""
    for space in _SPACES:
        if space in text:
            text = text.replace(space, " ")
    return text


@dataclass(frozen=True)
class Quote:
    """A quotation and who said it.

    `text == article.text[start:end]` is the quotation without its marks;
    `speaker == article.text[speaker_start:speaker_end]` is the mention of the speaker
    the quotation is attributed to (for "he said", the earlier mention it stands for),
    and `name` is that speaker's fullest name in the article. `cue_start`/`cue_end` span
    the words that attribute it ("Rubio said", "he said", "according to police").
    """

    text: str
    speaker: str
    name: str
    source: int
    start: int
    end: int
    speaker_start: int
    speaker_end: int
    cue_start: int
    cue_end: int
    sentence: int


@dataclass(frozen=True)
class Figure:
    """A number that carries the news and the words that say what it counts.

    `text == article.text[start:end]` is the whole phrase ("728 drones and missiles");
    `value == article.text[value_start:value_end]` is the number itself ("728").
    `kind` is "money", "percent", "date" or "count".
    """

    text: str
    value: str
    kind: str
    source: int
    start: int
    end: int
    value_start: int
    value_end: int
    sentence: int


@dataclass(frozen=True)
class Name:
    """A person, place or organisation the articles name, how often and where.

    `name` is its fullest form; `text == article.text[start:end]` is its first mention,
    in source `source` and sentence `sentence`; `mentions` holds (source, start, end) of
    every mention, the first included, in reading order.
    """

    name: str
    kind: str
    count: int
    text: str
    source: int
    start: int
    end: int
    sentence: int
    mentions: tuple[tuple[int, int, int], ...]
