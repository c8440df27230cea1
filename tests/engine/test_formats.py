"""Every reader: the article's sentences come out, page furniture does not, damage is named."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile

import pytest

from briefer.errors import InputError
from briefer.pipeline import make_brief
from briefer.read import read_article
from briefer.read.formats import parse_document
from briefer.read.isolate import Limits
from briefer.text.languages import get_language
from briefer.text.split import split_sentences
from tests import documents
from tests.documents import BOILERPLATE, BYLINE, NAV, TITLE


def body_sentences(article) -> list[str]:
    return [s.text for s in split_sentences(article, get_language("en")) if s.text]


def kinds(article, kind: str) -> list[str]:
    return [article.block_text(b) for b in article.blocks if b.kind == kind]


def assert_whole_article(article) -> None:
    """The test article's sentences, in order, and its two sections."""
    assert body_sentences(article) == documents.sentences()
    assert article.headings == documents.headings()
    assert article.title == TITLE


def error_line(path, **kwargs) -> str:
    with pytest.raises(InputError) as caught:
        read_article(path, **kwargs)
    return str(caught.value)


# ---------------------------------------------------------------- HTML


def test_html_keeps_the_article_and_drops_the_page_furniture(tmp_path):
    page = tmp_path / "harbour.html"
    page.write_text(documents.article_html(), encoding="utf-8")
    article = read_article(page)
    assert_whole_article(article)
    assert article.fmt == "html"
    assert article.byline == BYLINE and article.date == "2026-03-12"
    for furniture in [*BOILERPLATE, *NAV, "Accept all", "tracking pixel", "alert", "Privacy"]:
        assert furniture not in article.text, furniture


def test_html_of_bare_divs_keeps_the_article_container(tmp_path):
    page = tmp_path / "divs.html"
    page.write_text(documents.bare_divs_html(), encoding="utf-8")
    article = read_article(page)
    assert body_sentences(article) == documents.sentences()
    for furniture in [*documents.TEASERS, *documents.COMMENTS, *BOILERPLATE]:
        assert furniture not in article.text, furniture


def test_html_is_read_in_its_declared_charset(tmp_path):
    page = tmp_path / "cp1252.htm"
    html = documents.article_html().replace("Engineers estimate", "Gävle’s engineers – all")
    page.write_bytes(html.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252"))
    assert "Gävle’s engineers – all that lifting the wreck" in read_article(page).text


def test_reading_a_page_opens_no_connection(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    article = parse_document("html", documents.article_html().encode(), "page.html")
    assert body_sentences(article) == documents.sentences()


def test_a_site_name_after_the_title_is_dropped(tmp_path):
    page = tmp_path / "divs.html"
    page.write_text(
        documents.bare_divs_html()
        .replace(f"<title>{TITLE}</title>", f"<title>{TITLE} | Harbour Gazette</title>")
        .replace(f"<h1>{TITLE}</h1>", ""),
        encoding="utf-8",
    )
    assert read_article(page).title == TITLE


def test_navigation_only_page_is_refused(tmp_path):
    page = tmp_path / "menu.html"
    page.write_text(documents.navigation_only_html(), encoding="utf-8")
    assert error_line(page) == (
        f"{page}: no article text found on this page (only navigation, links or page furniture)"
    )


# ---------------------------------------------------------------- PDF

HYPHENATED_PAGES = [
    [
        TITLE,
        "",
        BYLINE,
        "",
        "Negotiators from both port authorities met again on Tues-",
        "day, two weeks after a ferry collision closed the north-",
        "ern channel. The talks focus on who pays for the salvage and",
        "how traffic will be shared while the wreck is removed.",
        "",
        "Salvage Costs",
        "",
        "Engineers estimate that lifting the wreck will cost about forty",
        "million euros. The insurers of both vessels have asked for an",
    ],
    [
        "independent survey before any payment is made.",
        "",
        "Shipping Schedules",
        "",
        "Freight operators say the closure has added a day to most cross-",
        "ings. A temporary timetable will be published on Friday if the",
        "talks succeed.",
    ],
]


@pytest.mark.qt_gui
def test_pdf_rebuilds_paragraphs_mends_hyphens_and_drops_running_heads(tmp_path):
    pdf = documents.make_pdf(
        tmp_path / "harbour.pdf", HYPHENATED_PAGES, header="Harbour Gazette Weekly"
    )
    article = read_article(pdf)
    assert_whole_article(article)
    assert article.byline == BYLINE
    assert "Harbour Gazette Weekly" not in article.text and "Page " not in article.text
    assert "Tuesday" in article.text and "northern" in article.text and "crossings" in article.text


@pytest.mark.qt_gui
def test_pdf_keeps_the_hyphen_of_a_compound_broken_at_a_line_end(tmp_path):
    lines = [
        "Both sides agreed to a cease-fire on Monday. The cease-",
        "fire was broken within hours, and a long-range strike followed.",
    ]
    article = read_article(documents.make_pdf(tmp_path / "compound.pdf", [lines]))
    assert "The cease-fire was broken within hours" in article.text


@pytest.mark.qt_gui
def test_pdf_from_the_projects_own_export_reads_back(tmp_path, sample_path):
    from briefer.render.markdown import render_markdown
    from briefer.render.pdf import render_pdf

    brief = make_brief([sample_path])
    exported = tmp_path / "brief.pdf"
    exported.write_bytes(render_pdf(render_markdown(brief), brief.title))
    article = read_article(exported)
    for point in brief.points:
        assert " ".join(point.text.split()) in article.text
    assert {s.heading for s in brief.sections} <= set(article.headings) | {article.title}


@pytest.mark.qt_gui
def test_pdf_title_repeated_as_running_head_bullets_and_contents(tmp_path):
    pages = [
        [(TITLE, 20), "", "Contents", "Salvage Costs . . . . . . . . . . . 2", ""],
        [
            "The talks covered three questions:",
            "• who pays for lifting the wreck, which engineers put at about",
            "forty million euros;",
            "• how traffic is shared meanwhile.",
        ],
    ]
    pdf = documents.make_pdf(tmp_path / "items.pdf", pages, header=TITLE)
    article = read_article(pdf)
    assert article.title == TITLE and article.text.count(TITLE) == 1
    assert ". . ." not in article.text
    assert kinds(article, "paragraph")[-2:] == [
        "• who pays for lifting the wreck, which engineers put at about forty million euros;",
        "• how traffic is shared meanwhile.",
    ]


@pytest.mark.qt_gui
def test_pdf_of_images_only_says_it_has_no_text_layer(tmp_path):
    scan = documents.make_image_pdf(tmp_path / "scan.pdf")
    assert error_line(scan) == (
        f"{scan}: this PDF has no text layer (scanned pages or images only); Briefer reads "
        "text, not pictures of text"
    )


@pytest.mark.qt_gui
def test_password_protected_pdf_says_so(tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = documents.make_pdf(tmp_path / "plain.pdf", HYPHENATED_PAGES)
    writer = PdfWriter()
    for page in PdfReader(str(plain)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="harbour", owner_password="harbour-owner")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as stream:
        writer.write(stream)
    assert error_line(locked) == (
        f"{locked}: this PDF is password-protected; open it elsewhere and save an unlocked copy"
    )


@pytest.mark.qt_gui
def test_pdf_with_undecodable_metadata_still_reads(tmp_path):
    pdf = documents.make_pdf(tmp_path / "whole.pdf", HYPHENATED_PAGES)
    bad = tmp_path / "badtitle.pdf"
    # A lone UTF-16 surrogate as the document's title (found by the fuzz test).
    bad.write_bytes(pdf.read_bytes().replace(b"/Title ()", b"/Title (\xfe\xff\xd8\x00)", 1))
    assert body_sentences(read_article(bad)) == documents.sentences()


@pytest.mark.qt_gui
def test_truncated_pdf_is_named_damaged(tmp_path):
    pdf = documents.make_pdf(tmp_path / "whole.pdf", HYPHENATED_PAGES)
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(pdf.read_bytes()[:300])
    assert error_line(truncated).startswith(f"{truncated}: damaged PDF file (")


# ---------------------------------------------------------------- DOCX, ODT, EPUB


def test_docx_heading_styles_become_sections(tmp_path):
    article = read_article(documents.make_docx(tmp_path / "harbour.docx"))
    assert_whole_article(article)
    assert article.fmt == "docx" and article.byline == BYLINE


def test_odt_headings_and_paragraphs(tmp_path):
    article = read_article(documents.make_odt(tmp_path / "harbour.odt"))
    assert_whole_article(article)
    assert article.fmt == "odt"
    assert "footnote" not in article.text  # notes are not part of the running text


def test_epub_chapters_in_spine_order(tmp_path):
    article = read_article(documents.make_epub(tmp_path / "harbour.epub"))
    assert_whole_article(article)
    assert article.byline == "By Mara Lindqvist" and article.date == "2026-03-12"


def test_corrupt_office_files_name_the_damage(tmp_path):
    not_zip = tmp_path / "notzip.docx"
    not_zip.write_bytes(b"PK\x03\x04 this is not really a zip archive at all" * 10)
    no_document = tmp_path / "nodocument.docx"
    with zipfile.ZipFile(no_document, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    bad_xml = tmp_path / "badxml.odt"
    with zipfile.ZipFile(bad_xml, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content><unclosed>")
    assert error_line(not_zip) == f"{not_zip}: damaged DOCX file (not a readable zip archive)"
    assert error_line(no_document).startswith(f"{no_document}: damaged DOCX file (")
    assert error_line(bad_xml).startswith(f"{bad_xml}: damaged ODT file (bad XML: ")


@pytest.mark.parametrize("suffix, member", [(".docx", "word/document.xml"), (".epub", "x.xhtml")])
def test_zip_bombs_are_refused_before_inflating(tmp_path, suffix, member):
    bomb = documents.make_zip_bomb(tmp_path / f"bomb{suffix}", member, size=1 << 30)
    assert bomb.stat().st_size < 2_000_000
    line = error_line(bomb)
    assert line.startswith(f"{bomb}: refused: the ") and "zip bomb?" in line


# ---------------------------------------------------------------- RTF, EML


def test_rtf_text(tmp_path):
    rtf = tmp_path / "harbour.rtf"
    rtf.write_text(documents.article_rtf(), encoding="ascii")
    assert_whole_article(read_article(rtf))


def test_eml_body_with_the_subject_as_title(tmp_path):
    message = tmp_path / "harbour.eml"
    message.write_bytes(documents.article_eml())
    article = read_article(message)
    assert body_sentences(article) == documents.sentences()
    assert article.title == TITLE and article.date == "12 March 2026"
    assert "desk@example.org" not in article.text


def test_eml_with_an_impossible_date_still_reads(tmp_path):
    # A year past any calendar (found by the fuzz test) leaves the date out, not the body.
    message = tmp_path / "odd.eml"
    message.write_bytes(documents.article_eml().replace(b"12 Mar 2026", b"12 Mar 222222222026"))
    article = read_article(message)
    assert article.date == "" and body_sentences(article) == documents.sentences()


# ---------------------------------------------------------------- content before name


@pytest.mark.qt_gui
def test_content_decides_the_format_and_the_brief_says_so(tmp_path):
    pdf = documents.make_pdf(tmp_path / "real.pdf", HYPHENATED_PAGES)
    disguised = tmp_path / "disguised.txt"
    disguised.write_bytes(pdf.read_bytes())
    article = read_article(disguised)
    assert article.fmt == "pdf" and "Tuesday" in article.text
    assert article.notes == (
        "disguised.txt: read as a PDF document, which its content is, despite the name",
    )

    text_named_pdf = tmp_path / "notes.pdf"
    text_named_pdf.write_text("Talks resumed on Tuesday. Both sides met for an hour.\n")
    article = read_article(text_named_pdf)
    assert article.fmt == "text" and article.text.startswith("Talks resumed")
    assert article.notes == ("notes.pdf: named '.pdf' but holds plain text; read as text",)


def test_pictures_and_programs_are_not_articles(tmp_path):
    png = tmp_path / "photo.docx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    assert error_line(png) == f"{png}: this is a PNG image, not an article"
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert error_line(doc) == (
        f"{doc}: this is an old Office file (.doc, .xls); save it as .docx, not an article"
    )


@pytest.mark.parametrize(
    "suffix", [".txt", ".md", ".html", ".pdf", ".docx", ".odt", ".epub", ".rtf", ".eml", ".xyz"]
)
def test_random_bytes_under_any_name_give_one_line(tmp_path, suffix):
    noise = tmp_path / f"noise{suffix}"
    noise.write_bytes(bytes(range(256)) * 8)
    line = error_line(noise)
    assert line.startswith(f"{noise}: ") and "\n" not in line


def test_empty_missing_directory_and_too_large(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    large = tmp_path / "large.html"
    large.write_text(documents.article_html() * 200)
    assert error_line(empty) == f"{empty}: the file is empty"
    assert error_line(tmp_path / "gone.docx") == f"{tmp_path / 'gone.docx'}: no such file"
    assert error_line(tmp_path) == f"{tmp_path}: is a directory, not a file"
    assert error_line(large, max_bytes=100_000) == (
        f"{large}: file too large (457 KB; the limit is 100 KB)"
    )


# ---------------------------------------------------------------- time and memory bounds


def test_a_reader_past_its_time_is_stopped_and_the_next_file_reads(tmp_path):
    page = tmp_path / "long.html"
    page.write_text(documents.stalling_html())
    assert error_line(page, limits=Limits(seconds=0.01)) == (
        f"{page}: gave up reading after 0.01 s (the file may be damaged or built to stall readers)"
    )
    good = tmp_path / "harbour.docx"
    assert_whole_article(read_article(documents.make_docx(good), limits=Limits(seconds=30)))


def test_a_reader_past_its_memory_is_stopped(tmp_path):
    # Under the unpacking limit, but parsing 150 MB of XML needs far more than 300 MB.
    heavy = documents.make_zip_bomb(tmp_path / "heavy.docx", "word/document.xml", 150_000_000)
    line = error_line(heavy, limits=Limits(seconds=60, memory=300 * 1024**2))
    assert line.startswith(f"{heavy}: ") and "memory" in line


# ---------------------------------------------------------------- the command line


def test_cli_briefs_the_good_files_and_names_the_bad_one(tmp_path):
    good = documents.make_docx(tmp_path / "harbour.docx")
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\n")
    result = subprocess.run(
        [sys.executable, "-m", "briefer", "brief", str(good), str(bad), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert [line for line in lines if "Theme pack chosen" not in line] == [
        f"briefer: Skipped {bad}: damaged PDF file (data format error)"
    ]
    brief = json.loads(result.stdout)
    texts = [point["text"] for section in brief["sections"] for point in section["points"]]
    assert any("forty million euros" in text for text in texts)


def test_cli_size_limit_is_an_option(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(documents.article_html(), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "briefer", "brief", str(page), "--max-size", "0.001"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 3
    assert result.stderr.strip() == (
        f"briefer: {page}: file too large (2 KB; the limit is 1 KB); "
        "raise the limit with --max-size"
    )


def test_extracted_trees_that_keep_the_pages_containers_are_walked():
    """On some pages trafilatura returns the page's own divs and tags, not its own tree."""
    import lxml.etree

    from briefer.read.assemble import Draft
    from briefer.read.html import _add_extracted

    body = lxml.etree.fromstring(
        "<body><div><div id='story'><p>Negotiators met again on Tuesday.</p>"
        "<h2>Salvage Costs</h2><p>Engineers put the cost at forty million euros.</p>"
        "<ul><li>One item.</li><li>Another item.</li></ul></div></div></body>"
    )
    draft = Draft(None, "html")
    for element in body:
        _add_extracted(draft, element)
    assert draft.parts == [
        ("paragraph", "Negotiators met again on Tuesday."),
        ("heading", "Salvage Costs"),
        ("paragraph", "Engineers put the cost at forty million euros."),
        ("paragraph", "One item."),
        ("paragraph", "Another item."),
    ]


def test_ctrl_c_while_a_file_is_parsed_ends_cleanly(tmp_path):
    slow = tmp_path / "slow.html"
    slow.write_text(documents.stalling_html())
    command = [sys.executable, "-m", "briefer", "brief", str(slow)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(3)  # well into the page
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.strip() == "briefer: interrupted"
