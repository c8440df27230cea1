"""langdetect's language profiles, shipped as one small array file so start-up stays fast.

langdetect builds an 87,000-entry dict of Python lists from 55 JSON files on every
start (about 0.45 s). `resources/langdetect_profiles.npz` holds the same n-gram counts
(184,000 of them, under 1 MB) and the names and sizes of the files they came from;
loading turns them into langdetect's probabilities by langdetect's own division and
serves them from one matrix through a read-only mapping. Detection is unchanged, the
load takes a few tens of milliseconds, and nothing is written. Where langdetect's files
differ from those, langdetect loads its own profiles.

`python -m briefer.text.profiles` writes the file again from the installed langdetect.
"""

from __future__ import annotations

import io
import json
import logging
import sys
import time
from collections.abc import Iterator, Mapping
from importlib.resources import files
from pathlib import Path

import numpy as np

PROFILES_FILE = "langdetect_profiles.npz"

log = logging.getLogger(__name__)


class ProfileMap(Mapping):
    """n-gram -> per-language probabilities, backed by one float64 matrix."""

    def __init__(self, ngrams: list[str], matrix: np.ndarray):
        self._index = dict(zip(ngrams, range(len(ngrams))))
        self._matrix = matrix

    def __getitem__(self, gram: str) -> list[float]:
        return self._matrix[self._index[gram]].tolist()

    def row(self, gram: str) -> np.ndarray:
        """Return the probabilities of an n-gram as a row of the matrix (not a copy)."""
        return self._matrix[self._index[gram]]

    def __contains__(self, gram: object) -> bool:
        return gram in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


def load_factory():
    """Return a seeded langdetect DetectorFactory with every profile loaded."""
    from langdetect import detector_factory

    started = time.perf_counter()
    factory = detector_factory.DetectorFactory()
    factory.seed = 0
    shipped = read_profiles(files("briefer.resources").joinpath(PROFILES_FILE).read_bytes())
    if shipped is None:
        factory.load_profile(detector_factory.PROFILES_DIRECTORY)
    else:
        factory.langlist, factory.word_lang_prob_map = shipped
    log.debug(
        "language profiles loaded from %s in %.0f ms",
        PROFILES_FILE if shipped else "langdetect's own files",
        (time.perf_counter() - started) * 1000,
    )
    return factory


def profile_files() -> list[tuple[str, int]]:
    """Return the name and size of each of the installed langdetect's profile files."""
    from langdetect import detector_factory

    folder = Path(detector_factory.PROFILES_DIRECTORY)
    return sorted((path.name, path.stat().st_size) for path in folder.iterdir())


def read_profiles(data: bytes) -> tuple[list[str], ProfileMap] | None:
    """Return the languages and n-gram map in `data`; None if made from other profiles."""
    with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
        made_from = list(zip(arrays["files"].tolist(), arrays["sizes"].tolist()))
        if made_from != profile_files():
            return None
        languages = arrays["languages"].tolist()
        ngrams = arrays["ngrams"]
        starts, columns = arrays["starts"], arrays["columns"]
        counts, n_words = arrays["counts"], arrays["n_words"]
    rows = np.repeat(np.arange(len(ngrams)), np.diff(starts))
    lengths = np.char.str_len(ngrams)[rows]
    matrix = np.zeros((len(ngrams), len(languages)))
    # langdetect: probability = count / number of n-grams of that length in the language
    matrix[rows, columns] = counts / n_words[columns, lengths - 1]
    return languages, ProfileMap(ngrams.tolist(), matrix)


def write_profiles(path: Path) -> None:
    """Write the installed langdetect's profiles, as counts, to `path`."""
    from langdetect import detector_factory

    sources = profile_files()
    folder = Path(detector_factory.PROFILES_DIRECTORY)
    profiles = [json.loads((folder / name).read_text("utf-8")) for name, _ in sources]
    ngrams = sorted({gram for profile in profiles for gram in profile["freq"]})
    starts, columns, counts = [0], [], []
    for gram in ngrams:
        for column, profile in enumerate(profiles):
            if gram in profile["freq"] and 1 <= len(gram) <= 3:
                columns.append(column)
                counts.append(profile["freq"][gram])
        starts.append(len(columns))
    np.savez_compressed(
        path,
        files=np.array([name for name, _ in sources]),
        sizes=np.array([size for _, size in sources], dtype=np.int64),
        languages=np.array([profile["name"] for profile in profiles]),
        ngrams=np.array(ngrams),
        starts=np.array(starts, dtype=np.int32),
        columns=np.array(columns, dtype=np.uint8),
        counts=np.array(counts, dtype=np.uint32),
        n_words=np.array([profile["n_words"] for profile in profiles], dtype=np.int64),
    )


if __name__ == "__main__":
    write_profiles(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources") / PROFILES_FILE)
