"""Read HTML: a web page's article body, or every heading and paragraph of clean XHTML.

Web pages go through trafilatura, which finds the main text and leaves navigation, cookie
banners, "most read" boxes, comments and footers behind; it parses bytes and never
fetches anything, and no script on the page runs. EPUB chapters and e-mail bodies have no
such furniture, so they are walked element by element instead.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from briefer.article import Article
from briefer.errors import InputError
from briefer.read.assemble import Draft

# trafilatura and its helpers log what they discard; Briefer reports its own errors.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = {"p", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td", "th"}
_CONTAINERS = {"div", "section", "article", "main", "body", "span", "blockquote", "quote"}
_BLOCK_TAGS = _HEADINGS | _CONTAINERS | {"head", "p", "list", "ul", "ol", "dl", "table", "pre"}
_SKIPPED = {"script", "style", "noscript", "template", "head", "nav", "svg", "math"}


def read_html(data: bytes, path: Path | None = None) -> Article:
    """Return the article of a web page, or raise InputError when the page has none."""
    root = parse_markup(data, path)  # the page as it is, for the link share and the container
    document = _extract(data, root, path)
    if document is None or document.body is None:
        raise InputError(_no_article(), path)
    draft = Draft(path, "html", title=_without_site_name(document.title or ""))
    draft.byline = f"By {document.author}" if document.author else ""
    draft.date = document.date or ""
    for element in document.body:
        _add_extracted(draft, element)
    draft.parts = within_article(draft.parts, root)
    if not draft.has_text():
        raise InputError(_no_article(), path)
    return draft.article()


def _extract(data: bytes, root, path: Path | None):
    """Run trafilatura: precise first, then, unless the page is all links, less strictly.

    The precise pass keeps boilerplate out; on some pages it finds nothing or little, and
    the default pass recovers the article. A page made mostly of links is a menu.
    """
    import trafilatura

    options = dict(
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        as_dict=False,
        config=_config(),
    )
    try:
        document = trafilatura.bare_extraction(data, favor_precision=True, **options)
        if document is None or len(document.text or "") < 300:
            if link_share(root) > 0.5:
                return None
            document = trafilatura.bare_extraction(data, **options) or document
    except (ValueError, TypeError, RecursionError) as error:
        raise InputError(f"damaged HTML page ({error})", path) from None
    return document


@cache
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")  # no dates guessed from the prose
    return config


_VISIBLE = "[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"


def link_share(root) -> float:
    """Return the share of a page's visible words that sit inside links."""
    words = sum(len(text.split()) for text in root.xpath(f"//text(){_VISIBLE}"))
    linked = sum(len(text.split()) for text in root.xpath(f"//a//text(){_VISIBLE}"))
    return linked / words if words else 1.0


def within_article(parts: list[tuple[str, str]], root) -> list[tuple[str, str]]:
    """Keep the extracted blocks that sit in the same container as the article's title.

    With no class names or semantic tags to go by (pages of bare divs), the extractor
    keeps teasers, comments and prompts beside the article. The container is the
    title's nearest ancestor in the page that holds at least half the extracted text.
    Blocks found outside it are dropped, unless that would drop more than half the text,
    when the guess is taken to be wrong and every block is kept.
    """
    index: dict[str, object] = {}
    for element in root.iter(*_HEADINGS, *_BLOCKS, "div"):
        index.setdefault(_key(element.text_content()), element)
    found = [index.get(_key(text)) for _, text in parts]
    title = next(
        (e for (kind, _), e in zip(parts, found) if kind == "title" and e is not None),
        root.find(".//h1"),
    )
    container = _container(parts, found, title)
    if container is None:
        return parts
    lineage = [None if e is None else {e, *e.iterancestors()} for e in found]
    kept = [part for part, line in zip(parts, lineage) if line is None or container in line]
    if sum(len(t) for _, t in kept) < sum(len(t) for _, t in parts) / 2:
        return parts
    return kept


def _container(parts: list[tuple[str, str]], found: list, title):
    """Return the title's nearest ancestor holding half the located text, or None."""
    total = sum(len(text) for (_, text), e in zip(parts, found) if e is not None)
    if title is None or not total:
        return None
    located = [
        (len(text), {e, *e.iterancestors()}) for (_, text), e in zip(parts, found) if e is not None
    ]
    for ancestor in title.iterancestors():
        if sum(size for size, line in located if ancestor in line) >= total / 2:
            return ancestor
    return None


def _key(text: str) -> str:
    return " ".join(text.split())[:60]


def read_markup(markup: bytes | str, path: Path | None = None, fmt: str = "html") -> Draft:
    """Return every heading and paragraph of a clean (X)HTML document, in order."""
    root = parse_markup(markup, path)
    draft = Draft(path, fmt)
    title = root.find(".//title")
    draft.title = (title.text or "").strip() if title is not None else ""
    walk_markup(root, draft)
    return draft


def parse_markup(markup: bytes | str, path: Path | None = None):
    """Parse (X)HTML leniently into an lxml tree; no network, no entities from outside."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(remove_comments=True, no_network=True, recover=True)
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        raise InputError(f"damaged HTML ({error})", path) from None
    return root


def walk_markup(root, draft: Draft) -> None:
    """Add the headings and paragraphs under `root` to `draft`, in document order."""
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIPPED or _inside(element, _SKIPPED | _HEADINGS | _BLOCKS):
            continue
        if tag in _HEADINGS:
            draft.add("heading", element.text_content())
        elif tag in _BLOCKS:
            draft.add("paragraph", element.text_content())
        elif tag in ("div", "section", "article", "body") and (element.text or "").strip():
            draft.add("paragraph", element.text)


def _inside(element, tags: set[str]) -> bool:
    return any(parent.tag in tags for parent in element.iterancestors())


def _add_extracted(draft: Draft, element) -> None:
    """Add one element of trafilatura's output tree, and what it holds.

    The tree is mostly trafilatura's own (head, p, list, quote), but on some pages it
    keeps the page's containers and tags (div, h2, ul), which are walked through.
    """
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "head" or tag in _HEADINGS:
        level = element.get("rend", tag if tag in _HEADINGS else "h2")
        kind = "title" if level == "h1" and not draft.parts else "heading"
        draft.add(kind, _text(element))
    elif tag in ("list", "ul", "ol", "dl"):
        for item in element.iter("item", "li", "dd"):
            draft.add("paragraph", _text(item))
    elif tag in _CONTAINERS and any(child.tag in _BLOCK_TAGS for child in element):
        draft.add("paragraph", element.text or "")
        for child in element:
            _add_extracted(draft, child)
            draft.add("paragraph", child.tail or "")
    elif tag not in ("table", "graphic", "img", "figure"):
        draft.add("paragraph", _text(element))


def _text(element) -> str:
    """Return an element's words, a line break read as a space."""
    return " ".join(part for part in element.itertext())


def _without_site_name(title: str) -> str:
    """Drop a short trailing " | Section" or " | Site" from a page title."""
    head, _, tail = title.rpartition(" | ")
    return head.strip() if head.strip() and len(tail.split()) <= 3 else title


def _no_article() -> str:
    return "no article text found on this page (only navigation, links or page furniture)"
