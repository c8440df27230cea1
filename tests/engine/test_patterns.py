"""Every pattern that meets untrusted text stays near-linear on input built to make it
backtrack: long runs of its own markers, with and without the character that ends them.

Each module-level pattern of the engine (and of the editor's highlighter) is searched in
a few thousand such strings; the slowest are then timed again on 100 KB, where a
quadratic pattern takes minutes and a linear one milliseconds.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import re
import time

import pytest

import briefer
from briefer.read.lines import is_page_furniture
from briefer.read.markdown_text import read_markdown, strip_inline
from briefer.read.plain import read_plain
from briefer.read.sniff import sniff

BOUND = 2.0  # seconds, generous: a linear pattern needs a few milliseconds
SMALL, LARGE = 2000, 100_000


def _modules() -> list:
    names = [
        info.name
        for info in pkgutil.walk_packages(briefer.__path__, "briefer.")
        if not info.name.startswith("briefer.app") and info.name != "briefer.__main__"
    ]
    if importlib.util.find_spec("PySide6") is not None:
        names.append("briefer.app.highlighter")
    return [importlib.import_module(name) for name in names]


def _patterns_in(value):
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _patterns_in(item)


def engine_patterns() -> dict[str, re.Pattern]:
    """Return every compiled pattern held at module level, by where it lives."""
    found: dict[str, re.Pattern] = {}
    seen: set[int] = set()
    for module in _modules():
        for name, value in vars(module).items():
            for number, pattern in enumerate(_patterns_in(value)):
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    found[f"{module.__name__}.{name}[{number}]"] = pattern
    return found


def pieces(pattern: re.Pattern) -> list[str]:
    """Return pieces to repeat: the pattern's own punctuation and words, in a few mixes."""
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode()
    marks = {ch for ch in source if not ch.isalnum()} | {"a", "A", "1", " ", "\n"}
    words = re.findall(r"[A-Za-z]{2,}", source)[:20]
    found = [form for ch in sorted(marks) for form in (ch, ch + " ", ch + "a", ch * 2 + "a ")]
    return found + [w + form for w in words for form in (" ", ": ", ".")]


def attacks(pattern: re.Pattern, size: int) -> list[str | bytes]:
    """Return adversarial strings of about `size` characters for a pattern."""
    texts = [
        prefix + piece * (size // len(piece)) + tail
        for piece in pieces(pattern)
        for prefix in ("", "Photo: ")
        for tail in ("", "!", "\x00")
    ]
    texts += [
        "<!--x-->" * (size // 8) + "x",
        "[a](" * (size // 4),
        "![a](" * (size // 5),
        "<http://" * (size // 8),
        "**a " * (size // 4),
        "# a" + " " * size + "b",
        ". " * (size // 2) + "x",
    ]
    if isinstance(pattern.pattern, bytes):
        return [text.encode("utf-8") for text in texts]
    return texts


def _seconds(pattern: re.Pattern, text) -> float:
    started = time.perf_counter()
    pattern.search(text)
    return time.perf_counter() - started


PATTERNS = engine_patterns()


def test_the_patterns_are_found():
    assert len(PATTERNS) > 40
    assert any(name.startswith("briefer.read.lines._CAPTION") for name in PATTERNS)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_pattern_backtracks_on_hostile_text(name):
    pattern = PATTERNS[name]
    small = attacks(pattern, SMALL)
    timed = sorted(range(len(small)), key=lambda i: _seconds(pattern, small[i]))
    large = attacks(pattern, LARGE)
    for index in timed[-3:]:
        took = _seconds(pattern, large[index])
        assert took < BOUND, f"{name} took {took:.1f} s on {large[index][:40]!r}..."


def _timed(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started


def test_a_long_photo_credit_is_read_at_once():
    line = "Photo: " + "A" * 400 + "!"
    assert _timed(is_page_furniture, line) < BOUND
    assert is_page_furniture("Photo: Jane Doe/Reuters")
    assert not is_page_furniture(line)


def test_markdown_of_200_kb_of_markers_is_read_at_once():
    text = "**a " * 50_000
    assert _timed(strip_inline, text) < BOUND
    assert _timed(read_markdown, text + "\n\nA closing sentence of the article.\n") < BOUND
    for text in ("[a](" * 50_000, "<http://" * 25_000, "# a" + " " * 200_000 + "b"):
        assert _timed(read_markdown, text) < BOUND


def test_markdown_still_loses_its_markup():
    assert strip_inline("**Kyiv** said *it* would, see [the talks](https://e.org/a_(b)).") == (
        "Kyiv said it would, see the talks."
    )
    assert strip_inline("**strong *and emphasised* text** and ~~struck~~") == (
        "strong and emphasised text and struck"
    )
    article = read_markdown("# Title ##\n\nOne sentence here.\n")
    assert article.title == "Title"


def test_plain_text_and_sniffing_of_hostile_text_are_quick():
    assert _timed(read_plain, "Photo: " + "A" * 400 + "!\n\n" + "a " * 100_000, None) < BOUND
    assert _timed(sniff, b"<!--x-->" * 5000 + b"<p>") < BOUND
