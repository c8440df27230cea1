"""Language detection with langdetect, made deterministic and limited to article bodies."""

from __future__ import annotations

import threading

from briefer.errors import LanguageError
from briefer.text.languages import LANGUAGES, Language, get_language

_SAMPLE_CHARS = 6000
_lock = threading.Lock()
_factory = None


def detect_language(text: str, path: object = None) -> Language:
    """Return the supported language of text, or raise LanguageError naming what it is."""
    code = detect_code(text)
    if code is None:
        raise LanguageError("cannot tell the language (too little text); use --language", path)
    if code not in LANGUAGES:
        raise LanguageError(
            f"unsupported language '{code}' (supported: {', '.join(sorted(LANGUAGES))})", path
        )
    return get_language(code)


def detect_code(text: str) -> str | None:
    """Return langdetect's best language code for text, the same on every run."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 3:
        return None
    from langdetect.lang_detect_exception import LangDetectException

    detector = _get_factory().create()
    detector.append(sample)
    try:
        code = detector.detect()
    except LangDetectException:
        return None
    return None if code == "unknown" else code


def _get_factory():
    """Load langdetect's profiles once; seed its sampler so results never vary."""
    global _factory
    with _lock:
        if _factory is None:
            from briefer.config import Paths
            from briefer.text.profiles import load_factory

            _factory = load_factory(Paths.from_environment().cache_dir)
        return _factory
