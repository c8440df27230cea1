"""Documents the reader tests build themselves: PDF, DOCX, ODT, EPUB, RTF, EML, HTML.

Every fixture is generated from text written for these tests, so the tests know exactly
which sentences must come out and which furniture must not.
"""

from __future__ import annotations

import random
import zipfile
from email.message import EmailMessage
from pathlib import Path

# An article written for the reader tests: a title, a byline, two sections.
TITLE = "Harbour Talks Resume After Ferry Collision"
BYLINE = "By Mara Lindqvist"
DATE = "12 March 2026"
SECTIONS = [
    (
        "",
        [
            "Negotiators from both port authorities met again on Tuesday, two weeks after a "
            "ferry collision closed the northern channel.",
            "The talks focus on who pays for the salvage and how traffic will be shared "
            "while the wreck is removed.",
        ],
    ),
    (
        "Salvage Costs",
        [
            "Engineers estimate that lifting the wreck will cost about forty million euros.",
            "The insurers of both vessels have asked for an independent survey before any "
            "payment is made.",
        ],
    ),
    (
        "Shipping Schedules",
        [
            "Freight operators say the closure has added a day to most crossings.",
            "A temporary timetable will be published on Friday if the talks succeed.",
        ],
    ),
]


def sentences() -> list[str]:
    """Return every body sentence of the test article, in order."""
    return [sentence for _, paragraph in SECTIONS for sentence in paragraph]


def long_text(count: int, seed: int = 0) -> str:
    """Return a long article of `count` sentences: the test article's words dealt anew."""
    chance = random.Random(seed)
    words = " ".join(sentences()).replace(".", "").split()
    paragraphs = []
    for start in range(0, count, 5):
        paragraph = [
            " ".join(chance.choices(words, k=chance.randint(12, 30))).capitalize() + "."
            for _ in range(min(5, count - start))
        ]
        paragraphs.append(" ".join(paragraph))
    return "\n\n".join([TITLE, *paragraphs]) + "\n"


def headings() -> list[str]:
    return [heading for heading, _ in SECTIONS if heading]


# ---------------------------------------------------------------- HTML


NAV = ["Home", "World", "Business", "Sport", "Weather", "Podcasts", "Subscribe"]
BOILERPLATE = [
    "We use cookies to improve your experience on our site.",
    "Most read: Celebrity chef opens floating restaurant",
    "Sign up for our morning newsletter and never miss a story.",
    "Copyright 2026 Harbour Gazette Media Group. All rights reserved.",
    "Comment from reader42: this is the worst port in the country.",
]


def article_html(with_boilerplate: bool = True) -> str:
    """Return a news page: the article wrapped in heavy page furniture."""
    body = []
    for heading, paragraph in SECTIONS:
        if heading:
            body.append(f"<h2>{heading}</h2>")
        body.append(f"<p>{' '.join(paragraph)}</p>")
    article = (
        f'<article><h1>{TITLE}</h1><p class="byline">{BYLINE}</p>'
        f'<time datetime="2026-03-12">{DATE}</time>{"".join(body)}</article>'
    )
    if not with_boilerplate:
        return f"<html><head><title>{TITLE}</title></head><body>{article}</body></html>"
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV)
    cookie, most_read, newsletter, footer, comment = BOILERPLATE
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | Harbour Gazette</title>
<meta name="author" content="Mara Lindqvist">
<meta property="article:published_time" content="2026-03-12T08:00:00Z">
<script>document.write("tracking pixel"); fetch("https://example.com/track");</script>
<style>body {{ font-family: sans-serif; }}</style>
<link rel="stylesheet" href="https://example.com/remote.css">
</head><body>
<div class="cookie-banner" id="cookie-consent"><p>{cookie}</p><button>Accept all</button></div>
<header><nav><ul>{nav}</ul></nav></header>
<main>{article}
<aside class="most-read"><h3>Most read</h3><ul><li>{most_read}</li></ul></aside>
<div class="newsletter"><p>{newsletter}</p></div>
<section class="comments" id="comments"><h3>Comments</h3><p>{comment}</p></section>
</main>
<footer><p>{footer}</p><nav><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></nav></footer>
<img src="https://example.com/ad.png">
<script>alert("ad")</script>
</body></html>"""


TEASERS = [
    "Fishermen in the southern bay say the new quotas will halve their catch this winter.",
    "The regional council approved a second bridge after a decade of delays and protests.",
]
COMMENTS = [
    "I have sailed that channel for thirty years and the port authority never listens to "
    "the people who actually work on the water every single day.",
    "My brother drives freight across the bay and says the delays are far worse than the "
    "officials admit in any of their statements this month.",
]


def bare_divs_html() -> str:
    """Return the article in a page of nested divs with meaningless class names only.

    Nothing marks the teasers, comments and prompts as furniture but where they sit.
    """
    body = "".join(
        (f"<h2>{heading}</h2>" if heading else "") + f"<p>{' '.join(paragraph)}</p>"
        for heading, paragraph in SECTIONS
    )
    teasers = "".join(
        f'<div class="x7"><a href="/s/{i}">{t}</a></div>' for i, t in enumerate(TEASERS)
    )
    comments = "".join(f'<div class="x9"><p>{c}</p></div>' for c in COMMENTS)
    return (
        f"<html><head><title>{TITLE}</title></head><body>"
        f'<div class="x1"><p>{BOILERPLATE[0]}</p></div>'
        f'<div class="x2"><div class="x3"><h1>{TITLE}</h1>{body}</div>'
        f'<div class="x4"><p>Read next</p>{teasers}</div>'
        f'<div class="x5"><p>{BOILERPLATE[2]}</p></div>'
        f'<div class="x6">{comments}</div></div>'
        f'<div class="x8"><p>{BOILERPLATE[3]}</p></div></body></html>'
    )


def stalling_html() -> str:
    """Return the article page with one paragraph repeated 40,000 times after it.

    trafilatura's duplicate filter takes minutes over it: a page to test the read time
    limit, Cancel and Ctrl+C with.
    """
    return article_html().replace("</main>", "<p>Filler line.</p>" * 40000 + "</main>")


def navigation_only_html() -> str:
    """Return a page that is nothing but menus and a footer."""
    links = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(40))
    return (
        "<html><head><title>Harbour Gazette</title></head><body>"
        f"<header><nav><ul>{links}</ul></nav></header>"
        "<footer><p>Copyright 2026 Harbour Gazette.</p></footer></body></html>"
    )


# ---------------------------------------------------------------- PDF


def make_pdf(
    path: Path, pages: list[list[str | tuple[str, int]]], header: str = "", numbered: bool = True
) -> Path:
    """Write a PDF whose pages hold exactly these lines, set one below the other.

    Each page gets the running `header` at the top and "Page N" at the bottom, the
    furniture a PDF reader must drop. An empty line leaves a paragraph gap; a line given
    as (text, size) is set in that pixel size instead of 11.
    """
    from PySide6.QtCore import QMarginsF, QPointF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    from briefer.render.pdf import _font_family, _gui_application

    _gui_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(0, 0, 0, 0))
    )
    painter = QPainter(writer)
    font = QFont(_font_family())
    font.setPixelSize(11)
    painter.setFont(font)
    for number, lines in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        if header:
            painter.drawText(QPointF(72, 40), header)
        y = 90.0
        for line in lines:
            text, size = line if isinstance(line, tuple) else (line, 11)
            font.setPixelSize(size)
            painter.setFont(font)
            if text:
                painter.drawText(QPointF(72, y), text)
            y += max(15, size * 1.4) if text else 22
        font.setPixelSize(11)
        painter.setFont(font)
        if numbered:
            painter.drawText(QPointF(280, 810), f"Page {number}")
    painter.end()
    return path


def make_image_pdf(path: Path) -> Path:
    """Write a PDF whose only page is a picture (what a scanner produces)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

    from briefer.render.pdf import _gui_application

    _gui_application()
    image = QImage(400, 300, QImage.Format_RGB32)
    image.fill(QColor("white"))
    scribble = QPainter(image)
    for row in range(20, 280, 14):
        scribble.fillRect(30, row, 340 - (row % 50), 6, QColor("black"))
    scribble.end()
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawImage(QRectF(0, 0, writer.width(), writer.height() / 2), image)
    painter.end()
    return path


# ---------------------------------------------------------------- DOCX, ODT, EPUB


def make_docx(path: Path) -> Path:
    """Write the test article as a Word document with title and heading styles."""
    import docx

    document = docx.Document()
    document.core_properties.title = TITLE
    document.core_properties.author = "Mara Lindqvist"
    document.add_heading(TITLE, level=0)
    document.add_paragraph(BYLINE)
    for heading, paragraph in SECTIONS:
        if heading:
            document.add_heading(heading, level=1)
        document.add_paragraph(" ".join(paragraph))
    document.add_paragraph("")
    document.save(str(path))
    return path


def make_odt(path: Path) -> Path:
    """Write the test article as an OpenDocument text, with a footnote in its first paragraph."""
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    blocks = [f'<text:p text:style-name="Title">{TITLE}</text:p>', f"<text:p>{BYLINE}</text:p>"]
    for index, (heading, paragraph) in enumerate(SECTIONS):
        if heading:
            blocks.append(f'<text:h text:outline-level="2">{heading}</text:h>')
        first, *rest = paragraph
        note = (
            '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
            "<text:note-body><text:p>A footnote the article does not need.</text:p>"
            "</text:note-body></text:note>"
        )
        words = first.replace(" ", "<text:s/>", 1) if index == 0 else first
        blocks.append(f"<text:p>{words}{note if index == 0 else ''} {' '.join(rest)}</text:p>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        f'xmlns:text="{text_ns}" office:version="1.3"><office:body><office:text>'
        + "".join(blocks)
        + "</office:text></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as document:
        document.writestr(
            "mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED
        )
        document.writestr("content.xml", content)
    return path


def make_epub(path: Path) -> Path:
    """Write the test article as a two-chapter EPUB (container, OPF spine, XHTML)."""
    chapters = [SECTIONS[:1], SECTIONS[1:]]
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container version="1.0" '
            'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>",
        )
        items = "".join(
            f'<item id="c{i}" href="text/c{i}.xhtml" media-type="application/xhtml+xml"/>'
            for i in range(len(chapters))
        )
        spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
        book.writestr(
            "OEBPS/book.opf",
            '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{TITLE}</dc:title><dc:creator>Mara Lindqvist</dc:creator>"
            f"<dc:date>2026-03-12</dc:date></metadata>"
            f"<manifest>{items}</manifest><spine>{spine}</spine>"
            "</package>",
        )
        for index, chapter in enumerate(chapters):
            body = "".join(
                (f"<h2>{heading}</h2>" if heading else "") + f"<p>{' '.join(paragraph)}</p>"
                for heading, paragraph in chapter
            )
            book.writestr(
                f"OEBPS/text/c{index}.xhtml",
                '<?xml version="1.0" encoding="utf-8"?>'
                '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Chapter</title></head>'
                f"<body>{body}</body></html>",
            )
    return path


def make_zip_bomb(path: Path, member: str, size: int = 2_000_000_000) -> Path:
    """Write a small zip that would expand to `size` bytes of zeros under `member`."""
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        bomb.writestr("[Content_Types].xml", "<Types/>")
        with bomb.open(member, "w", force_zip64=True) as stream:
            for _ in range(size // len(chunk)):
                stream.write(chunk)
    return path


# ---------------------------------------------------------------- RTF, EML


def article_rtf() -> str:
    """Return the test article as RTF, one \\par per paragraph."""
    paragraphs = [TITLE, BYLINE]
    for heading, paragraph in SECTIONS:
        if heading:
            paragraphs.append(heading)
        paragraphs.append(" ".join(paragraph))
    body = "".join(f"{{\\pard {paragraph}\\par}}\n" for paragraph in paragraphs)
    return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n" + body + "}"


def article_eml() -> bytes:
    """Return the test article sent as an e-mail with a plain and an HTML part."""
    message = EmailMessage()
    message["Subject"] = TITLE
    message["From"] = "Mara Lindqvist <mara@example.org>"
    message["To"] = "desk@example.org"
    message["Date"] = "Thu, 12 Mar 2026 08:00:00 +0000"
    plain = [BYLINE, ""]
    for heading, paragraph in SECTIONS:
        if heading:
            plain += [heading, ""]
        plain += [" ".join(paragraph), ""]
    message.set_content("\n".join(plain))
    message.add_alternative(article_html(with_boilerplate=False), subtype="html")
    return bytes(message)
