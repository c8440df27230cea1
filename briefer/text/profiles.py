"""langdetect's language profiles, cached as one array so start-up stays fast.

langdetect builds an 87,000-entry dict of Python lists from 55 JSON files on every
start (about 0.6 s). The same numbers are saved once to the user's cache dir as a
matrix and served from it through a read-only mapping: detection is unchanged, the
load takes a few tens of milliseconds.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from pathlib import Path

import numpy as np

CACHE_VERSION = 1


class ProfileMap(Mapping):
    """n-gram -> per-language probabilities, backed by one float64 matrix."""

    def __init__(self, ngrams: list[str], matrix: np.ndarray):
        self._index = {gram: i for i, gram in enumerate(ngrams)}
        self._matrix = matrix

    def __getitem__(self, gram: str) -> list[float]:
        return self._matrix[self._index[gram]].tolist()

    def __contains__(self, gram: object) -> bool:
        return gram in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


def load_factory(cache_dir: Path | None):
    """Return a seeded langdetect DetectorFactory with every profile loaded."""
    from importlib.metadata import version

    from langdetect import detector_factory

    langdetect_version = version("langdetect")

    factory = detector_factory.DetectorFactory()
    factory.seed = 0
    cache = None
    if cache_dir is not None:
        cache = cache_dir / f"langdetect-{langdetect_version}-v{CACHE_VERSION}.npz"
        loaded = _read_cache(cache)
        if loaded is not None:
            factory.langlist, factory.word_lang_prob_map = loaded
            return factory
    factory.load_profile(detector_factory.PROFILES_DIRECTORY)
    if cache is not None:
        _write_cache(cache, factory.langlist, factory.word_lang_prob_map)
    return factory


def _read_cache(path: Path) -> tuple[list[str], ProfileMap] | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            languages = [str(x) for x in data["languages"]]
            ngrams = data["ngrams"].tolist()
            matrix = data["matrix"]
    except (OSError, KeyError, ValueError):
        return None
    if matrix.shape != (len(ngrams), len(languages)):
        return None
    return languages, ProfileMap(ngrams, matrix)


def _write_cache(path: Path, languages: list[str], table: dict[str, list[float]]) -> None:
    from briefer.errors import OutputError
    from briefer.fileio import write_atomic

    ngrams = list(table)
    buffer = io.BytesIO()
    np.savez(
        buffer,
        languages=np.array(languages),
        ngrams=np.array(ngrams),
        matrix=np.array([table[g] for g in ngrams], dtype=np.float64),
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, buffer.getvalue())
    except (OSError, OutputError):
        pass  # a cache is an optimisation: without it detection still works
