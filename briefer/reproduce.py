"""Remake a brief from the metadata block of a Markdown brief Briefer wrote."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from briefer.errors import InputError
from briefer.pipeline import BriefOptions
from briefer.render.markdown import METADATA_OPEN


@dataclass(frozen=True)
class Recipe:
    """The sources and options a brief was made from, and what has changed since."""

    sources: list[Path]
    options: BriefOptions
    changed: list[str]


def read_recipe(path: str | Path) -> Recipe:
    """Read the metadata block of a brief, or raise InputError saying what is missing."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the brief ({error})", path) from None
    start = text.rfind(METADATA_OPEN)
    end = text.find("-->", start)
    if start < 0 or end < 0:
        raise InputError("no Briefer metadata in this brief (write it with --metadata)", path)
    try:
        data = json.loads(text[start + len(METADATA_OPEN) : end])
    except ValueError:
        raise InputError("the Briefer metadata of this brief is damaged", path) from None
    sources, changed = [], []
    for entry in data.get("sources", []):
        source = Path(entry["path"])
        if not source.is_absolute() and not source.exists():
            source = path.parent / source
        sources.append(source)
        if source.exists() and hashlib.sha256(source.read_bytes()).hexdigest() != entry["sha256"]:
            changed.append(str(source))
    options = BriefOptions(
        points=data.get("points"),
        ratio=data.get("ratio"),
        algorithm=data.get("algorithm", "briefer"),
        themes=data.get("theme_pack", "conflict"),
        language=data.get("language", "auto"),
    )
    return Recipe(sources, options, changed)
