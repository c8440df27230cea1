"""Filing points and choosing packs as the README's themes section describes: the main
clause decides, fragments and page furniture go under the catch-all, and a pack's own
bars (min_score, min_fit, min_lead) and catch-all words change the brief."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.errors import OptionError
from briefer.pipeline import BriefOptions, make_brief
from briefer.text.languages import get_language
from briefer.text.words import lexicon_for
from briefer.themes import PackChooser, ThemeMatcher, load_all, load_pack
from briefer.themes.matcher import Weights
from tests.conftest import DATA

ENGLISH = lexicon_for(get_language("en"))
CONFLICT_HEADINGS = {h.name for h in load_pack("conflict").headings}
FIGHTING = "Rebels shelled the town overnight and fighting continued near the airport."
TANKS = "Troops backed by tanks pushed into the northern districts."


def write_pack(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(body, encoding="utf-8")
    return path


def headings_of(brief) -> list[str]:
    return [s.heading for s in brief.sections]


def test_a_business_story_that_mentions_the_war_gets_the_economy_pack():
    brief = make_brief([DATA / "themes" / "airline.txt"])
    assert brief.theme_pack == "economy"
    assert not CONFLICT_HEADINGS & set(headings_of(brief))
    assert "Companies and results" in headings_of(brief)


def test_the_main_clause_decides_the_heading():
    sentence = "Sales rose 8 per cent as shoppers spent more on food and energy bills."
    economy = load_pack("economy")
    names = [h.name for h in economy.headings]
    filed = ThemeMatcher(economy, ENGLISH).file([(sentence, "")])[0]
    assert names[filed.heading] == "Companies and results"
    # every word counted alike, the clause about shoppers' bills would win
    flat = ThemeMatcher(economy, ENGLISH, Weights(clause=1.0)).file([(sentence, "")])[0]
    assert names[flat.heading] == "The wider economy"


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        ("At least eight people were killed.", "Humanitarian impact"),
        ("Twelve people have been killed in the city since Sunday.", "Humanitarian impact"),
        ("A truck bomb killed four people at the checkpoint.", "Escalation"),
    ],
)
def test_a_toll_goes_under_humanitarian_impact_and_a_deadly_attack_under_escalation(
    sentence, heading
):
    """The labelling guide's rule: the toll told on its own is what happens to people."""
    pack = load_pack("conflict")
    filings = ThemeMatcher(pack, ENGLISH).file([(FIGHTING, ""), (sentence, ""), (TANKS, "")])
    assert pack.headings[filings[1].heading].name == heading


@pytest.mark.parametrize("line", ["Scroll down for video", "Pray for us."])
def test_page_furniture_and_fragments_go_under_the_catch_all(line):
    matcher = ThemeMatcher(load_pack("conflict"), ENGLISH)
    filings = matcher.file([(FIGHTING, ""), (line, ""), (TANKS, "")])
    assert [f.heading for f in filings] == [0, -1, 0]


def test_catch_all_keywords_in_a_user_pack_keep_points_out_of_a_heading(private_dirs):
    folder = private_dirs / "config" / "themes"
    text = 'name = "Air"\n[[heading]]\nname = "Weapons"\n[heading.keywords]\nen = ["drone"]\n'
    sentence = "A drone show over the harbour drew thousands of visitors."
    write_pack(folder, "air", text)
    assert ThemeMatcher(load_pack("air", folder), ENGLISH).file([(sentence, "")])[0].heading == 0
    write_pack(folder, "air", 'other_keywords = { en = ["drone show"] }\n' + text)
    assert ThemeMatcher(load_pack("air", folder), ENGLISH).file([(sentence, "")])[0].heading == -1


def test_min_score_in_a_pack_sets_how_much_evidence_a_heading_needs(private_dirs):
    folder = private_dirs / "config" / "themes"
    text = '[[heading]]\nname = "Weapons"\n[heading.keywords]\nen = ["drone", "missile"]\n'
    sentence = "A drone was seen above the port."
    write_pack(folder, "arms", 'name = "Arms"\n' + text)
    assert ThemeMatcher(load_pack("arms", folder), ENGLISH).file([(sentence, "")])[0].heading == 0
    write_pack(folder, "arms", 'name = "Arms"\nmin_score = 4\n' + text)
    assert ThemeMatcher(load_pack("arms", folder), ENGLISH).file([(sentence, "")])[0].heading == -1
    # a table by language sets the bar for those languages only
    write_pack(folder, "arms", 'name = "Arms"\nmin_score = { de = 4 }\n' + text)
    assert ThemeMatcher(load_pack("arms", folder), ENGLISH).file([(sentence, "")])[0].heading == 0


@pytest.mark.parametrize("bar", ["min_fit = 50", "min_lead = 50"])
def test_a_stricter_bar_keeps_auto_from_choosing_a_pack(private_dirs, bar):
    markets = DATA / "themes" / "markets.txt"
    assert make_brief([markets]).theme_pack == "economy"
    bundled = load_pack("economy").path.read_text(encoding="utf-8")
    write_pack(private_dirs / "config" / "themes", "economy", f"{bar}\n{bundled}")
    brief = make_brief([markets])
    assert brief.theme_pack not in ("economy", "conflict")
    chosen = load_pack(brief.theme_pack).name
    assert any(n.text.startswith(f"Theme pack chosen automatically: {chosen}") for n in brief.notes)


def test_a_pack_that_fails_its_own_bar_gives_way_to_the_next_best(tmp_path):
    heading = '[[heading]]\nname = "All"\n[heading.keywords]\nen = ["{}"]\n'
    write_pack(tmp_path, "alpha", heading.format("quorble"))
    write_pack(tmp_path, "beta", heading.format("zintak"))
    article = ("", ["A quorble here.", "Another quorble.", "A third quorble.", "One zintak."])
    chooser = PackChooser(load_all(tmp_path), ENGLISH)
    assert chooser.choose([article]).pack.id == "alpha"
    write_pack(tmp_path, "alpha", "min_lead = 5\n" + heading.format("quorble"))
    chooser = PackChooser(load_all(tmp_path), ENGLISH)
    assert chooser.choose([article]).pack.id == "beta"


@pytest.mark.parametrize("line", ['min_fit = "high"', "min_lead = 0", "min_score = true"])
def test_a_bad_bar_is_reported_with_the_pack(tmp_path, line):
    path = write_pack(tmp_path, "odd", f'{line}\n[[heading]]\nname = "A"\n')
    with pytest.raises(OptionError, match=f"odd.toml: '{line.split()[0]}' must be a number"):
        load_pack(str(path))


def test_a_full_heading_does_not_pass_its_points_to_an_unrelated_one(tmp_path):
    pack = write_pack(
        tmp_path,
        "capped",
        'name = "Capped"\n[[heading]]\nname = "Talks"\ncap = 1\n[heading.keywords]\n'
        'en = ["talks", "envoy", "negotiators", "ceasefire"]\n'
        '[[heading]]\nname = "Weapons"\n[heading.keywords]\nen = ["drone", "missile"]\n',
    )
    article = tmp_path / "talks.txt"
    article.write_text(
        "A drone and a missile hit the port overnight, the army said.\n\n"
        "Envoys from both sides held talks in Geneva on Monday about a ceasefire.\n\n"
        "Another drone was shot down near the border, and a missile fell in a field.\n\n"
        "The negotiators said the talks on a ceasefire had made progress.\n\n"
        "A third drone attack and a missile strike followed at dawn.\n\n"
        "A second envoy will join the talks on the ceasefire next week.\n",
        encoding="utf-8",
    )
    brief = make_brief([article], BriefOptions(themes=str(pack), points=6))
    filed = {p.text: s.heading for s in brief.sections for p in s.points}
    assert [text for text, heading in filed.items() if heading == "Talks"] != []
    for text, heading in filed.items():
        if "talks" in text:
            assert heading in ("Talks", "Other key points", "Bottom line"), (text, heading)
