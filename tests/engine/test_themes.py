"""Theme packs: stems not substrings, section and neighbour evidence, caps, user packs,
and `auto` choosing the pack that fits a news article (tests/data/themes, articles written
for these tests)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefer.errors import OptionError
from briefer.pipeline import BriefOptions, make_brief
from briefer.text.languages import LANGUAGES, get_language
from briefer.text.words import lexicon_for
from briefer.themes import GENERAL_PACK, ThemeMatcher, available_packs, load_pack
from tests.conftest import DATA

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
    assert matcher().file([(sentence, "")])[0].heading == -1
    filed = matcher().file([(sentence, "Escalating Violence as Diplomacy Struggles")])[0]
    assert HEADINGS[filed.heading] == "Escalation"


def test_a_sentence_takes_the_theme_of_its_neighbours():
    paragraph = [
        ("Talks between the two foreign ministers resumed in Geneva.", ""),
        ("They sat until late in the evening.", ""),
        ("Envoys said a draft accord was close.", ""),
    ]
    assert matcher().file(paragraph[1:2])[0].heading == -1
    assert HEADINGS[matcher().file(paragraph)[1].heading] == "Diplomatic track"


OUTLOOK_AROUND = [
    ("Diplomats expect a vote next week, and further talks are planned.", ""),
    ("The outcome remains uncertain, and analysts forecast a long negotiation.", ""),
    ("Reporters gathered outside the building.", ""),
    ("A decision is expected in the coming days, officials said.", ""),
    ("Whether the truce holds will depend on the next round of talks.", ""),
]


def test_a_sentence_without_a_word_of_the_future_is_no_outlook_whatever_its_neighbours():
    filed = [f.heading for f in matcher().file(OUTLOOK_AROUND)]
    outlook = HEADINGS.index("Outlook")
    assert filed[:2] == [outlook, outlook] and filed[3:] == [outlook, outlook]
    assert filed[2] == -1  # the pack's catch-all


def test_a_user_pack_without_needed_words_files_by_the_neighbours_again(tmp_path):
    text = available_packs()["conflict"].read_text("utf-8")
    start = text.index("[heading.needs]")
    end = text.index("[heading.examples]", start)
    (tmp_path / "mine.toml").write_text(text[:start] + text[end:], encoding="utf-8")
    pack = load_pack(str(tmp_path / "mine.toml"))
    assert not any(h.needs for h in pack.headings)
    mine = ThemeMatcher(pack, lexicon_for(get_language("en")))
    assert mine.file(OUTLOOK_AROUND)[2].heading == HEADINGS.index("Outlook")


def brief_of(name: str, points: int = 8, **options):
    path = DATA / "themes" / f"{name}.txt"
    return make_brief([path], BriefOptions(points=points, **options))


@pytest.mark.parametrize(
    ("name", "pack", "heading"),
    [
        ("sport", "sport", "Result and key moments"),
        ("markets", "economy", "Companies and results"),
        ("technology", "technology", "Products and services"),
        ("conflict", "conflict", "Escalation"),
    ],
)
def test_auto_picks_the_pack_of_a_news_article_and_says_so(name, pack, heading):
    brief = brief_of(name)
    assert brief.theme_pack == pack
    headings = [s.heading for s in brief.sections]
    assert heading in headings
    chosen = load_pack(pack)
    note = f"Theme pack chosen automatically: {chosen.name} ("
    assert any(n.text.startswith(note) for n in brief.notes)
    assert set(headings) <= {"Bottom line", chosen.other, *(h.name for h in chosen.headings)}


FILED = {
    "sport": [
        ("The winning goal came in the 68th minute.", "Result and key moments"),
        ("The striker has now scored nine goals", "Players and form"),
        ("City play away at Westbridge Athletic next Saturday", "What comes next"),
    ],
    "markets": [
        ("Revenue fell 4 per cent to £5.8 billion", "Companies and results"),
        ("The FTSE 100 index closed down 0.8 per cent", "Markets"),
        ("The bank will publish its full-year results in February.", "Outlook"),
    ],
    "technology": [
        ("The battery lasts up to two days on a single charge", "Products and services"),
        ("Shares in Lumen rose 3 per cent after the launch.", "Tech business"),
        ("The company said it plans to release a cheaper", "Research and what comes next"),
    ],
    "conflict": [
        ("Fighting has intensified along the front line", "Escalation"),
        ("Envoys from both sides met in a neutral capital", "Diplomatic track"),
        ("Several governments announced new sanctions", "Sanctions and economic pressure"),
        ("The Red Crescent said power and running water had been cut", "Humanitarian impact"),
        ("Analysts warned that the fighting could spread", "Outlook"),
    ],
}


@pytest.mark.parametrize("name", sorted(FILED))
def test_points_of_a_news_article_are_under_the_heading_a_reader_expects(name):
    brief = brief_of(name, points=12)
    filed = {p.text: s.heading for s in brief.sections for p in s.points}
    for start, heading in FILED[name]:
        found = [h for text, h in filed.items() if text.startswith(start)]
        assert found, f"{start!r} is not in the brief of {name}.txt"
        assert found == [heading], (start, found)


def test_the_sample_gets_the_conflict_pack(sample_path):
    brief = make_brief([sample_path])
    assert brief.theme_pack == "conflict"
    assert {"Escalation", "Diplomatic track"} <= {s.heading for s in brief.sections}


def test_articles_on_different_subjects_get_the_general_pack():
    brief = make_brief([DATA / "themes" / "sport.txt", DATA / "themes" / "markets.txt"])
    assert brief.theme_pack == GENERAL_PACK
    assert any("General news" in n.text for n in brief.notes)


def test_an_article_no_subject_pack_is_sure_of_gets_the_general_pack_and_says_why():
    brief = brief_of("museum")  # a museum's reopening: economy fits best, and poorly
    assert brief.theme_pack == GENERAL_PACK
    general = load_pack(GENERAL_PACK)
    assert {s.heading for s in brief.sections} <= {
        "Bottom line",
        general.other,
        *(h.name for h in general.headings),
    }
    note = next(n.text for n in brief.notes if n.text.startswith("Theme pack chosen"))
    assert note.startswith(
        "Theme pack chosen automatically: General news (no subject pack was sure enough; "
        "the best, Economy and markets, was "
    )


def test_every_heading_is_named_in_every_supported_language():
    for name, path in available_packs().items():
        if path is None:
            continue
        pack = load_pack(name)
        assert set(pack.names) >= set(LANGUAGES), name
        for heading in pack.headings:
            assert set(heading.names) >= set(LANGUAGES), (name, heading.name)


def test_no_keyword_comes_from_the_sample(sample_text):
    words = set(re.findall(r"\w+", sample_text.lower()))
    for odd in ("sidelines", "roadmap", "uranium", "unleashed", "aerial", "patience"):
        assert odd in words  # the sample does use them
        for name, path in available_packs().items():
            if path is not None:
                assert odd not in load_pack(name).keywords("en"), (name, odd)
    assert "looking ahead" not in load_pack("conflict").keywords("en")


def test_caps_limit_points_per_heading(sample_path):
    brief = make_brief([sample_path], BriefOptions(points=20, themes="conflict"))
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


def test_an_edited_user_pack_is_read_again(private_dirs, sample_path):
    folder = private_dirs / "config" / "themes"
    pack = 'name = "Mine"\n\n[[heading]]\nname = "{}"\n[heading.keywords]\nen = ["rubio"]\n'
    write_pack(folder, "mine", pack.format("Weapons"))
    first = make_brief([sample_path], BriefOptions(themes="mine", points=10))
    write_pack(folder, "mine", pack.format("Arms and weapons"))
    again = make_brief([sample_path], BriefOptions(themes="mine", points=10))
    assert "Weapons" in [s.heading for s in first.sections]
    assert "Arms and weapons" in [s.heading for s in again.sections]


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
    assert any("no keywords for German" in note.text for note in brief.notes)


def test_headings_without_keywords_for_the_language_are_named(tmp_path, sample_path):
    pack = tmp_path / "partial.toml"
    pack.write_text(
        'name = "P"\n[[heading]]\nname = "Weapons"\n[heading.keywords]\nen = ["drone"]\n'
        '[[heading]]\nname = "Talks"\n[heading.keywords]\nde = ["Gespräch"]\n',
        encoding="utf-8",
    )
    brief = make_brief([sample_path], BriefOptions(themes=str(pack)))
    assert "Theme pack 'partial' has no English keywords for: Talks" in [
        note.text for note in brief.notes
    ]


def test_examples_in_a_user_pack_change_the_filing(private_dirs):
    sentence = "The curator hung forty canvases in the east wing."
    text = (
        'name = "Arts"\n[[heading]]\nname = "Exhibitions"\n[heading.keywords]\nen = ["gallery"]\n'
    )
    folder = private_dirs / "config" / "themes"
    write_pack(folder, "arts", text)
    plain = ThemeMatcher(load_pack("arts", folder), ENGLISH)
    assert plain.file([(sentence, "")])[0].heading == -1
    examples = (
        '[heading.examples]\nen = ["The curator chose canvases for the wing.", '
        '"Forty canvases hung in the new wing."]\n'
    )
    write_pack(folder, "arts", text + examples)
    taught = ThemeMatcher(load_pack("arts", folder), ENGLISH)
    assert taught.file([(sentence, "")])[0].heading == 0
