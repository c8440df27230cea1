"""What is made from theme packs, made once while the packs stay the same.

Packs are parsed once while their files stay the same (`packs.parse_pack`), so the same
pack objects come back brief after brief; a digest chooses a pack and files points for
hundreds of stories with them. What is made from them (a chooser, a matcher) is kept
for those very objects, and made again when a pack file changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from briefer.themes.packs import ThemePack

T = TypeVar("T")
MOST_KEPT = 32  # kinds of packs and languages at once; beyond it all is made again


class KeptForPacks:
    """Things made from packs in one language, each kept while its packs are the same."""

    def __init__(self) -> None:
        self._kept: dict[tuple[str, tuple[int, ...]], tuple[tuple[ThemePack, ...], object]] = {}

    def get(self, packs: Sequence[ThemePack], language: str, make: Callable[[], T]) -> T:
        key = (language, tuple(id(p) for p in packs))
        kept = self._kept.get(key)
        if kept is None or any(a is not b for a, b in zip(kept[0], packs, strict=True)):
            if len(self._kept) >= MOST_KEPT:
                self._kept.clear()
            kept = self._kept[key] = (tuple(packs), make())
        return kept[1]  # type: ignore[return-value]
