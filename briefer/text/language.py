"""Language detection with langdetect, made deterministic and limited to article bodies."""

from __future__ import annotations

import re
import sys
import threading

import numpy as np

from briefer.errors import LanguageError
from briefer.text.languages import LANGUAGES, Language, get_language
from briefer.text.profiles import ProfileMap

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
    if not _has_letters(sample, 3):
        return None, 0.0
    from langdetect.lang_detect_exception import LangDetectException

    detector = _get_factory().create()
    try:
        guesses = detector._sort_probability(_probabilities(detector, sample))
    except LangDetectException:
        return None, 0.0
    if not guesses or guesses[0].lang == "unknown":
        return None, 0.0
    return guesses[0].lang, guesses[0].prob


def _has_letters(text: str, least: int) -> bool:
    """Tell whether text holds at least `least` letters, looking no further than that."""
    for ch in text:
        if ch.isalpha():
            least -= 1
            if least == 0:
                return True
    return least <= 0


def _probabilities(detector, text: str) -> list[float]:
    """Return the probabilities langdetect's `get_probabilities` finds for text appended
    to a fresh detector, found as it finds them (the same n-grams, random draws and
    arithmetic) but without its per-character and per-language Python calls, which were
    most of the time of a digest of many articles. tests/engine/test_language.py checks
    that the two agree on every language."""
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    cleaned = _cleaned(_appended(text, detector.max_text_length))
    ngrams = _ngrams(cleaned, detector.word_lang_prob_map)
    if not ngrams:
        raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
    known = detector.word_lang_prob_map
    rows: dict[str, np.ndarray] = {}  # each n-gram's probabilities, looked up once
    languages = len(detector.langlist)
    found = np.zeros(languages)
    draw = detector.random
    below, count = draw._randbelow, len(ngrams)  # random.choice's own draw, without its checks
    draw.seed(detector.seed)
    for _ in range(detector.n_trial):
        prior = detector.prior_map
        prob = np.array(prior, float) if prior is not None else np.full(languages, 1 / languages)
        alpha = detector.alpha + draw.gauss(0.0, 1.0) * detector.ALPHA_WIDTH
        weight = alpha / detector.BASE_FREQ
        factors: dict[str, np.ndarray] = {}  # weight + an n-gram's row, in this trial
        step = 0
        while True:
            gram = ngrams[below(count)]
            factor = factors.get(gram)
            if factor is None:
                row = rows.get(gram)
                if row is None:
                    row = rows[gram] = _row(known, gram)
                factor = factors[gram] = weight + row
            prob *= factor
            if step % 5 == 0:
                values = prob.tolist()
                total = sum(values)  # summed in order, as langdetect sums
                prob /= total
                # the largest divided is the largest of the divided, to the last bit
                if max(values) / total > detector.CONV_THRESHOLD:
                    break
                if step >= detector.ITERATION_LIMIT:
                    break
            step += 1
        found += prob / detector.n_trial
    return found.tolist()


def _row(known, gram: str) -> np.ndarray:
    """Return an n-gram's probabilities in every language, as an array."""
    return known.row(gram) if isinstance(known, ProfileMap) else np.asarray(known[gram], float)


def _appended(text: str, most: int) -> str:
    """Return text as langdetect's `Detector.append` keeps it: web and mail addresses
    blanked, Vietnamese marks joined, cut to `most` characters, runs of spaces made one."""
    from langdetect.detector import Detector
    from langdetect.utils.ngram import NGram

    text = Detector.MAIL_RE.sub(" ", Detector.URL_RE.sub(" ", text))
    return _SPACES.sub(" ", NGram.normalize_vi(text)[:most])


_SPACES = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")  # langdetect's test, 'A' <= ch <= 'z', brackets included
# Its other test: from U+0300 on, but for the Latin Extended Additional block
_NOT_LATIN = re.compile("[\u0300-\u1dff\u1f00-\U0010ffff]")


def _cleaned(text: str) -> str:
    """Return text as langdetect's `cleaning_text` leaves it: Latin letters dropped from
    a text mostly in another script."""
    if len(_LATIN.findall(text)) * 2 < len(_NOT_LATIN.findall(text)):
        return _LATIN.sub("", text)
    return text


_normal: dict[int, str] = {}  # a character's code -> langdetect's normal form of it


def _ngrams(text: str, known) -> list[str]:
    """Return the 1- to 3-grams of text that the profiles know, as langdetect's
    `_extract_ngrams` does (words in capitals left out).

    langdetect starts again at every space, so a word's n-grams depend on the word
    alone: each is found once and kept.
    """
    from langdetect.utils.ngram import NGram

    index = known._index if isinstance(known, ProfileMap) else known
    if _kept["index"] is not index:
        _kept["index"], _kept["grams"] = index, {}
    kept: dict[tuple[str, bool], list[str]] = _kept["grams"]
    for ch in [ch for ch in set(text) if ord(ch) not in _normal]:
        _normal[ord(ch)] = NGram.normalize(ch)
    words = text.translate(_normal).split(" ")
    found: list[str] = []
    last = len(words) - 1
    for place, word in enumerate(words):
        if not word:
            continue
        key = (word, place < last)  # a space follows the word
        grams = kept.get(key)
        if grams is None:
            grams = _word_ngrams(word + " " if key[1] else word, index)
            if len(kept) < KEPT_WORDS:  # the first met, so the common ones, are kept
                kept[key] = grams
        found += grams
    return found


_kept: dict = {"index": None, "grams": {}}  # the known n-grams of each word, per profile
KEPT_WORDS = 20_000  # words kept with their n-grams: at most about 9 MB


def _word_ngrams(word: str, index) -> list[str]:
    """Return the known n-grams of one normalized word, with the space after it if any,
    as langdetect finds them from the space before it on."""
    found: list[str] = []
    grams, capital = " ", False
    for normal in word:
        last = grams[-1]
        if last == " ":
            grams, capital = " ", False
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += normal
        if normal.isupper():
            capital = capital or last.isupper()
        else:
            capital = False
        if capital:
            continue
        for n in (1, 2, 3):
            if len(grams) < n:
                break
            gram = grams[-n:]
            if gram != " " and gram in index:
                found.append(sys.intern(gram))  # one copy of each, however many words
    return found


def _get_factory():
    """Load langdetect's profiles once; seed its sampler so results never vary."""
    global _factory
    with _lock:
        if _factory is None:
            from briefer.text.profiles import load_factory

            _factory = load_factory()
        return _factory
