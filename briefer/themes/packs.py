"""Theme packs as data: headings with names, keywords and example sentences per language.

A pack is a TOML file (see resources/themes/general.toml). Bundled packs live in
resources/themes, the user's own in <config dir>/themes; a user pack with the same id
as a bundled one replaces it. The pack "none" files every point under one plain list.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from briefer.errors import OptionError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

NONE_PACK = "none"
AUTO_PACK = "auto"
GENERAL_PACK = "general"
DEFAULT_PACK = AUTO_PACK
OTHER_HEADING = "Other key points"
KEY_POINTS_HEADING = "Key points"
TOO_DEEP = "its arrays or tables nest too deeply"

Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Heading:
    """A thematic heading: its name, what it covers, keywords and examples per language."""

    name: str
    description: str = ""
    keywords: Words = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    examples: Words = field(default_factory=dict)
    cap: int | None = None
    # Words one of which a sentence must hold to be filed here, per language (a heading
    # about what comes next needs a word of the future); none listed: no such need.
    needs: Words = field(default_factory=dict)

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
    names: dict[str, str] = field(default_factory=dict)
    other_names: dict[str, str] = field(default_factory=dict)
    other_keywords: Words = field(default_factory=dict)  # evidence for the catch-all
    other_examples: Words = field(default_factory=dict)
    subject: Words = field(default_factory=dict)  # words that tell an article's subject
    choosable: bool = True  # whether `auto` may pick it for an article on its subject
    min_score: dict[str, float] = field(default_factory=dict)  # per language ("": any)
    min_fit: float | None = None  # subject evidence per sentence `auto` needs (None: default)
    min_lead: float | None = None  # times the runner-up's evidence `auto` needs

    def languages(self) -> set[str]:
        """Return the languages for which at least one heading has keywords."""
        return {lang for h in self.headings for lang in h.keywords}

    def keywords(self, language: str) -> frozenset[str]:
        """Return every keyword of every heading for a language."""
        return frozenset(k for h in self.headings for k in h.keywords.get(language, ()))

    def label(self, language: str) -> str:
        """Return the pack's name in a language, falling back to its main name."""
        return self.names.get(language, self.name)

    def min_score_for(self, language: str) -> float | None:
        """Return the evidence a heading needs in a language (None: the default)."""
        return self.min_score.get(language, self.min_score.get(""))

    def other_label(self, language: str) -> str:
        """Return the catch-all heading's name in a language."""
        return self.other_names.get(language, self.other)


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
        known = ", ".join([AUTO_PACK, *packs])
        raise OptionError(f"unknown theme pack '{name}' (available: {known})", option="themes")
    return parse_pack(packs[name])


def pack_header(path: Path) -> dict:
    """Return a pack's top-level fields (name, description...) without its headings.

    The header is the TOML before the first table, parsed alone: much quicker than the
    whole pack, for lists that show packs by name. Raise OptionError if it is damaged.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise OptionError(f"cannot read theme pack {path}: {error}") from None
    head = re.split(r"^\s*\[", text, maxsplit=1, flags=re.MULTILINE)[0]
    try:
        return tomllib.loads(head)
    except tomllib.TOMLDecodeError as error:
        raise OptionError(f"cannot read theme pack {path}: {error}") from None
    except RecursionError:
        raise OptionError(f"cannot read theme pack {path}: {TOO_DEEP}") from None


def load_all(themes_dir: Path | None = None) -> list[ThemePack]:
    """Load every bundled and user pack (not "none"); a broken user pack is skipped."""
    packs = []
    for path in available_packs(themes_dir).values():
        if path is None:
            continue
        try:
            packs.append(parse_pack(path))
        except OptionError:
            if path.parent == themes_dir:
                continue
            raise
    return packs


def parse_pack(path: Path) -> ThemePack:
    """Read one pack file, or raise OptionError saying what is wrong with it.

    A pack is parsed once and kept while its file stays the same (same modification
    time and size), so that a brief does not parse every pack again.
    """
    try:
        stat = path.stat()
    except OSError as error:
        raise OptionError(f"cannot read theme pack {path}: {error}") from None
    return _parse_pack(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _parse_pack(path: Path, mtime_ns: int, size: int) -> ThemePack:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise OptionError(f"cannot read theme pack {path}: {error}") from None
    except RecursionError:  # tomllib recurses once per level of nested arrays or tables
        raise OptionError(f"cannot read theme pack {path}: {TOO_DEEP}") from None
    entries = data.get("heading", [])
    if not isinstance(entries, list):
        raise OptionError(f"theme pack {path}: [[heading]] entries must be tables")
    headings = tuple(_heading(entry, path) for entry in entries)
    if not headings:
        raise OptionError(f"theme pack {path} has no [[heading]] entries")
    return ThemePack(
        id=path.stem,
        name=str(data.get("name", path.stem)),
        headings=headings,
        description=str(data.get("description", "")),
        other=str(data.get("other", OTHER_HEADING)),
        cap=_cap(data.get("cap"), path),
        path=path,
        names=_names(data.get("names", {})),
        other_names=_names(data.get("other_names", {})),
        other_keywords=_words(data.get("other_keywords", {}), path, lower=True),
        other_examples=_words(data.get("other_examples", {}), path, lower=False),
        subject=_words(data.get("keywords", {}), path, lower=True),
        choosable=bool(data.get("choosable", True)),
        min_score=_bars(data.get("min_score"), "min_score", path),
        min_fit=_bar(data.get("min_fit"), "min_fit", path),
        min_lead=_bar(data.get("min_lead"), "min_lead", path),
    )


def _heading(entry: object, path: Path) -> Heading:
    if not isinstance(entry, dict) or not entry.get("name"):
        raise OptionError(f"theme pack {path}: every [[heading]] needs a name")
    return Heading(
        name=str(entry["name"]),
        description=str(entry.get("description", "")),
        keywords=_words(entry.get("keywords", {}), path, lower=True),
        names=_names(entry.get("names", {})),
        examples=_words(entry.get("examples", {}), path, lower=False),
        cap=_cap(entry.get("cap"), path),
        needs=_words(entry.get("needs", {}), path, lower=True),
    )


def _words(table: object, path: Path, lower: bool) -> Words:
    """Read a table of language -> list of strings."""
    if not isinstance(table, dict):
        raise OptionError(f"theme pack {path}: keywords and examples are tables by language")
    result: Words = {}
    for lang, items in table.items():
        if not isinstance(items, list):
            raise OptionError(f"theme pack {path}: '{lang}' needs a list of strings")
        cleaned = (str(i).strip() for i in items)
        result[str(lang)] = tuple(i.lower() if lower else i for i in cleaned if i)
    return result


def _cap(value: object, path: Path) -> int | None:
    """Return a cap on points per heading, or raise OptionError if it is not a count."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise OptionError(f"theme pack {path}: 'cap' must be a whole number of at least 1")
    return value


def _bar(value: object, name: str, path: Path) -> float | None:
    """Return a positive number for one of a pack's bars, or raise OptionError."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise OptionError(f"theme pack {path}: '{name}' must be a number above 0")
    return float(value)


def _bars(value: object, name: str, path: Path) -> dict[str, float]:
    """Read a bar given as one number (every language) or a table by language."""
    table = value if isinstance(value, dict) else {"": value}
    bars = {
        str(lang): _bar(v, f"{name}.{lang}" if lang else name, path) for lang, v in table.items()
    }
    return {lang: bar for lang, bar in bars.items() if bar is not None}


def _names(table: object) -> dict[str, str]:
    return {str(k): str(v) for k, v in table.items()} if isinstance(table, dict) else {}
