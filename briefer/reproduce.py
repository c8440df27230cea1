"""Remake a brief from the metadata block of a Markdown brief Briefer wrote."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from briefer.errors import InputError
from briefer.files import read_regular_file
from briefer.limits import MAX_BYTES
from briefer.options import BriefOptions
from briefer.render.markdown import EXTRA_SECTIONS, METADATA_OPEN

# What each setting of the block must be, and its default when it is left out.
_SETTINGS = {
    "points": ((int,), None),
    "ratio": ((int, float), None),
    "algorithm": ((str,), "briefer"),
    "theme_pack": ((str,), "conflict"),
    "language": ((str,), "auto"),
}


@dataclass(frozen=True)
class Recipe:
    """The sources and options a brief was made from, and what has changed since."""

    sources: list[Path]
    options: BriefOptions
    changed: list[str]


def read_recipe(path: str | Path, max_bytes: int = MAX_BYTES) -> Recipe:
    """Read the metadata block of a brief, or raise InputError saying what is wrong."""
    path = Path(path)
    data = _metadata(path)
    settings = {name: _setting(data, name, path) for name in _SETTINGS}
    sources, changed = [], []
    for entry in _entries(data, path):
        source = Path(entry["path"])
        if not source.is_absolute() and not os.path.exists(source):
            source = path.parent / source
        sources.append(source)
        if _changed(source, entry["sha256"], max_bytes):
            changed.append(str(source))
    options = BriefOptions(
        points=settings["points"],
        ratio=settings["ratio"],
        algorithm=settings["algorithm"],
        themes=settings["theme_pack"],
        language=settings["language"],
        max_bytes=max_bytes,
        **_sections(data, path),
    )
    return Recipe(sources, options, changed)


def _metadata(path: Path) -> dict:
    """Return the JSON of the brief's metadata block."""
    try:
        text = read_regular_file(path, MAX_BYTES).decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("cannot read the brief: it is not UTF-8 text", path) from None
    start = text.rfind(METADATA_OPEN)
    end = text.find("-->", start)
    if start < 0 or end < 0:
        raise InputError("no Briefer metadata in this brief (write it with --metadata)", path)
    try:
        data = json.loads(text[start + len(METADATA_OPEN) : end])
    except (ValueError, RecursionError):
        raise InputError(_damaged("it is not valid JSON"), path) from None
    if not isinstance(data, dict):
        raise InputError(_damaged("it is not a JSON object"), path)
    return data


def _setting(data: dict, name: str, path: Path):
    types, default = _SETTINGS[name]
    value = data.get(name, default)
    if value is not None and (isinstance(value, bool) or not isinstance(value, types)):
        kind = "a number" if float in types else "a whole number" if int in types else "text"
        raise InputError(_damaged(f"'{name}' must be {kind}"), path)
    return value


def _sections(data: dict, path: Path) -> dict[str, bool]:
    """Return which of the quotes, figures and names sections the brief had (all, when
    the block is older than them)."""
    sections = data.get("sections", {})
    if not isinstance(sections, dict) or not all(
        isinstance(sections.get(name, True), bool) for name in EXTRA_SECTIONS
    ):
        raise InputError(
            _damaged("'sections' must map quotes, figures, names to true or false"), path
        )
    return {name: sections.get(name, True) for name in EXTRA_SECTIONS}


def _entries(data: dict, path: Path) -> list[dict]:
    """Return the sources of the block, each with a path and a checksum as text."""
    entries = data.get("sources", [])
    if not isinstance(entries, list):
        raise InputError(_damaged("'sources' must be a list"), path)
    for entry in entries:
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(key), str) and entry.get(key) for key in ("path", "sha256")
        ):
            raise InputError(_damaged("each source needs a 'path' and a 'sha256'"), path)
        if "\x00" in entry["path"]:
            raise InputError(_damaged("a source path holds a NUL character"), path)
    return entries


def _changed(source: Path, sha256: str, max_bytes: int) -> bool:
    """Tell whether a readable source differs from its checksum (unreadable ones are
    named when the brief is remade)."""
    try:
        data = read_regular_file(source, max_bytes)
    except InputError:
        return False
    return hashlib.sha256(data).hexdigest() != sha256


def _damaged(what: str) -> str:
    return f"the Briefer metadata of this brief is damaged: {what}"
