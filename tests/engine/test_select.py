"""Choosing points: the bottom line reads on its own, themes are covered, no repeats."""

from __future__ import annotations

import json

from briefer.pipeline import BriefOptions, make_brief
from briefer.points import point_count
from briefer.text.leaning import stands_alone
from tests.conftest import DATA


def test_bottom_line_of_the_sample_is_the_meeting_or_the_strikes(sample_path):
    for points in (3, 8, 15):
        brief = make_brief([sample_path], BriefOptions(points=points))
        bottom = brief.sections[0]
        assert bottom.heading == "Bottom line"
        first = bottom.points[0].text
        assert "Rubio" in first or "strikes" in first or "attacks" in first, first
        assert stands_alone(first, "en")


def test_sentences_that_lean_on_the_previous_one_do_not_stand_alone():
    assert not stands_alone("He said the talks would go on.", "en")
    assert not stands_alone("But the ceasefire collapsed within hours.", "en")
    assert not stands_alone("“We will not give up,” the minister said.", "en")
    assert stands_alone("The ceasefire collapsed within hours on Monday.", "en")


def test_a_pronoun_after_a_short_opening_phrase_leans_too():
    assert not stands_alone("In the end, they agreed to meet again.", "en")
    assert not stands_alone("Dans une certaine mesure, cela a fonctionné.", "fr")
    assert stands_alone("On Monday, the minister said the talks would go on.", "en")
    assert stands_alone(
        "After three days of talks in the capital and two more by telephone, they agreed.",
        "en",
    )  # past a long opening phrase, the subject is not looked at


def test_bottom_line_prefers_a_sentence_that_stands_alone(tmp_path):
    path = tmp_path / "lean.txt"
    path.write_text(
        "“This is the worst attack on the capital since the war began,” the mayor said.\n"
        "Russian drones and missiles struck Kyiv overnight, killing 14 people and cutting "
        "power to half the city, officials said on Tuesday.\n"
        "He said rescue teams were still searching the rubble of two apartment blocks.\n"
        "The foreign ministry summoned envoys from three countries over the strikes.\n"
        "Talks on a ceasefire are due to resume in Istanbul next week.\n",
        encoding="utf-8",
    )
    brief = make_brief([path], BriefOptions(points=4))
    assert brief.sections[0].points[0].text.startswith("Russian drones and missiles struck Kyiv")


def test_default_length_is_a_third_within_bounds():
    assert point_count(24, None, None) == 8
    assert point_count(6, None, None) == 4
    assert point_count(300, None, None) == 12
    assert point_count(24, 30, None) == 24
    assert point_count(24, None, 0.25) == 6


def test_no_furniture_in_a_brief_of_a_noisy_paste():
    brief = make_brief([DATA / "noisy_paste.txt"], BriefOptions(points=10))
    for point in brief.points:
        for furniture in ("Photo:", "pictured", "PUBLISHED", "By Marta", "Read more", "Share"):
            assert furniture not in point.text


def test_benchmark_articles_with_furniture_never_yield_it_as_points(tmp_path):
    from tests.conftest import ROOT

    for path in sorted((ROOT / "benchmarks" / "data" / "news").glob("*.json")):
        item = json.loads(path.read_text("utf-8"))
        if "Photo:" not in item["text"]:
            continue
        article = tmp_path / f"{item['id']}.txt"
        article.write_text(item["title"] + "\n" + item["text"], encoding="utf-8")
        brief = make_brief([article], BriefOptions(ratio=1.0))
        for point in brief.points:
            assert "Photo:" not in point.text and "(pictured)" not in point.text
