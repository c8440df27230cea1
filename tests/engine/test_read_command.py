"""`briefer read`: every input format shown as Briefer reads it, with sentence offsets."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.render.article_text import article_text
from briefer.text.languages import get_language
from briefer.text.split import split_sentences
from tests import documents
from tests.documents import BYLINE, SECTIONS, TITLE

ARTICLE_KEYS = {
    "path",
    "format",
    "encoding",
    "sha256",
    "title",
    "byline",
    "date",
    "language",
    "split_language",
    "text",
    "blocks",
    "sentences",
    "notes",
}
SENTENCE_KEYS = {
    "index",
    "start",
    "end",
    "text",
    "paragraph",
    "position",
    "section",
    "quote_fragment",
}


def plain_article(markdown: bool) -> str:
    """Return the test article as plain text or Markdown, a blank line between blocks."""
    blocks = [("# " if markdown else "") + TITLE, BYLINE]
    for heading, paragraph in SECTIONS:
        if heading:
            blocks.append(("## " if markdown else "") + heading)
        blocks.append(" ".join(paragraph))
    return "\n\n".join(blocks) + "\n"


def pdf_lines() -> list[str]:
    """Return the test article as the lines of one PDF page, a gap between blocks."""
    lines = [TITLE, "", BYLINE, ""]
    for heading, paragraph in SECTIONS:
        lines += [heading, ""] if heading else []
        lines += [*textwrap.wrap(" ".join(paragraph), 60), ""]
    return lines


WRITERS = {
    "txt": lambda path: path.write_text(plain_article(markdown=False), encoding="utf-8"),
    "md": lambda path: path.write_text(plain_article(markdown=True), encoding="utf-8"),
    "html": lambda path: path.write_text(documents.article_html(), encoding="utf-8"),
    "pdf": lambda path: documents.make_pdf(path, [pdf_lines()]),
    "docx": documents.make_docx,
    "odt": documents.make_odt,
    "epub": documents.make_epub,
    "rtf": lambda path: path.write_text(documents.article_rtf(), encoding="ascii"),
    "eml": lambda path: path.write_bytes(documents.article_eml()),
}


def write_article(tmp_path: Path, suffix: str) -> Path:
    path = tmp_path / f"harbour.{suffix}"
    WRITERS[suffix](path)
    return path


def read_command(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["read", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def read_json(capsys, *paths: Path) -> list[dict]:
    code, out, err = read_command(capsys, *map(str, paths), "--format", "json")
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(
    "suffix",
    [pytest.param(s, marks=pytest.mark.qt_gui) if s == "pdf" else s for s in sorted(WRITERS)],
)
def test_every_format_reads_with_sentences_that_slice_back(capsys, tmp_path, suffix):
    path = write_article(tmp_path, suffix)
    [article] = read_json(capsys, path)
    assert set(article) == ARTICLE_KEYS
    assert article["path"] == str(path) and article["title"] == TITLE
    assert article["language"] == article["split_language"] == "en"
    text = article["text"]
    for block in article["blocks"]:
        assert text[block["start"] : block["end"]] == block["text"]
    headings = [b["text"] for b in article["blocks"] if b["kind"] == "heading"]
    assert headings == documents.headings()
    sentences = article["sentences"]
    assert [s["text"] for s in sentences] == documents.sentences()
    for index, sentence in enumerate(sentences):
        assert set(sentence) == SENTENCE_KEYS
        assert sentence["index"] == index
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    assert [s["section"] for s in sentences] == [
        heading for heading, paragraph in SECTIONS for _ in paragraph
    ]


def test_text_output_shows_the_details_blocks_and_every_sentence(capsys, tmp_path):
    path = write_article(tmp_path, "html")
    [article] = read_json(capsys, path)
    code, out, err = read_command(capsys, str(path))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[:5] == [
        str(path),
        f"  title     {TITLE}",
        f"  byline    {BYLINE}",
        "  date      2026-03-12",
        "  language  en",
    ]
    assert "  heading  " in out and "Salvage Costs" in out
    for sentence in article["sentences"]:
        span = f"[{sentence['start']}:{sentence['end']}]"
        assert any(line.endswith(f"{span}  {sentence['text']}") for line in lines)


def test_several_files_one_after_another(capsys, tmp_path):
    paths = [write_article(tmp_path, "docx"), write_article(tmp_path, "md")]
    assert [a["path"] for a in read_json(capsys, *paths)] == [str(p) for p in paths]
    code, out, _ = read_command(capsys, *map(str, paths))
    assert code == 0
    assert 0 < out.index(f"\n{paths[1]}\n") and out.startswith(f"{paths[0]}\n")


def test_a_corrupt_file_gives_one_line_naming_it_and_exit_3(capsys, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\n")
    code, out, err = read_command(capsys, str(bad))
    assert code == 3 and out == ""
    assert err.splitlines() == [f"briefer: {bad}: damaged PDF file (data format error)"]


def test_a_corrupt_file_among_good_ones_is_skipped_and_named(capsys, tmp_path):
    good = write_article(tmp_path, "odt")
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip archive at all" * 10)
    code, out, err = read_command(capsys, str(good), str(bad), "--format", "json")
    assert code == 0
    assert err.splitlines() == [
        f"briefer: Skipped {bad}: damaged DOCX file (not a readable zip archive)"
    ]
    assert [a["path"] for a in json.loads(out)] == [str(good)]


def test_size_limit_and_bad_options_as_for_brief(capsys, tmp_path):
    page = write_article(tmp_path, "html")
    code, _, err = read_command(capsys, str(page), "--max-size", "0.001")
    assert code == 3
    assert err.strip() == (
        f"briefer: {page}: file too large (2 KB; the limit is 1 KB); "
        "raise the limit with --max-size"
    )
    for option in (["--read-timeout", "0"], ["--max-size", "-1"], ["--language", "xx"]):
        code, _, err = read_command(capsys, str(page), *option)
        assert code == main(["brief", str(page), *option]) and code in (2, 4)
        assert err.splitlines() == capsys.readouterr().err.splitlines()


def test_a_given_language_splits_every_article(capsys, tmp_path):
    path = write_article(tmp_path, "txt")
    code, out, _ = read_command(capsys, str(path), "--language", "de", "--format", "json")
    assert code == 0
    assert json.loads(out)[0]["split_language"] == "de"


def test_the_sentences_shown_are_the_ones_a_brief_cites(capsys, sample_path):
    [article] = read_json(capsys, sample_path)
    assert main(["brief", str(sample_path), "--format", "json"]) == 0
    brief = json.loads(capsys.readouterr().out)
    shown = {(s["start"], s["end"], s["text"]) for s in article["sentences"]}
    points = [p for section in brief["sections"] for p in section["points"]]
    assert points and all((p["start"], p["end"], p["text"]) in shown for p in points)


def test_a_quotation_fragment_is_marked_in_the_text(tmp_path):
    from briefer.read.plain import read_plain

    quote = " ".join(f"This is quoted sentence number {i} of a long speech." for i in range(30))
    article = read_plain(f"The minister said: “{quote}” Then he left.")
    sentences = split_sentences(article, get_language("en"))
    assert "(starts inside a quotation)" in article_text(article, sentences)
