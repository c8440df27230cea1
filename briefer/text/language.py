"""Language detection with langdetect, made deterministic and limited to article bodies."""

from __future__ import annotations

import threading

from briefer.errors import LanguageError
from briefer.text.languages import LANGUAGES, Language, get_language

_SAMPLE_CHARS = 1000  # langdetect is sure well before this; more costs time
_lock = threading.Lock()
_factory = None


CONFIDENT = 0.9  # below this probability the brief notes that detection was uncertain


def detect_language(text: str, path: object = None) -> Language:
    """Return the supported language of text, or raise LanguageError naming what it is."""
    return detect_with_probability(text, path)[0]


def detect_with_probability(text: str, path: object = None) -> tuple[Language, float]:
    """Return the supported language of text and langdetect's probability for it."""
    code, probability = _best_guess(text)
    if code is None:
        raise LanguageError("cannot tell the language (too little text)", path, "language")
    if code not in LANGUAGES:
        raise LanguageError(
            f"unsupported language '{code}' (supported: {', '.join(sorted(LANGUAGES))})",
            path,
            "language",
        )
    return get_language(code), probability


def detect_code(text: str) -> str | None:
    """Return langdetect's best language code for text, the same on every run."""
    return _best_guess(text)[0]


def _best_guess(text: str) -> tuple[str | None, float]:
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 3:
        return None, 0.0
    from langdetect.lang_detect_exception import LangDetectException

    detector = _get_factory().create()
    detector.append(sample)
    try:
        guesses = detector.get_probabilities()
    except LangDetectException:
        return None, 0.0
    if not guesses or guesses[0].lang == "unknown":
        return None, 0.0
    return guesses[0].lang, guesses[0].prob


def _get_factory():
    """Load langdetect's profiles once; seed its sampler so results never vary."""
    global _factory
    with _lock:
        if _factory is None:
            from briefer.text.profiles import load_factory

            _factory = load_factory()
        return _factory
