"""Keep only inert HTML: an allowlist of text tags, links to safe schemes, no resources.

The Markdown of a brief may hold what a user typed, raw HTML included. Before it is
shown in the preview, exported or laid out as a PDF, it is rebuilt from parsed tokens:
scripts, styles, images, frames, forms, event handlers and every attribute but a few
are dropped, so nothing runs and nothing is fetched.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

ALLOWED_TAGS = frozenset(
    "a b blockquote br code del em h1 h2 h3 h4 h5 h6 hr i li ol p pre s strong sub sup"
    " table tbody td th thead tr ul".split()
)
VOID_TAGS = frozenset({"br", "hr"})
# Elements whose content is not text for a reader: dropped with everything inside.
DROPPED_WITH_CONTENT = frozenset(
    "script style template textarea title iframe object embed noscript svg math select".split()
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "td": {"align"}, "th": {"align"}}
_SAFE_URL = re.compile(r"(?i)\A(https?://|mailto:|#)[^\s\x00-\x1f\x7f-\x9f]*\Z")


def sanitize_html(markup: str) -> str:
    """Return the markup with only allowlisted tags and attributes; text kept, escaped."""
    cleaner = _Cleaner()
    cleaner.feed(markup)
    cleaner.close()
    return cleaner.result()


def safe_url(url: str) -> bool:
    """Tell whether a link target is http(s), mailto or a fragment of the same page."""
    return bool(_SAFE_URL.match(url.strip()))


class _Cleaner(HTMLParser):
    """Rebuild markup from tokens, keeping the allowlist only."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._out: list[str] = []
        self._dropping: list[str] = []

    def result(self) -> str:
        return "".join(self._out)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._dropping or tag in DROPPED_WITH_CONTENT:
            if tag in DROPPED_WITH_CONTENT:
                self._dropping.append(tag)
            return
        if tag in ALLOWED_TAGS:
            self._out.append(f"<{tag}{_attributes(tag, attrs)}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._dropping and tag in ALLOWED_TAGS:
            self._out.append(f"<{tag}{_attributes(tag, attrs)}>")

    def handle_endtag(self, tag: str) -> None:
        if self._dropping:
            if tag == self._dropping[-1]:
                self._dropping.pop()
            return
        if tag in ALLOWED_TAGS and tag not in VOID_TAGS:
            self._out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            self._out.append(html.escape(data, quote=False))


def _attributes(tag: str, attrs: list[tuple[str, str | None]]) -> str:
    """Return the allowed attributes of a tag, values escaped; unsafe links left out."""
    allowed = ALLOWED_ATTRIBUTES.get(tag, set())
    kept = []
    for name, value in attrs:
        if name not in allowed or value is None:
            continue
        if name == "href" and not safe_url(value):
            continue
        if name == "start" and not value.isdigit():
            continue
        kept.append(f' {name}="{html.escape(value, quote=True)}"')
    return "".join(kept)
