"""Theme packs: headings with keywords per language, and filing points under them.

A pack is a TOML file (see resources/themes/conflict.toml). Bundled packs live in
resources/themes, the user's own in <config dir>/themes; a user pack with the same id
as a bundled one replaces it. The pack "none" files every point under one plain list.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from briefer.errors import OptionError
from briefer.text.words import Lexicon, normalize, tokenize

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

NONE_PACK = "none"
DEFAULT_PACK = "conflict"
OTHER_HEADING = "Other key points"
KEY_POINTS_HEADING = "Key points"
SECTION_WEIGHT = 0.8  # how much the article's own heading above a sentence counts


@dataclass(frozen=True)
class Heading:
    """A thematic heading: its name, what it covers, and keywords per language."""

    name: str
    description: str = ""
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    cap: int | None = None

    def label(self, language: str) -> str:
        """Return the heading's name in a language, falling back to its main name."""
        return self.names.get(language, self.name)


@dataclass(frozen=True)
class ThemePack:
    """A set of headings that key points are filed under."""

    id: str
    name: str
    headings: tuple[Heading, ...]
    description: str = ""
    other: str = OTHER_HEADING
    cap: int | None = None
    path: Path | None = None

    def languages(self) -> set[str]:
        """Return the languages for which at least one heading has keywords."""
        return {lang for h in self.headings for lang in h.keywords}

    def keywords(self, language: str) -> frozenset[str]:
        """Return every keyword of every heading for a language."""
        return frozenset(k for h in self.headings for k in h.keywords.get(language, ()))


def none_pack() -> ThemePack:
    """Return the pack that gives a plain list of key points."""
    return ThemePack(NONE_PACK, "None (plain list)", (), other=KEY_POINTS_HEADING)


def available_packs(themes_dir: Path | None = None) -> dict[str, Path | None]:
    """Return pack id -> file for bundled and user packs (None for the built-in "none")."""
    packs: dict[str, Path | None] = {}
    bundled = files("briefer.resources") / "themes"
    for entry in sorted(bundled.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            packs[entry.name[: -len(".toml")]] = Path(str(entry))
    if themes_dir and themes_dir.is_dir():
        for path in sorted(themes_dir.glob("*.toml")):
            packs[path.stem] = path
    packs[NONE_PACK] = None
    return packs


def load_pack(name: str, themes_dir: Path | None = None) -> ThemePack:
    """Load a pack by id or by path to a .toml file, or raise OptionError."""
    if name == NONE_PACK:
        return none_pack()
    candidate = Path(name)
    if candidate.suffix == ".toml" and candidate.is_file():
        return parse_pack(candidate)
    packs = available_packs(themes_dir)
    if name not in packs:
        raise OptionError(f"unknown theme pack '{name}' (available: {', '.join(packs)})")
    return parse_pack(packs[name])


def parse_pack(path: Path) -> ThemePack:
    """Read one pack file, or raise OptionError saying what is wrong with it."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise OptionError(f"cannot read theme pack {path}: {error}") from None
    headings = []
    for entry in data.get("heading", []):
        if not isinstance(entry, dict) or not entry.get("name"):
            raise OptionError(f"theme pack {path}: every [[heading]] needs a name")
        keywords = {
            lang: tuple(str(k).strip().lower() for k in words if str(k).strip())
            for lang, words in entry.get("keywords", {}).items()
        }
        headings.append(
            Heading(
                name=str(entry["name"]),
                description=str(entry.get("description", "")),
                keywords=keywords,
                names={k: str(v) for k, v in entry.get("names", {}).items()},
                cap=entry.get("cap"),
            )
        )
    if not headings:
        raise OptionError(f"theme pack {path} has no [[heading]] entries")
    return ThemePack(
        id=path.stem,
        name=str(data.get("name", path.stem)),
        headings=tuple(headings),
        description=str(data.get("description", "")),
        other=str(data.get("other", OTHER_HEADING)),
        cap=data.get("cap"),
        path=path,
    )


class ThemeMatcher:
    """Score sentences against a pack's headings for one language, on word stems."""

    def __init__(self, pack: ThemePack, lexicon: Lexicon):
        self.pack = pack
        self.lexicon = lexicon
        language = lexicon.language.code
        # first stem of a keyword -> (heading, keyword stems); forms that share stems
        # ("escalate", "escalation") count once
        self._by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        seen: set[tuple[int, tuple[str, ...]]] = set()
        for h, heading in enumerate(pack.headings):
            for keyword in heading.keywords.get(language, ()):
                stems = self._stems(keyword)
                if stems and (h, stems) not in seen:
                    seen.add((h, stems))
                    self._by_first.setdefault(stems[0], []).append((h, stems))

    def _stems(self, text: str) -> tuple[str, ...]:
        return tuple(self.lexicon.stem(normalize(t)) for t in tokenize(text))

    def hits(self, text: str) -> list[float]:
        """Return, per heading, how many of its distinct keywords occur in text."""
        return self.hits_in(self._stems(text))

    def hits_in(self, stems: Sequence[str]) -> list[float]:
        """Return, per heading, how many of its distinct keywords occur in a stem sequence."""
        stems = tuple(stems)
        found: set[tuple[int, tuple[str, ...]]] = set()
        for i, stem in enumerate(stems):
            for heading, keyword in self._by_first.get(stem, ()):
                if stems[i : i + len(keyword)] == keyword:
                    found.add((heading, keyword))
        scores = [0.0] * len(self.pack.headings)
        for heading, _ in found:
            scores[heading] += 1.0
        return scores

    def scores(
        self, text: str, section: str = "", stems: Sequence[str] | None = None
    ) -> list[float]:
        """Return per-heading scores: keywords in the sentence plus its section's evidence.

        `stems`, when given, are the sentence's word stems already computed.
        """
        scores = self.hits(text) if stems is None else self.hits_in(stems)
        if section:
            evidence = self._section_hits(section)
            top = max(evidence, default=0.0)
            if top > 0:
                scores = [s + SECTION_WEIGHT * e / top for s, e in zip(scores, evidence)]
        return scores

    @lru_cache(maxsize=256)  # noqa: B019 - a matcher lives for one brief
    def _section_hits(self, section: str) -> tuple[float, ...]:
        return tuple(self.hits(section))

    def best(
        self, text: str, section: str = "", stems: Sequence[str] | None = None
    ) -> tuple[int, float, float]:
        """Return the best heading's index, its score, and its share of all headings' scores.

        The share tells a sentence mainly about one theme (close to 1) from one that
        touches several. (-1, 0, 0) when no heading fits.
        """
        scores = self.scores(text, section, stems)
        if not scores or max(scores) <= 0:
            return -1, 0.0, 0.0
        best = max(range(len(scores)), key=lambda h: (scores[h], -h))
        return best, scores[best], scores[best] / sum(scores)
