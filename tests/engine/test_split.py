"""Sentence splitting: offline, headings apart, quotations whole, abbreviations kept."""

from __future__ import annotations

from briefer.read.plain import read_plain
from briefer.text.languages import get_language
from briefer.text.split import MAX_SENTENCE_CHARS, split_sentences

ENGLISH = get_language("en")


def split(text: str) -> list[str]:
    return [s.text for s in split_sentences(read_plain(text), ENGLISH)]


def test_sample_quote_over_two_sentences_is_one_sentence(sample_text):
    sentences = split(sample_text)
    assert (
        "At a Cabinet meeting, Trump said: “We get a lot of bulls— thrown at us by Putin, if you "
        "want to know the truth. He’s very nice all the time, but it turns out to be meaningless.”"
    ) in sentences
    assert (
        "“The president’s been pretty clear. He’s disappointed and frustrated,” Rubio said."
        in sentences
    )
    assert not any(s.startswith("He’s") for s in sentences)


def test_sample_has_24_sentences_and_no_heading_glued(sample_text):
    sentences = split(sample_text)
    assert len(sentences) == 24
    assert sentences[7].startswith("The diplomatic engagement came as Russia")
    assert not any("Looking Ahead" in s or "Weighs Sanctions" in s for s in sentences)


def test_abbreviations_do_not_end_sentences():
    text = (
        "The U.S. envoy met Gen. Keith Kellogg and Dr. Anna Novak at 9 a.m. on Jan. 5 in "
        "Washington. Prices rose 3.5% to $10.2 billion, the U.N. said."
    )
    assert split(text) == [
        "The U.S. envoy met Gen. Keith Kellogg and Dr. Anna Novak at 9 a.m. on Jan. 5 in "
        "Washington.",
        "Prices rose 3.5% to $10.2 billion, the U.N. said.",
    ]


def test_german_quotes_and_straight_quotes_stay_whole():
    german = get_language("de")
    text = (
        "Der Minister sagte: „Wir verhandeln weiter. Aber die Angriffe müssen enden.“ Dann ging er."
    )
    sentences = [s.text for s in split_sentences(read_plain(text), german)]
    assert sentences == [
        "Der Minister sagte: „Wir verhandeln weiter. Aber die Angriffe müssen enden.“",
        "Dann ging er.",
    ]
    straight = split('He said: "We will talk. We will not give up." Then he left.')
    assert straight == ['He said: "We will talk. We will not give up."', "Then he left."]


def test_a_long_quotation_is_not_merged_without_bound():
    quote = " ".join(f"This is quoted sentence number {i} of a long speech." for i in range(30))
    sentences = split_sentences(read_plain(f"The minister said: “{quote}” Then he left."), ENGLISH)
    assert all(len(s.text) <= 800 for s in sentences)
    assert any(s.quote_fragment for s in sentences)


def test_offsets_point_into_the_article_text(sample_text):
    article = read_plain(sample_text)
    for sentence in split_sentences(article, ENGLISH):
        assert article.text[sentence.start : sentence.end] == sentence.text


def test_unknown_abbreviations_before_lower_case_or_possessives_do_not_split():
    assert split("Most homes in the E.U. are insured against floods. That is new.") == [
        "Most homes in the E.U. are insured against floods.",
        "That is new.",
    ]
    assert split("Under the E.U.’s new act, banks must report. Fines follow.") == [
        "Under the E.U.’s new act, banks must report.",
        "Fines follow.",
    ]


def test_everyday_words_are_not_abbreviations():
    assert split("The outbreak made more than 90 people ill. That outbreak was in 2019.") == [
        "The outbreak made more than 90 people ill.",
        "That outbreak was in 2019.",
    ]


def test_single_and_swedish_quotation_marks_stay_whole():
    dutch = get_language("nl")
    text = "‘We blijven onderhandelen. Maar de aanvallen moeten stoppen’, zei Maran. Dat was alles."
    sentences = [s.text for s in split_sentences(read_plain(text), dutch)]
    assert (
        sentences[0] == "‘We blijven onderhandelen. Maar de aanvallen moeten stoppen’, zei Maran."
    )
    swedish = get_language("sv")
    text = "”Vi är redo att förhandla. Men attackerna måste upphöra”, sade hon. Sedan gick hon."
    sentences = [s.text for s in split_sentences(read_plain(text), swedish)]
    assert len(sentences) == 2
    assert split("The ministers’ meeting ended. The Kremlin’s view changed.") == [
        "The ministers’ meeting ended.",
        "The Kremlin’s view changed.",
    ]


def test_ap_style_straight_quotes_close_a_quotation():
    text = (
        "``The port will reopen. The question is when,'' harbour master Erik Lindqvist said "
        "Tuesday. ``Nobody can promise Friday.'' Shippers were not reassured."
    )
    assert split(text) == [
        "``The port will reopen. The question is when,'' harbour master Erik Lindqvist said "
        "Tuesday.",
        "``Nobody can promise Friday.''",
        "Shippers were not reassured.",
    ]


def test_ap_style_curly_quotes_survive_apostrophes_inside():
    text = (
        "‘‘The dockers’ and the drivers’ jobs are on the line. We won’t sign a deal that ignores "
        "them,’’ union leader Maria Ortiz told reporters in Rotterdam. Talks resume on Monday."
    )
    assert split(text) == [
        "‘‘The dockers’ and the drivers’ jobs are on the line. We won’t sign a deal that ignores "
        "them,’’ union leader Maria Ortiz told reporters in Rotterdam.",
        "Talks resume on Monday.",
    ]


def test_a_sentence_ending_with_doubled_closing_quotes_ends_there():
    assert split(
        "The governor called the ruling ‘‘a betrayal of every family on this coast.’’ "
        "Her office said an appeal would be filed within days."
    ) == [
        "The governor called the ruling ‘‘a betrayal of every family on this coast.’’",
        "Her office said an appeal would be filed within days.",
    ]
    assert split(
        "“We will not sign. Not today, not under these terms,’’ the minister said. "
        "The delegation left Geneva that evening."
    ) == [
        "“We will not sign. Not today, not under these terms,’’ the minister said.",
        "The delegation left Geneva that evening.",
    ]


def test_a_text_with_no_sentence_end_is_cut_at_spaces_into_bounded_pieces():
    words = " ".join(f"word{i}" for i in range(20_000))  # 158 KB, no full stop
    article = read_plain("A title\n\n" + words + " and the end.\n\n" + "x" * 12_000)
    sentences = split_sentences(article, ENGLISH)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert len(sentences) > 158_000 // MAX_SENTENCE_CHARS
    for sentence in sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
    cut = [s.text for s in sentences if s.text.startswith("word")]
    assert " ".join(cut).split() == (words + " and the end.").split()  # at spaces only
    assert "".join(s.text for s in sentences if s.text.startswith("x")) == "x" * 12_000


def test_a_caption_run_into_the_text_is_a_sentence_of_its_own():
    article = read_plain(
        "The clinic has clinics in three states and a queue outside Skin spa: Clients lie "
        "down while a nurse uses a laser on their skin Her own biggest fan: Founder Yen "
        "Reis says she has it twice a week. The images are featured in Frida Kahlo: The "
        "Photographs. Announcing it, Mr Cameron said: 'This is about jobs.'"
    )
    assert [s.text for s in split_sentences(article, get_language("en"))] == [
        "The clinic has clinics in three states and a queue outside",
        "Skin spa: Clients lie down while a nurse uses a laser on their skin",
        "Her own biggest fan: Founder Yen Reis says she has it twice a week.",
        "The images are featured in Frida Kahlo: The Photographs.",
        "Announcing it, Mr Cameron said: 'This is about jobs.'",
    ]


def test_a_wire_dateline_is_no_part_of_the_first_sentence():
    cases = {
        "(CNN)Sofia Vergara's ex-fiance is speaking out. He wrote an op-ed.": "Sofia Vergara's",
        "New Delhi, India (CNN)As the earth shook, people ran. Many slept outside.": "As the",
        "WASHINGTON (Reuters) - The Senate passed the bill. It goes to the House.": "The Senate",
        "LONDON, March 3 (Reuters) - Shares fell. Oil rose.": "Shares fell.",
        "(CNN) -- The storm hit at dawn. Roads closed.": "The storm",
    }
    for text, first in cases.items():
        article = read_plain(text)
        sentence = split_sentences(article, ENGLISH)[0]
        assert sentence.text.startswith(first), text
        assert article.text[sentence.start : sentence.end] == sentence.text
    portuguese = get_language("pt")
    for dateline in ("BRASÍLIA - ", "OSASCO, SP - "):
        text = dateline + "Os líderes recuaram ontem. A votação ficou para março."
        sentences = split_sentences(read_plain(text), portuguese)
        assert [s.text for s in sentences] == [
            "Os líderes recuaram ontem.",
            "A votação ficou para março.",
        ]


def test_a_name_with_its_acronym_or_a_dash_in_the_text_is_no_dateline():
    for text in (
        "The All Progressives Congress (APC) won the election. It governs now.",
        "Fire Brigades Union (FBU) members walked out. The strike lasts a day.",
        "NATO - the alliance of 32 states - met today. It agreed a plan.",
        "(Updated) The talks resumed. Both sides spoke.",
    ):
        assert split(text)[0] == text.split(". ")[0] + ".", text


def test_a_dateline_only_opens_an_article():
    text = "The talks went on.\n\nWASHINGTON - A second round begins today. More later."
    assert split(text)[1] == "WASHINGTON - A second round begins today."
