"""What a user can tune, in one place: the defaults, their checks and the reading limits.

The command line and the window both build a `BriefOptions` and call `validated()`; a
bad value raises an OptionError that names the field, never a flag or a control, so
that each front says in its own words where to change it.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from briefer.algorithms import ALGORITHMS, DEFAULT_ALGORITHM, algorithm_name
from briefer.errors import OptionError
from briefer.limits import (
    DEFAULT_BRIEF_SECONDS,
    DEFAULT_SECONDS,
    MAX_BYTES,
    MAX_MEGABYTES,
    MAX_READ_SECONDS,
)
from briefer.text.languages import LANGUAGES, get_language
from briefer.themes import AUTO_PACK, DEFAULT_PACK, NONE_PACK, available_packs
from briefer.themes.packs import pack_header

AUTO_LANGUAGE = "auto"

__all__ = [
    "AUTO_LANGUAGE",
    "DEFAULT_BRIEF_SECONDS",
    "DEFAULT_SECONDS",
    "MAX_BYTES",
    "MAX_MEGABYTES",
    "MAX_READ_SECONDS",
    "BriefOptions",
    "Choice",
    "algorithm_choices",
    "language_choices",
    "theme_choices",
]


@dataclass(frozen=True)
class Choice:
    """One value an option can take: its id, the name to show, and what it means."""

    value: str
    label: str
    summary: str = ""


def algorithm_choices() -> list[Choice]:
    """Return every ranking, the default first."""
    ordered = sorted(ALGORITHMS.values(), key=lambda a: a.id != DEFAULT_ALGORITHM)
    return [Choice(a.id, a.label, a.summary) for a in ordered]


def language_choices() -> list[Choice]:
    """Return "detect" and then every supported language, by name."""
    languages = sorted(LANGUAGES.values(), key=lambda language: language.label)
    detect = Choice(AUTO_LANGUAGE, "Detect", "The language most of the text is in")
    return [detect, *(Choice(lang.code, f"{lang.label} ({lang.code})") for lang in languages)]


def theme_choices(themes_dir: Path | None = None) -> list[Choice]:
    """Return the theme packs: Auto first, every pack by name, the plain list last."""
    choices = [Choice(AUTO_PACK, "Auto (fits the article)", "The pack that fits the article")]
    for name, path in available_packs(themes_dir).items():
        if path is None:
            continue
        try:
            header = pack_header(path)
            label = str(header.get("name") or name)
            choices.append(Choice(name, label, str(header.get("description", ""))))
        except OptionError as error:
            choices.append(Choice(name, f"{name} (cannot be read)", str(error)))
    return [*choices, Choice(NONE_PACK, "None (plain list)", "Key points without headings")]


@dataclass(frozen=True)
class BriefOptions:
    """How to make a brief: its length, ranking, theme pack and language, and how long
    and how large a file may be to be read."""

    points: int | None = None  # key points, bottom line included; None: a third
    ratio: float | None = None  # or: points as a share of the sentences
    algorithm: str = DEFAULT_ALGORITHM
    themes: str = DEFAULT_PACK
    language: str = AUTO_LANGUAGE
    max_bytes: int = MAX_BYTES
    read_seconds: float = DEFAULT_SECONDS
    brief_seconds: float = DEFAULT_BRIEF_SECONDS  # for the whole brief, reading included
    quotes: bool = True  # a "Who said what" section
    figures: bool = True  # a "Key figures" section
    names: bool = True  # a "Names" section: people, places and organisations

    @property
    def read_limits(self):
        """Return the limits the reader process works under (a read.isolate.Limits)."""
        from briefer.read.isolate import Limits  # the readers load with the first file read

        return Limits(seconds=self.read_seconds)

    def with_(self, **changes) -> BriefOptions:
        """Return a copy with some fields changed."""
        return replace(self, **changes)

    def validated(self) -> BriefOptions:
        """Return the options with canonical names, or raise OptionError naming the field."""
        if self.points is not None and self.points < 1:
            raise OptionError("the number of points must be at least 1", option="points")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise OptionError(
                "the share of sentences must be more than 0 and at most 1, such as 0.3",
                option="ratio",
            )
        if not 0 < self.max_bytes <= MAX_MEGABYTES * 1_000_000:
            raise OptionError(
                f"the largest file to read must be more than 0 and at most {MAX_MEGABYTES} MB",
                option="max_bytes",
            )
        if not 0 < self.read_seconds <= MAX_READ_SECONDS or math.isnan(self.read_seconds):
            raise OptionError(
                "the time to read one file must be more than 0 and at most "
                f"{MAX_READ_SECONDS:.0f} seconds",
                option="read_seconds",
            )
        if not 0 < self.brief_seconds <= MAX_READ_SECONDS or math.isnan(self.brief_seconds):
            raise OptionError(
                "the time to make a brief must be more than 0 and at most "
                f"{MAX_READ_SECONDS:.0f} seconds",
                option="brief_seconds",
            )
        if self.language != AUTO_LANGUAGE:
            get_language(self.language)
        return BriefOptions(**{**asdict(self), "algorithm": algorithm_name(self.algorithm)})
