"""Theme packs: stems not substrings, section evidence, caps, user packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.errors import OptionError
from briefer.pipeline import BriefOptions, make_brief
from briefer.text.languages import get_language
from briefer.text.words import lexicon_for
from briefer.themes import ThemeMatcher, available_packs, load_pack

ENGLISH = lexicon_for(get_language("en"))
HEADINGS = [
    "Escalation",
    "Diplomatic track",
    "Sanctions and economic pressure",
    "Humanitarian impact",
    "Outlook",
]


def matcher() -> ThemeMatcher:
    return ThemeMatcher(load_pack("conflict"), ENGLISH)


def best(text: str, section: str = "") -> str:
    index, _, _ = matcher().best(text, section)
    return HEADINGS[index] if index >= 0 else "none"


def test_default_pack_has_the_required_headings():
    pack = load_pack("conflict")
    assert [h.name for h in pack.headings] == HEADINGS
    assert pack.other == "Other key points"
    assert all(h.description and h.keywords.get("en") for h in pack.headings)


def test_keywords_match_inflections_through_stems():
    assert best("Rebels attacked the convoy and shelled two villages.") == "Escalation"
    assert best("The envoys negotiated until dawn.") == "Diplomatic track"
    assert best("New tariffs and export bans were announced.") == "Sanctions and economic pressure"
    assert best("Thousands of refugees were evacuated to shelters.") == "Humanitarian impact"


def test_keywords_do_not_match_inside_other_words():
    # "aid" must not fire on "said", "gas" on "Vegas", "tank" on "thanks", "raid" on "afraid"
    assert best("He said thanks to the staff in Vegas, afraid of nothing.") == "none"


def test_multi_word_keywords_need_the_words_in_a_row():
    scores = matcher().hits("The foreign minister spoke.")
    assert scores[1] == 1.0
    assert matcher().hits("The minister of foreign trade spoke.")[1] == 0.0


def test_the_articles_own_heading_is_evidence():
    sentence = "Officials gave new figures on Tuesday."
    assert best(sentence) == "none"
    assert best(sentence, "Escalating Violence as Diplomacy Struggles") == "Escalation"


def test_caps_limit_points_per_heading(sample_path):
    brief = make_brief([sample_path], BriefOptions(points=20))
    for section in brief.sections:
        if section.heading in HEADINGS:
            assert len(section.points) <= 4


def write_pack(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_user_pack_in_config_dir_is_found_and_used(private_dirs, sample_path):
    write_pack(
        private_dirs / "config" / "themes",
        "mine",
        'name = "Mine"\nother = "Everything else"\n\n[[heading]]\nname = "Weapons"\n'
        'description = "Arms"\n[heading.keywords]\nen = ["drone", "missile"]\n',
    )
    assert "mine" in available_packs(private_dirs / "config" / "themes")
    brief = make_brief([sample_path], BriefOptions(themes="mine", points=10))
    headings = [s.heading for s in brief.sections]
    assert "Weapons" in headings and "Everything else" in headings
    weapons = next(s for s in brief.sections if s.heading == "Weapons")
    assert any("728 drones" in p.text for p in weapons.points)


def test_broken_pack_is_reported(private_dirs):
    path = write_pack(private_dirs, "broken", "name = [unclosed\n")
    with pytest.raises(OptionError, match="cannot read theme pack"):
        load_pack(str(path))
    path = write_pack(private_dirs, "empty", 'name = "Empty"\n')
    with pytest.raises(OptionError, match="no \\[\\[heading\\]\\]"):
        load_pack(str(path))


def test_pack_without_keywords_for_the_language_is_reported(tmp_path):
    article = tmp_path / "de.txt"
    article.write_text(
        "Der Außenminister traf seinen Kollegen am Donnerstag in Wien. Die Gespräche dauerten "
        "bis spät in die Nacht, und beide Seiten sprachen von Fortschritten. Ein neues Treffen "
        "ist für den kommenden Monat geplant, teilte das Ministerium mit.",
        encoding="utf-8",
    )
    pack = tmp_path / "english-only.toml"
    pack.write_text(
        'name = "E"\n[[heading]]\nname = "Talks"\n[heading.keywords]\nen = ["talks"]\n',
        encoding="utf-8",
    )
    brief = make_brief([article], BriefOptions(themes=str(pack)))
    assert any("no keywords for German" in note for note in brief.notes)


def test_headings_without_keywords_for_the_language_are_named(tmp_path, sample_path):
    pack = tmp_path / "partial.toml"
    pack.write_text(
        'name = "P"\n[[heading]]\nname = "Weapons"\n[heading.keywords]\nen = ["drone"]\n'
        '[[heading]]\nname = "Talks"\n[heading.keywords]\nde = ["Gespräch"]\n',
        encoding="utf-8",
    )
    brief = make_brief([sample_path], BriefOptions(themes=str(pack)))
    assert "Theme pack 'partial' has no English keywords for: Talks" in brief.notes
