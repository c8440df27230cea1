"""Reader benchmark: how fast each reader is, and what PDF and HTML extraction recovers.

Usage: python benchmarks/readers.py

Every document is generated here from the benchmark articles (benchmarks/data/news,
CC0, written for Briefer), so the true text is known:

- PDFs set each article in hard-wrapped lines, hyphenating long words at line ends,
  under a running head and over a "Page N" foot, with the title in a larger size.
- Web pages wrap each article in page furniture: a menu, a cookie banner, a "most read"
  box holding headlines and first sentences of other articles, a newsletter prompt,
  readers' comments and a footer.

For PDFs, Briefer's reader is compared with the plain text layers of pypdf and of pdfium;
for web pages with breadability (the extractor sumy's HtmlParser uses) and with all the
page's text. "Sentences whole" is the share of the article's sentences found, word for
word, in what the reader returns; "furniture left" counts the furniture strings that
came through.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

HEAD = "The Briefer Benchmark Gazette - Weekly Edition"
LINE_WIDTH = 82
PAGE_LINES = 40


def articles() -> list[dict]:
    return [json.loads(p.read_text("utf-8")) for p in sorted((HERE / "data/news").glob("*.json"))]


def body_paragraphs(article: dict) -> list[str]:
    """Return the article's paragraphs after its title, byline and date lines."""
    from briefer.read.lines import is_byline, is_date_stamp

    paragraphs = [p.strip() for p in article["text"].split("\n\n") if p.strip()]
    return [p for p in paragraphs[1:] if not (is_byline(p) or is_date_stamp(p))]


def sentences(paragraphs: list[str]) -> list[str]:
    from briefer.read.plain import read_plain
    from briefer.text.languages import get_language
    from briefer.text.split import split_sentences

    article = read_plain("\n\n".join(paragraphs))
    return [s.text for s in split_sentences(article, get_language("en")) if len(s.text) > 30]


def squeeze(text: str) -> str:
    return " ".join(text.split())


def whole_share(expected: list[str], text: str) -> float:
    flat = squeeze(text)
    return sum(squeeze(s) in flat for s in expected) / max(len(expected), 1)


# ---------------------------------------------------------------- PDF


def wrap(paragraph: str) -> list[str]:
    """Hard-wrap a paragraph, hyphenating a long plain word that crosses the margin."""
    lines, line = [], ""
    for word in paragraph.split():
        if len(line) + 1 + len(word) <= LINE_WIDTH or not line:
            line = f"{line} {word}".strip()
            continue
        room = LINE_WIDTH - len(line) - 2
        if word.isalpha() and len(word) >= 8 and room >= 3:
            cut = min(room, len(word) - 3)
            lines.append(f"{line} {word[:cut]}-")
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    return [*lines, line]


def pdf_pages(article: dict) -> list[list]:
    lines: list = [(article["title"], 16), ""]
    for paragraph in body_paragraphs(article):
        lines += [*wrap(paragraph), ""]
    return [lines[i : i + PAGE_LINES] for i in range(0, len(lines), PAGE_LINES)]


def pypdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def pdfium_text(path: Path) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    return text.replace("\ufffe", "-").replace("\x02", "-")


def briefer_pdf_text(path: Path) -> str:
    from briefer.read.formats import parse_document

    return parse_document("pdf", path.read_bytes(), path).text


def compare_pdf(folder: Path, items: list[dict]) -> None:
    from tests.documents import make_pdf

    readers = {
        "Briefer (pdfium + repair)": briefer_pdf_text,
        "pdfium text layer": pdfium_text,
        "pypdf text layer": pypdf_text,
    }
    totals = {name: [[], 0, 0, 0.0] for name in readers}
    pages = 0
    for index, article in enumerate(items):
        layout = pdf_pages(article)
        pages += len(layout)
        path = make_pdf(folder / f"a{index}.pdf", layout, header=HEAD)
        expected = sentences(body_paragraphs(article))
        for name, reader in readers.items():
            started = time.perf_counter()
            text = reader(path)
            totals[name][3] += time.perf_counter() - started
            totals[name][0].append(whole_share(expected, text))
            flat = squeeze(text)
            totals[name][1] += flat.count(HEAD)
            totals[name][2] += len(re.findall(r"\bPage \d+\b", flat))
    print(f"\nPDF: {len(items)} articles, {pages} pages, running head and page numbers")
    print(
        f"{'reader':28s} {'sentences whole':>16s} {'heads left':>11s} {'page nos left':>14s}"
        f" {'ms/page':>8s}"
    )
    for name, (shares, heads, numbers, seconds) in totals.items():
        print(
            f"{name:28s} {100 * statistics.mean(shares):15.1f}% {heads:11d} {numbers:14d}"
            f" {1000 * seconds / pages:8.1f}"
        )


# ---------------------------------------------------------------- HTML


def page(article: dict, others: list[dict], semantic: bool) -> tuple[str, list[str]]:
    """Return a web page around the article, and the furniture strings it holds.

    A semantic page marks its parts (article, nav, aside, footer); the other kind is
    nothing but nested divs with neutral class names, as many older sites are.
    """
    from html import escape

    menu = [f"Section {name}" for name in ("World", "Politics", "Business", "Climate", "Sport")]
    teasers = [sentences(body_paragraphs(o))[0] for o in others]
    comments = [
        "Reader comment: I have followed this story for years and the officials quoted "
        "here have said the same thing every single time, which tells you everything.",
        "Reader comment: My cousin lives two streets from there and says the situation "
        "is far worse than anything the ministry has admitted so far this week.",
    ]
    furniture = [
        "We use cookies to personalise content and to analyse our traffic.",
        "Get the morning briefing in your inbox every weekday.",
        "Copyright 2025 Benchmark Gazette Ltd. All rights reserved.",
        *menu,
        *[o["title"] for o in others],
        *teasers,
        *comments,
    ]
    tag = (lambda name, css: name) if semantic else (lambda name, css: f'div class="{css}"')
    end = (lambda name: name) if semantic else (lambda name: "div")
    body = "".join(f"<p>{escape(p)}</p>" for p in body_paragraphs(article))
    links = "".join(f'<li><a href="/s/{i}">{escape(m)}</a></li>' for i, m in enumerate(menu))
    most_read = "".join(
        f'<li><a href="/story/{i}"><h4>{escape(o["title"])}</h4></a><p>{escape(teaser)}</p></li>'
        for i, (o, teaser) in enumerate(zip(others, teasers))
    )
    opinions = "".join(f"<p>{escape(c)}</p>" for c in comments)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{escape(article["title"])} | Benchmark Gazette</title></head><body>
<div class="c1"><p>{furniture[0]}</p><button>Accept</button></div>
<{tag("nav", "c2")}><ul>{links}</ul></{end("nav")}>
<div class="c3"><{tag("article", "c4")}><h1>{escape(article["title"])}</h1>{body}
</{end("article")}>
<{tag("aside", "c5")}><h3>Most read</h3><ul>{most_read}</ul></{end("aside")}>
<div class="c6"><p>{furniture[1]}</p><input type="email"></div>
<div class="c7"><h3>Comments</h3>{opinions}</div></div>
<{tag("footer", "c8")}><p>{furniture[2]}</p></{end("footer")}></body></html>"""
    return html, furniture


def breadability_text(html: str) -> str:
    import lxml.html
    from breadability.readable import Article

    return lxml.html.fromstring(Article(html).readable).text_content()


def all_text(html: str) -> str:
    import lxml.html

    root = lxml.html.fromstring(html)
    for element in root.iter("script", "style"):
        element.drop_tree()
    return root.text_content()


def briefer_html_text(html: str) -> str:
    from briefer.read.formats import parse_document

    return parse_document("html", html.encode("utf-8"), "page.html").text


def compare_html(items: list[dict]) -> None:
    readers = {
        "Briefer (trafilatura)": briefer_html_text,
        "breadability (sumy's)": breadability_text,
        "all the page's text": all_text,
    }
    totals = {name: [[], 0, 0.0] for name in readers}
    furniture_count = 0
    for index, article in enumerate(items):
        others = [items[(index + step) % len(items)] for step in (1, 2, 3)]
        html, furniture = page(article, others, semantic=index % 2 == 0)
        furniture_count += len(furniture)
        expected = sentences(body_paragraphs(article))
        for name, reader in readers.items():
            started = time.perf_counter()
            try:
                text = reader(html)
            except Exception:  # noqa: BLE001 - a reader that fails recovers nothing
                text = ""
            totals[name][2] += time.perf_counter() - started
            totals[name][0].append(whole_share(expected, text))
            flat = squeeze(text)
            totals[name][1] += sum(squeeze(f) in flat for f in furniture)
    print(f"\nWeb pages: {len(items)} articles, {furniture_count} furniture strings in all")
    print(f"{'reader':28s} {'sentences whole':>16s} {'furniture left':>15s} {'ms/page':>8s}")
    for name, (shares, leaked, seconds) in totals.items():
        print(
            f"{name:28s} {100 * statistics.mean(shares):15.1f}% {leaked:15d}"
            f" {1000 * seconds / len(items):8.1f}"
        )


# ---------------------------------------------------------------- speed


def speed(folder: Path, items: list[dict]) -> None:
    """Time each format through read_article: the reader process cold, then warm."""
    from briefer.read import isolate, read_article
    from tests import documents

    paragraphs = [p for a in items for p in body_paragraphs(a)]
    text = "\n\n".join(paragraphs)
    files = {
        "txt": folder / "all.txt",
        "html": folder / "all.html",
        "docx": folder / "all.docx",
        "epub": folder / "all.epub",
        "pdf": folder / "all.pdf",
    }
    files["txt"].write_text(text, encoding="utf-8")
    files["html"].write_text(
        "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article>"
        "</body></html>",
        encoding="utf-8",
    )
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(files["docx"]))
    write_epub(files["epub"], [body_paragraphs(a) for a in items])
    lines = [line for p in paragraphs for line in [*wrap(p), ""]]
    pages = [lines[i : i + PAGE_LINES] for i in range(0, len(lines), PAGE_LINES)]
    documents.make_pdf(files["pdf"], pages, header=HEAD)
    words = len(text.split())
    print(
        f"\nSpeed: the {len(items)} articles as one document, {words:,} words "
        f"({len(pages)} PDF pages)"
    )
    print(f"{'format':8s} {'first file (starts the reader)':>31s} {'next files':>11s}")
    for name, path in files.items():
        isolate.shutdown()
        started = time.perf_counter()
        read_article(path)
        cold = time.perf_counter() - started
        warm = []
        for _ in range(3):
            started = time.perf_counter()
            read_article(path)
            warm.append(time.perf_counter() - started)
        print(f"{name:8s} {1000 * cold:28.0f} ms {1000 * min(warm):8.0f} ms")


def write_epub(path: Path, chapters: list[list[str]]) -> None:
    """Write an EPUB with one XHTML chapter per list of paragraphs, in spine order."""
    import zipfile
    from html import escape

    ids = [f"c{i}" for i in range(len(chapters))]
    manifest = "".join(
        f'<item id="{i}" href="{i}.xhtml" media-type="application/xhtml+xml"/>' for i in ids
    )
    spine = "".join(f'<itemref idref="{i}"/>' for i in ids)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container version="1.0" '
            'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="book.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>",
        )
        book.writestr(
            "book.opf",
            '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
            "<dc:title>The benchmark articles</dc:title></metadata>"
            f"<manifest>{manifest}</manifest><spine>{spine}</spine></package>",
        )
        for name, paragraphs in zip(ids, chapters):
            body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
            book.writestr(
                f"{name}.xhtml",
                '<?xml version="1.0" encoding="utf-8"?>'
                '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Chapter</title>'
                f"</head><body>{body}</body></html>",
            )


def main() -> None:
    from briefer.render.pdf import _gui_application

    _gui_application()
    items = articles()
    with tempfile.TemporaryDirectory() as folder:
        speed(Path(folder), items)
        compare_pdf(Path(folder), items)
    compare_html(items)


if __name__ == "__main__":
    main()
