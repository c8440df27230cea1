"""Inert exports: article text, names and typed HTML never run, fetch or fake structure."""

from __future__ import annotations

import io
import re
import time

import pytest
from pypdf import PdfReader

from briefer.brief import BOTTOM_LINE, Brief, Point, Section, Source
from briefer.render.export import export_bytes
from briefer.render.html import markdown_to_html
from briefer.render.markdown import escape, render_markdown
from briefer.render.pdf import render_pdf
from briefer.render.sanitize import safe_url, sanitize_html

HOSTILE = [
    "Officials said <script>alert(1)</script> was found.",
    "The page showed <img src=x onerror=alert(1)> to readers.",
    "A box <div onmouseover=alert(1)>hover</div> appeared.",
    "Click [here](javascript:alert(1)) for more.",
    "A picture ![x](//127.0.0.1/x) was shown.",
    "A remote <img src=//127.0.0.1/x> image was shown.",
    "A local <img src=/local/secret.png> image was shown.",
    "An autolink <http://127.0.0.1/x> was shown.",
]


def _point(text: str, heading: str, number: int) -> Point:
    return Point(text, heading, 1.0, 1, 0, len(text), number, number, (1,))


def hostile_brief(title: str = "Title", name: str = "article.txt", date: str = "") -> Brief:
    points = [_point(text, "Escalation", i) for i, text in enumerate(HOSTILE)]
    sections = (
        Section(BOTTOM_LINE, (_point("A plain opening sentence.", BOTTOM_LINE, 99),)),
        Section("Escalation <b onclick=x>", tuple(points)),
    )
    source = Source(1, f"/tmp/{name}", title, "0" * 64, "en", date)
    return Brief(title, "en", "briefer", "conflict", (source,), sections)


def body(page: str) -> str:
    return page.split("<body>", 1)[1]


def test_sentence_markup_is_shown_as_text_in_the_html_export():
    page = body(export_bytes(render_markdown(hostile_brief()), "Title", "html").decode())
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<script" not in page and "<img" not in page and "<div" not in page
    assert "<a" not in page and "javascript:" not in page.replace("(javascript:", "")
    assert "<h2>Escalation &lt;b onclick=x&gt;</h2>" in page


def test_markdown_keeps_sentences_readable():
    assert escape("The deal give[s] them [1] more, said AT&T.") == (
        "The deal give[s] them [1] more, said AT&T."
    )
    assert escape("Tom <b>") == "Tom &lt;b>"
    assert escape("snake_case and *stars*") == "snake_case and \\*stars\\*"


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# Not a heading", "\\# Not a heading"),
        ("- not a point", "\\- not a point"),
        ("> not a quote", "\\> not a quote"),
        ("2024. The year began", "2024\\. The year began"),
        ("Title\n## Fake heading\n- fake point", "Title ## Fake heading - fake point"),
        ("Reset \x1bc and \x9b31m here", "Reset c and 31m here"),
    ],
)
def test_text_never_starts_a_block_of_its_own(text, escaped):
    assert escape(text) == escaped


def test_newlines_in_titles_and_dates_fabricate_no_headings_or_points():
    brief = hostile_brief(title="Real title\n## Fake heading\n- fake point", date="2026\n# x")
    markdown = render_markdown(brief)
    assert markdown.startswith("# Real title ## Fake heading - fake point\n")
    headings = [line for line in markdown.splitlines() if line.startswith("#")]
    assert headings == [
        "# Real title ## Fake heading - fake point",
        "## Bottom line",
        "## Escalation &lt;b onclick=x>",
        "## Sources",
    ]
    assert "1. Real title ## Fake heading - fake point — `article.txt` — 2026 # x" in markdown


@pytest.mark.parametrize(
    "name", ["a`b.txt", "``x``.txt", "`<img src=x onerror=alert(1)>`.txt", "x\\`y.txt"]
)
def test_a_file_name_with_backticks_stays_in_its_code_span(name):
    page = body(markdown_to_html(render_markdown(hostile_brief(name=name))))
    sources = page.split("<h2>Sources</h2>", 1)[1]
    assert re.search(r"<li>Title — <code>([^<]*)</code></li>", sources).group(1) == (
        name.replace("<", "&lt;").replace(">", "&gt;")
    )
    assert "<img" not in page


def test_typed_html_keeps_only_inert_markup():
    typed = (
        '<p onclick="x">a</p><a href="javascript:alert(1)">j</a><a href="https://e.org/">e</a>'
        '<a href=" JaVa\tscript:x">t</a><a href="//127.0.0.1/x">r</a>'
        "<img src=/local/secret.png><iframe src=//x></iframe><style>p{}</style>"
        "<script>alert(2)</script><svg onload=alert(3)><text>s</text></svg>b"
    )
    assert sanitize_html(typed) == (
        '<p>a</p><a>j</a><a href="https://e.org/">e</a><a>t</a><a>r</a>b'
    )


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a", True),
        ("mailto:desk@example.org", True),
        ("#sources", True),
        ("javascript:alert(1)", False),
        ("//127.0.0.1/x", False),
        ("/local/secret.png", False),
        ("file:///etc/passwd", False),
        ("data:text/html,x", False),
    ],
)
def test_links_are_limited_to_safe_schemes(url, safe):
    assert safe_url(url) is safe


@pytest.mark.qt_gui
def test_the_pdf_embeds_no_local_image(tmp_path):
    from PySide6.QtGui import QColor, QImage

    secret = tmp_path / "secret.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(secret))
    markdown = f'# Title\n\n<img src="{secret}">\n\n![x]({secret})\n\nText after.\n'
    reader = PdfReader(io.BytesIO(render_pdf(markdown, "Title")))
    page = reader.pages[0]
    assert "Text after." in " ".join(page.extract_text().split())
    assert not page["/Resources"].get("/XObject")


@pytest.mark.parametrize("piece", ["[", "[a ", "[a](", "**a ", "<a ", "_a_ ", "![a]("])
def test_a_point_of_50_kb_of_markers_renders_in_bounded_time(piece):
    markdown = "# Title\n\n- " + escape(piece * (50_000 // len(piece))) + "\n"
    started = time.perf_counter()
    page = markdown_to_html(markdown)
    assert time.perf_counter() - started < 5
    assert "<a" not in page.split("<body>", 1)[1] and "<img" not in page
