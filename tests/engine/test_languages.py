"""Every supported language: detection, splitting, stemming and themes on an article
written in it (tests/data/lang, written for these tests)."""

from __future__ import annotations

import json

import pytest

from briefer.pipeline import BriefOptions, make_brief
from briefer.read.plain import read_plain
from briefer.text.language import detect_code
from briefer.text.languages import LANGUAGES, get_language
from briefer.text.split import split_sentences
from briefer.text.words import lexicon_for
from briefer.themes import ThemeMatcher, load_pack
from tests.conftest import DATA

CODES = sorted(LANGUAGES)


def article(code: str) -> dict:
    return json.loads((DATA / "lang" / f"{code}.json").read_text("utf-8"))


def test_every_supported_language_has_a_test_article():
    assert sorted(p.stem for p in (DATA / "lang").glob("*.json")) == CODES


@pytest.mark.parametrize("code", CODES)
def test_detection_and_splitting(code):
    item = article(code)
    parsed = read_plain(item["text"])
    assert detect_code(parsed.body) == code
    sentences = [s.text for s in split_sentences(parsed, get_language(code))]
    assert len(sentences) == item["sentences"], sentences
    for key in ("quotation", "abbreviation", "escalation", "diplomatic"):
        assert item[key] in sentences, key
    assert parsed.title and parsed.title not in " ".join(sentences)


@pytest.mark.parametrize("code", CODES)
def test_themes_in_every_language(code, tmp_path):
    item = article(code)
    matcher = ThemeMatcher(load_pack("conflict"), lexicon_for(get_language(code)))
    assert matcher.best(item["escalation"])[0] == 0
    assert matcher.best(item["diplomatic"])[0] == 1
    path = tmp_path / f"{code}.txt"
    path.write_text(item["text"], encoding="utf-8")
    brief = make_brief([path], BriefOptions(ratio=1.0))
    assert brief.language == code
    assert brief.theme_pack == "conflict"
    escalation, diplomatic = (h.label(code) for h in load_pack("conflict").headings[:2])
    heading = {p.text: p.heading for p in brief.points}
    assert heading[item["escalation"]] in (escalation, "Bottom line")
    assert heading[item["diplomatic"]] in (diplomatic, "Bottom line")
    assert [n.text for n in brief.notes if not n.text.startswith("Theme pack chosen")] == []
