"""Readers: encodings detected, Markdown understood, bad files refused with a reason."""

from __future__ import annotations

import pytest

from briefer.errors import InputError
from briefer.read import read_article
from briefer.read.decode import decode_text
from briefer.text.languages import get_language
from briefer.text.split import split_sentences
from tests.conftest import DATA


def sentences_of(path, language="en"):
    article = read_article(path)
    return [s.text for s in split_sentences(article, get_language(language))]


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le", "utf-16-be"]
)
def test_the_sample_in_any_encoding_gives_the_same_sentences(tmp_path, sample_path, encoding):
    original = sentences_of(sample_path)
    copy = tmp_path / f"sample-{encoding}.txt"
    copy.write_bytes(sample_path.read_text(encoding="utf-8").encode(encoding))
    assert sentences_of(copy) == original


def test_latin1_text_is_not_mojibake(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "Le président a déclaré que la réunion était très importante.".encode("latin-1")
    )
    article = read_article(path)
    assert "président a déclaré" in article.text


@pytest.mark.parametrize("encoding", ["koi8-r", "cp1251", "utf-16"])
def test_cyrillic_in_legacy_encodings_decodes_exactly(tmp_path, encoding):
    text = (DATA / "ru_talks.txt").read_text(encoding="utf-8")
    text = text.translate(str.maketrans({"«": '"', "»": '"', "—": "-"}))  # as KOI8-R has them
    path = tmp_path / f"ru-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    article = read_article(path)
    assert article.text == text
    assert article.title == "Переговоры в Женеве продолжатся на следующей неделе"
    utf8 = tmp_path / "ru-utf8.txt"
    utf8.write_text(text, encoding="utf-8")
    assert sentences_of(path, "ru") == sentences_of(utf8, "ru")
    assert len(sentences_of(path, "ru")) == 6  # the two quoted sentences stay one


def test_plain_text_headings_are_sections_not_sentences(sample_path):
    article = read_article(sample_path)
    assert article.headings == [
        "Escalating Violence as Diplomacy Struggles",
        "Trump Shifts Tone on Putin, Weighs Sanctions",
        "Diplomatic Track Still Open, Despite Setbacks",
        "Looking Ahead",
    ]
    sentences = split_sentences(article, get_language("en"))
    drones = next(s for s in sentences if "728 drones" in s.text)
    assert drones.section == "Escalating Violence as Diplomacy Struggles"


def test_title_byline_and_date_are_taken_from_the_top(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        "Ceasefire Talks Resume in Geneva\nBy Jane Doe, Staff Reporter\n"
        "PUBLISHED: 14:11 EST, 3 March 2025\n\n"
        "Negotiators met again on Monday after a week of fighting. "
        "Both sides said the talks were serious.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.title == "Ceasefire Talks Resume in Geneva"
    assert article.byline == "By Jane Doe, Staff Reporter"
    assert article.date == "PUBLISHED: 14:11 EST, 3 March 2025"
    assert sentences_of(path) == [
        "Negotiators met again on Monday after a week of fighting.",
        "Both sides said the talks were serious.",
    ]


def test_hard_wrapped_paragraphs_are_joined(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "The talks began in the morning and ran\nlate into the night. Officials said\n"
        "little afterwards.\n\nA second round is planned for May.\n",
        encoding="utf-8",
    )
    assert sentences_of(path) == [
        "The talks began in the morning and ran\nlate into the night.",
        "Officials said\nlittle afterwards.",
        "A second round is planned for May.",
    ]


def test_markdown_headings_and_markup(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(
        "# Drone Strikes Hit the Capital\n\n"
        "*By Ana Ruiz*\n\n"
        "The **army** said [dozens of drones](https://example.org) were shot down overnight. "
        "Officials called it `the largest` attack this year.\n\n"
        "## Talks Stall\n\n"
        "- Envoys met in Vienna on Friday.\n"
        "- No date was set for a new round.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.title == "Drone Strikes Hit the Capital"
    assert article.byline == "By Ana Ruiz"
    assert article.headings == ["Talks Stall"]
    sentences = [s.text for s in split_sentences(article, get_language("en"))]
    assert sentences == [
        "The army said dozens of drones were shot down overnight.",
        "Officials called it the largest attack this year.",
        "Envoys met in Vienna on Friday.",
        "No date was set for a new round.",
    ]
    for s in split_sentences(article, get_language("en")):
        assert article.text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "the file is empty"),
        (b"   \n\n\t ", "only whitespace"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, "binary file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "damaged PDF file"),
        (b"PK\x03\x04\x14\x00\x06\x00", "this is a zip archive, not a DOCX, ODT or EPUB"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert reason in str(caught.value) and str(path) in str(caught.value)


def test_size_limit_and_unknown_format(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Word. " * 1000, encoding="utf-8")
    with pytest.raises(InputError, match="file too large"):
        read_article(big, max_bytes=1000)
    odd = tmp_path / "article.xyz"
    odd.write_text("Some text.", encoding="utf-8")
    article = read_article(odd)
    assert article.text == "Some text."
    assert article.notes == ("article.xyz: unknown file type '.xyz'; read as plain text",)
    binary = tmp_path / "data.xyz"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(
        InputError, match="unsupported format '.xyz' \\(and the content is not text\\)"
    ):
        read_article(binary)


def test_undecodable_utf16_is_refused():
    with pytest.raises(InputError, match="cannot decode"):
        decode_text(b"\xff\xfe" + b"\x00\xd8" * 10)  # lone surrogates after a UTF-16 BOM


def test_page_furniture_is_never_a_sentence():
    article = read_article(DATA / "noisy_paste.txt")
    assert article.title == "Floodwaters Cut Off Mountain Villages"
    assert article.byline == "By Marta Kowalczyk and Ian Reed, Regional Desk"
    assert article.date.startswith("PUBLISHED: 08:12 EST, 4 May 2025")
    sentences = [s.text for s in split_sentences(article, get_language("en"))]
    assert len(sentences) == 4
    assert sentences[0].startswith("Rescue teams reached three mountain villages")
    for furniture in ("pictured", "Photo:", "Read more", "Share this", "Follow us", "Reporting by"):
        assert not any(furniture in s for s in sentences), furniture
    for sentence in split_sentences(article, get_language("en")):
        assert article.text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the day, the talks had collapsed.",
        "Watch the missile strike in the video.",
        "Related talks continued in Vienna.",
        "The photo: a symbol of the war, officials said.",
    ],
)
def test_sentences_that_look_like_furniture_are_kept(line):
    from briefer.read.lines import is_page_furniture

    assert not is_page_furniture(line)
