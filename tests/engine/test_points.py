"""Choosing points: every sentence when asked, none that leans on a missing one, no furniture."""

from __future__ import annotations

from briefer.pipeline import BriefOptions, make_brief
from briefer.points import redundant
from briefer.read.plain import read_plain
from briefer.text.leaning import leans_back
from tests.conftest import DATA

LEANING = (
    "The central bank raised its main interest rate to 4.5 percent on Wednesday, the "
    "fourth increase this year, citing stubborn inflation in services.\n\n"
    "Markets had expected a smaller move.\n\n"
    "He said the bank would keep raising rates until inflation fell back toward target.\n\n"
    "Mortgage lenders said they would pass the increase on to borrowers within days.\n\n"
    "But the governor warned that growth would slow sharply in the second half.\n\n"
    "Unions called for wage talks to open again before the winter.\n\n"
    "The finance ministry said it would publish a new budget forecast next month.\n\n"
    "Economists at three large banks cut their growth forecasts after the decision.\n"
)


def article(text: str, title: str = "Test article"):
    return read_plain(text).with_(title=title)


def test_a_two_sentence_file_gives_two_points(tmp_path):
    path = tmp_path / "hello.txt"
    path.write_text("Hello World. My name is Jonas.", encoding="utf-8")
    brief = make_brief([path], BriefOptions(ratio=1.0))
    assert sorted(p.text for p in brief.points) == ["Hello World.", "My name is Jonas."]


def test_asking_for_more_points_than_exist_gives_all_and_says_so(tmp_path):
    path = tmp_path / "hello.txt"
    path.write_text("Hello World. My name is Jonas.", encoding="utf-8")
    brief = make_brief([path], BriefOptions(points=5))
    assert len(brief.points) == 2
    assert "Asked for 5 points; the article has 2, all given" in [n.text for n in brief.notes]


def test_ratio_one_gives_every_sentence_of_a_real_article(sample_path):
    from briefer.text.languages import get_language
    from briefer.text.split import split_sentences

    brief = make_brief([sample_path], BriefOptions(ratio=1.0))
    source = read_plain(sample_path.read_text(encoding="utf-8"))
    every = {s.text for s in split_sentences(source, get_language("en"))}
    assert {p.text for p in brief.points} == every


def test_no_point_leans_on_a_sentence_the_brief_left_out():
    for points in (3, 4, 5, 6):
        brief = make_brief([article(LEANING)], BriefOptions(points=points, language="en"))
        given = {p.sentence: p for p in brief.points}
        for point in brief.points:
            if leans_back(point.text, "en"):
                before = given.get(point.sentence - 1)
                assert before is not None, (points, point.text)
                assert before.heading == point.heading


def test_page_furniture_inside_paragraphs_never_becomes_a_point():
    furniture = [
        "China furious at Macron over Taiwan remarks [INSIGHT]| Lakers vs Nets in Brooklyn "
        "tonight [VIDEO]",
        "DON'T MISS: The ten best beaches in the region for a late summer break.",
        "Kristi NoemKristi Lynn Noem is an American politician and former governor... MORE",
        "All the exhibition photos © Inexhibit, 2018, reproduced by kind permission.",
    ]
    body = LEANING.split("\n\n")
    mixed = "\n\n".join(body[:2] + furniture[:2] + body[2:5] + furniture[2:] + body[5:])
    brief = make_brief([article(mixed)], BriefOptions(ratio=1.0, language="en"))
    texts = " ".join(p.text for p in brief.points)
    for piece in ("[INSIGHT]", "DON'T MISS", "NoemKristi", "©"):
        assert piece not in texts
    assert len(brief.points) >= 7


def test_redundancy_is_symmetric_and_keeps_a_short_distinct_fact():
    short = frozenset("tori dismiss matern pay plan desper liber democrat misdirect".split())
    long = frozenset(
        "labour promis matern pay plan tori liber democrat parliament elect cost billion "
        "famili month".split()
    )
    assert redundant(short, long) == redundant(long, short)
    assert not redundant(short, long)
    assert redundant(long, long)


def test_the_bottom_line_of_a_wire_story_is_its_lead():
    brief = make_brief([DATA / "noisy_paste.txt"], BriefOptions(points=6))
    first = brief.sections[0].points[0]
    assert brief.sections[0].heading == "Bottom line"
    assert first.sentence == min(p.sentence for p in brief.points)


def test_the_samples_bottom_line_opens_with_its_lead(sample_path, sample_text):
    brief = make_brief([sample_path], BriefOptions())
    assert brief.sections[0].points[0].start == sample_text.index("U.S. Secretary of State")
