"""Language detection: deterministic, on the body, with clear errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefer.errors import LanguageError
from briefer.text.language import detect_code, detect_language
from briefer.text.languages import LANGUAGES, get_language
from tests.conftest import DATA

AMBIGUOUS = "Prof. Novák said the plan was fine."


def test_detection_is_the_same_in_every_process():
    code = f"from briefer.text.language import detect_code;print(detect_code({AMBIGUOUS!r}))"
    answers = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
        for _ in range(3)
    }
    assert len(answers) == 1
    assert detect_code(AMBIGUOUS) == detect_code(AMBIGUOUS)


def test_sample_is_english(sample_text):
    assert detect_language(sample_text).code == "en"


def test_cyrillic_article_is_russian():
    text = (DATA / "ru_talks.txt").read_text(encoding="utf-8")
    assert detect_code(text) == "ru"


def test_unsupported_language_names_it():
    with pytest.raises(LanguageError, match="unsupported language 'fi'"):
        detect_language("Ulkoministeri tapasi kollegansa torstaina Helsingissä ja kertoi siitä.")


def test_too_little_text_asks_for_language():
    with pytest.raises(LanguageError, match="cannot tell the language"):
        detect_language("42 — 17")


def test_codes_and_names_are_accepted():
    assert get_language("EN").code == "en"
    assert get_language("german").code == "de"
    assert set(LANGUAGES) >= {
        "en",
        "de",
        "fr",
        "es",
        "it",
        "pt",
        "cs",
        "sk",
        "pl",
        "uk",
        "el",
        "sv",
    }


def test_cached_profiles_detect_exactly_as_langdetect(tmp_path):
    from langdetect import detector_factory

    from briefer.text.profiles import load_factory

    stock = detector_factory.DetectorFactory()
    stock.seed = 0
    stock.load_profile(detector_factory.PROFILES_DIRECTORY)
    first = load_factory(tmp_path)  # builds the cache
    cached = load_factory(tmp_path)  # reads it
    assert list(tmp_path.glob("langdetect-*.npz"))
    texts = [AMBIGUOUS, (DATA / "ru_talks.txt").read_text("utf-8"), "Der Minister sagte nein."]
    for text in texts:
        answers = []
        for factory in (stock, first, cached):
            detector = factory.create()
            detector.append(text)
            answers.append(detector.get_probabilities())
        assert (
            [str(a) for a in answers[0]]
            == [str(a) for a in answers[1]]
            == [str(a) for a in answers[2]]
        )


def test_uncertain_detection_is_noted_in_the_brief(tmp_path):
    from briefer.pipeline import make_brief

    path = tmp_path / "mixed.txt"
    path.write_text("Der Minister said the talks were gut.", encoding="utf-8")
    brief = make_brief([path])
    uncertain = [n for n in brief.notes if "uncertain" in n.text]
    assert [(n.kind, n.path, n.option) for n in uncertain] == [("language", str(path), "language")]
    assert not any("uncertain" in n.text for n in make_brief([path], language_options()).notes)


def language_options():
    from briefer.pipeline import BriefOptions

    return BriefOptions(language="en")


def test_ukrainian_stemming_needs_no_nltk():
    code = (
        "import sys\n"
        "from briefer.text.languages import get_language\n"
        "from briefer.text.words import lexicon_for\n"
        "lx = lexicon_for(get_language('uk'))\n"
        "print(lx.stem('переговорів'), 'nltk' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["переговор", "False"]
