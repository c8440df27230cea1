"""The brief: plain dataclasses that every renderer and the window read."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefer.article import Article
from briefer.extract import Figure, Name, Quote

BOTTOM_LINE = "Bottom line"


@dataclass(frozen=True)
class Source:
    """One input article, numbered from 1 in input order."""

    id: int
    path: str
    title: str
    sha256: str
    language: str = ""
    date: str = ""
    byline: str = ""


@dataclass(frozen=True)
class Point:
    """A key point: an exact sentence of a source, with where it came from and its score.

    `start`/`end` are character offsets into the source article's text, so that
    `article.text[start:end] == text`. `score` is the algorithm's score scaled to 0..1
    over the whole document (1 is the best sentence); `rank` is 1 for the best.
    """

    text: str
    heading: str
    score: float
    source: int
    start: int
    end: int
    rank: int
    sentence: int  # index of the sentence in its source article
    citations: tuple[int, ...] = ()
    copies: tuple[tuple[int, int, int], ...] = ()  # (source, start, end) of every copy

    def span_in(self, source: int) -> tuple[int, int] | None:
        """Return where this point's sentence is in a source it cites, if known."""
        if source == self.source:
            return self.start, self.end
        for copy_source, start, end in self.copies:
            if copy_source == source:
                return start, end
        return None

    def with_heading(self, heading: str) -> Point:
        return Point(**{**self.__dict__, "heading": heading})


@dataclass(frozen=True)
class Section:
    """A heading of the brief and its points, in reading order."""

    heading: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Note:
    """Something the reader of a brief should know: a file left out, an uncertain language.

    `kind` says what it is about (one of NOTE_KINDS), so that a front can sort and show
    notes without reading their text; `option`, as on errors, names the BriefOptions
    field that changes it, and each front says where that is.
    """

    kind: str
    text: str
    path: str = ""
    option: str | None = None

    def __str__(self) -> str:
        return self.text


SKIPPED = "skipped"  # an input left out, with the reason
READING = "reading"  # what a reader noticed, such as a name that belies the content
LANGUAGE = "language"  # a language that was uncertain, or several languages
THEMES = "themes"  # the pack chosen, or headings the language lacks
LENGTH = "length"  # fewer points than were asked for
NOTE_KINDS = (SKIPPED, READING, LANGUAGE, THEMES, LENGTH)


@dataclass(frozen=True)
class Brief:
    """A finished brief: sections (the bottom line first), its sources and settings."""

    title: str
    language: str
    algorithm: str
    theme_pack: str
    sources: tuple[Source, ...]
    sections: tuple[Section, ...]
    left_out: tuple[Point, ...] = ()  # ranked sentences not chosen, best first
    notes: tuple[Note, ...] = ()  # things the reader should know (skipped files, gaps)
    settings: dict = field(default_factory=dict)
    quotes: tuple[Quote, ...] = ()  # who said what, in reading order
    figures: tuple[Figure, ...] = ()  # key figures, in reading order
    names: tuple[Name, ...] = ()  # people, places and organisations, most mentioned first

    @property
    def points(self) -> list[Point]:
        """Return every point of the brief in reading order."""
        return [p for s in self.sections for p in s.points]


@dataclass(frozen=True)
class Briefing:
    """A finished brief and the articles it was made from, in the order of its sources."""

    brief: Brief
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class Digest:
    """The stories of a digest, the most reported first, and what the reader should know
    of the whole reading (files left out, folders opened, how the stories were found)."""

    stories: tuple[Briefing, ...]
    notes: tuple[Note, ...] = ()

    @property
    def articles(self) -> int:
        return sum(len(story.articles) for story in self.stories)
