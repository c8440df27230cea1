"""Language detection: deterministic, on the body, with clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


def stock_factory():
    """Return langdetect's own factory, its profiles loaded in file-name order."""
    from langdetect import detector_factory

    folder = Path(detector_factory.PROFILES_DIRECTORY)
    factory = detector_factory.DetectorFactory()
    factory.seed = 0
    factory.load_json_profile([p.read_text("utf-8") for p in sorted(folder.iterdir())])
    return factory


def test_shipped_profiles_are_langdetects_own():
    from briefer.text.profiles import ProfileMap, load_factory

    stock, shipped = stock_factory(), load_factory()
    assert isinstance(shipped.word_lang_prob_map, ProfileMap)  # not langdetect's fallback
    assert shipped.langlist == stock.langlist
    assert len(shipped.word_lang_prob_map) == len(stock.word_lang_prob_map)
    for gram, row in stock.word_lang_prob_map.items():
        assert shipped.word_lang_prob_map[gram] == row, gram
    texts = [AMBIGUOUS, (DATA / "ru_talks.txt").read_text("utf-8"), "Der Minister sagte nein."]
    for text in texts:
        answers = []
        for factory in (stock, shipped):
            detector = factory.create()
            detector.append(text)
            answers.append([str(a) for a in detector.get_probabilities()])
        assert answers[0] == answers[1]


def test_other_langdetect_profiles_are_loaded_by_langdetect(monkeypatch):
    from briefer.text import profiles

    monkeypatch.setattr(profiles, "profile_files", lambda: [("en", 1)])
    factory = profiles.load_factory()
    assert isinstance(factory.word_lang_prob_map, dict) and "en" in factory.langlist


def test_a_first_run_writes_no_cache(tmp_path, sample_path):
    cache = tmp_path / "cache"
    env = {**os.environ, "HOME": str(tmp_path), "BRIEFER_CACHE_DIR": str(cache)}
    result = subprocess.run(
        [sys.executable, "-m", "briefer", "brief", str(sample_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert not cache.exists() and not (tmp_path / ".cache").exists()


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


def _langdetect_and_ours(text: str):
    from briefer.text import language

    factory = language._get_factory()
    theirs, ours = factory.create(), factory.create()
    theirs.append(text)
    found = ours._sort_probability(language._probabilities(ours, text))
    return [(g.lang, g.prob) for g in theirs.get_probabilities()], [(g.lang, g.prob) for g in found]


@pytest.mark.parametrize("path", sorted((DATA / "lang").glob("*.json")), ids=lambda p: p.stem)
def test_detection_finds_what_langdetect_finds_to_the_last_digit(path):
    import json

    text = json.loads(path.read_text("utf-8"))["text"]
    for start in range(0, min(len(text) - 300, 3000), 500):  # several samples of each article
        theirs, ours = _langdetect_and_ours(text[start : start + 1000])
        assert ours == theirs


def test_detection_of_mixed_and_odd_text_matches_langdetect():
    odd = (
        "HELLO WORLD THIS IS ALL CAPITALS",
        "Ça va? Ja, gut. Sì.",
        "東京 и Москва",
        "Xem https://example.com/a?b=1 hoặc gửi thư tới a.b@example.org  ngay   bây giờ.",
        "  two  spaces, NATO-led   USA; end with a space ",
    )
    for text in (AMBIGUOUS, *odd):
        theirs, ours = _langdetect_and_ours(text)
        assert ours == theirs
