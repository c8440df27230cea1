"""Words of a sentence: tokens, their lower-case forms, stems and stop words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path

from briefer.text.languages import Language

# Dotted abbreviations (U.S., e.g.), numbers with separators (3.5, 10,000), then words
# with inner apostrophes (don't, l'homme). Hyphens split compounds so that
# "Ukraine-friendly" feeds both "ukraine" and "friendly" to the themes.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    r"|\d+(?:[.,:]\d+)*"
    r"|[^\W_]+(?:['’][^\W_]+)*"
)


@lru_cache(maxsize=65_536)
def tokenize(text: str) -> tuple[str, ...]:
    """Split text into word tokens as they are written (no punctuation).

    Kept for the last sentences seen: ranking, filing, choosing the pack and finding
    duplicates each read the same sentence's words.
    """
    return tuple(_TOKEN.findall(text))


def normalize(token: str) -> str:
    """Return the form a token is compared in: lower case, one kind of apostrophe."""
    form = _forms.get(token)
    if form is None:
        form = token.lower().replace("’", "'")
        if len(_forms) > 500_000:  # a text of that many different words: start again
            _forms.clear()
        _forms[token] = form
    return form


_forms: dict[str, str] = {}


def normal_words(text: str) -> tuple[str, ...]:
    """Return the tokens of text in the form they are compared in (`normalize`).

    Kept for the last sentences seen, as `tokenize` is: ranking, finding duplicates and
    the content stems all read the same sentence's words. A longer text, a whole
    article's, is not kept.
    """
    return _kept_normal_words(text) if len(text) <= KEPT_CHARS else _normal_words(text)


KEPT_CHARS = 2_000  # a long sentence; whole articles are read once


def _normal_words(text: str) -> tuple[str, ...]:
    lower = text.lower()
    # Lower-casing the whole text is lower-casing each token, character by character,
    # except where it changes the length ("İ") or looks at what follows (a final "Σ").
    if len(lower) == len(text) and "Σ" not in text:
        return tuple(_TOKEN.findall(lower.replace("’", "'")))
    return tuple(map(normalize, _TOKEN.findall(text)))


_kept_normal_words = lru_cache(maxsize=65_536)(_normal_words)


def token_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every word token in text."""
    return [m.span() for m in _TOKEN.finditer(text)]


def phrases_in(stems: tuple[str, ...], index: Mapping[str, Sequence[tuple]]) -> Iterator[tuple]:
    """Yield the entries of an index of phrases that a run of stems holds, in order.

    The index maps a phrase's first stem to entries whose first item is the phrase's own
    stems; a phrase is held where its stems follow one another.
    """
    if index.keys().isdisjoint(stems):  # most sentences: one pass in C, and done
        return
    for i, stem in enumerate(stems):
        for entry in index.get(stem, ()):
            if stems[i : i + len(entry[0])] == entry[0]:
                yield entry


class Lexicon:
    """A language's stemmer and stop words, with stems cached per word."""

    def __init__(self, language: Language):
        self.language = language
        self.stop_words = load_stop_words(language.stop_words)
        self._stem = _stemmer(language.stemmer)
        self._cache: dict[str, str] = {}
        self._stems_of: dict[str, tuple[str, ...]] = {}

    def stem(self, word: str) -> str:
        """Return the stem of a lower-case word."""
        stem = self._cache.get(word)
        if stem is None:
            stem = self._cache[word] = self._stem(word)
        return stem

    def stems(self, text: str) -> tuple[str, ...]:
        """Return the stems of every word of text, stop words included, in order.

        Kept for the last sentences seen: the pack's choice and the filing both read them.
        """
        found = self._stems_of.get(text)
        if found is None:
            found = tuple(map(self.stem, normal_words(text)))
            if len(self._stems_of) > 65_536:
                self._stems_of.clear()
            self._stems_of[text] = found
        return found

    def content_stems(self, text: str) -> list[str]:
        """Return the stems of the words in text that are not stop words."""
        stop = self.stop_words
        return [self.stem(w) for w in normal_words(text) if w not in stop]


@cache
def lexicon_for(language: Language) -> Lexicon:
    """Return the shared Lexicon of a language."""
    return Lexicon(language)


@cache
def load_stop_words(source: str) -> frozenset[str]:
    """Load a stop-word list: sumy's own files, or Briefer's under resources/stopwords."""
    origin, name = source.split(":", 1)
    if origin == "sumy":
        path = _sumy_data_dir() / "stopwords" / f"{name}.txt"
        text = path.read_text(encoding="utf-8")
    else:
        text = (files("briefer.resources") / "stopwords" / f"{name}.txt").read_text("utf-8")
    return frozenset(
        w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")
    )


def _sumy_data_dir() -> Path:
    """Locate sumy's data without importing sumy (whose import pulls in NLTK)."""
    spec = find_spec("sumy")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("sumy is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _sumy_stemmer_module(name: str):
    """Load one of sumy's stemmer modules by file.

    The modules only need `re`; importing them as `sumy.nlp.stemmers.<name>` would run
    that package's __init__, which imports NLTK (about two seconds).
    """
    import importlib.util

    path = _sumy_data_dir().parent / "nlp" / "stemmers" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"briefer._sumy_stemmer_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stemmer(source: str) -> Callable[[str], str]:
    origin, name = source.split(":", 1)
    if origin == "snowball":
        try:
            import Stemmer  # PyStemmer: the same Snowball stemmers, compiled

            return Stemmer.Stemmer(name).stemWord
        except (ImportError, KeyError):
            import snowballstemmer

            return snowballstemmer.stemmer(name).stemWord
    if origin == "sumy":
        return _sumy_stemmer_module(name).stem_word
    raise ValueError(f"unknown stemmer {source}")
