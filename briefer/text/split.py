"""Split an article's paragraphs into sentences with offline Punkt models.

Paragraph and heading boundaries come from the reader, so a heading is never glued to
the sentence after it. A quotation that runs over two sentences inside one pair of
quotation marks stays one sentence, so no point starts mid-quote. The dateline opening
an article ("(CNN)", "BRASÍLIA - ") is left out of its first sentence.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache

from briefer.article import Article
from briefer.progress import CheckFn, checked, never
from briefer.text.dateline import article_dateline
from briefer.text.languages import Language

MAX_MERGED_CHARS = 700
# Longer than this, a "sentence" is a text with no sentence end (a page of words on one
# line): it is cut at spaces into pieces this long at most, so that no later stage works
# on one sentence of megabytes. The longest sentences of real news are a few hundred.
MAX_SENTENCE_CHARS = 5_000

# Opening marks and the marks that close them; „…“ and „…” are German and Central
# European usage; ``…'' and ‘‘…’’ are the doubled marks of AP-style wire copy.
_AP_CLOSERS = ("''", "’’")
_QUOTE_PAIRS = {
    "“": ("”", *_AP_CLOSERS),
    "„": ("“", "”"),
    "«": ("»",),
    "»": ("«", "»"),
    '"': ('"',),
    "”": ("”",),
    "‘": ("’",),
    "‚": ("‘", "’"),
    "``": _AP_CLOSERS,
    "‘‘": _AP_CLOSERS,
}
_CLOSERS = {closer for closers in _QUOTE_PAIRS.values() for closer in closers}
# Doubled marks first, so that ’’ is read as one closing mark, not two apostrophes.
_QUOTE_MARK = re.compile(
    "|".join(
        re.escape(mark) for mark in sorted(set(_QUOTE_PAIRS) | _CLOSERS, key=len, reverse=True)
    )
)
_lock = threading.Lock()


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, located by character offsets into `Article.text`."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int  # ordinal of its paragraph in the article
    position: int  # ordinal within its paragraph
    section: str  # the article's own heading above it, or ""
    quote_fragment: bool = False  # starts inside a quotation that could not be merged


def split_sentences(article: Article, language: Language, check: CheckFn = never) -> list[Sentence]:
    """Return the sentences of every paragraph of the article, in order; `check()`,
    called every few dozen paragraphs, raises to stop the work."""
    tokenizer = _tokenizer(language.punkt_model, language.code)
    dateline = article_dateline(article)  # "(CNN)", "BRASÍLIA - ": no part of a sentence
    sentences: list[Sentence] = []
    section = ""
    paragraph = 0
    for block in checked(article.blocks, check):
        if block.kind == "heading":
            section = article.block_text(block)
            continue
        if block.kind != "paragraph":
            continue
        text = article.block_text(block)
        with _lock:  # the tokenizer keeps per-call state; share it safely between threads
            spans = list(tokenizer.span_tokenize(text))
        if language.code == "en":
            spans = _captions_apart(text, spans)
        pieces = [cut for span in _merge_quotes(text, spans) for cut in _cut_long(text, *span)]
        opening = len(dateline) if block.start == dateline.start else 0
        for position, (start, end, fragment) in enumerate(pieces):
            start, end = _trim(text, max(start, opening), end)
            if start >= end:
                continue
            sentences.append(
                Sentence(
                    index=len(sentences),
                    start=block.start + start,
                    end=block.start + end,
                    text=text[start:end],
                    paragraph=paragraph,
                    position=position,
                    section=section,
                    quote_fragment=fragment,
                )
            )
        paragraph += 1
    return sentences


# Abbreviations in Punkt's models that are also everyday words ending sentences
# ("fell ill.", "iron ore."): treated as words.
_WORDS_NOT_ABBREVIATIONS = {"en": {"ill", "wash", "ore"}}
# Abbreviations a borrowed model lacks: Slovak is split with the Czech model.
_MORE_ABBREVIATIONS = {
    "es": {"ee"},  # the spaced "EE. UU."
    "sk": {
        "napr",
        "tzv",
        "resp",
        "príp",
        "atď",
        "popr",
        "ods",
        "čl",
        "str",
        "tis",
        "mil",
        "mld",
        "p",
        "pp",
        "sv",
        "t.j",
        "t.z",
        "r",
        "č",
        "min",
        "max",
        "cca",
        "vyd",
    },
}


@cache
def _tokenizer(model: str, language: str):
    import dataclasses

    import punkt

    tokenizer = punkt.tokenizer_for(model, prefixes=True, line_breaks="ignore")
    words = _WORDS_NOT_ABBREVIATIONS.get(language, set())
    extra = _MORE_ABBREVIATIONS.get(language, set())
    if words or extra:
        params = tokenizer.params
        abbreviations = (params.abbrev_types - words) | extra
        params = dataclasses.replace(params, abbrev_types=abbreviations)
        tokenizer = punkt.PunktSentenceTokenizer(params, rules=tokenizer.rules)
    return tokenizer


def _reattach_closers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Give a closing quotation mark that starts a span back to the sentence it closes.

    Punkt knows „…“ poorly: it splits `enden.“ Dann` before the “.
    """
    fixed: list[tuple[int, int]] = []
    stack: list[str] = []
    for start, end in spans:
        closer = _closer_at(text, start, stack) if fixed else ""
        cut = start + len(closer)
        if closer and (cut == end or text[cut].isspace()):
            fixed[-1] = (fixed[-1][0], cut)
            stack = _quote_state(text[start:cut], stack)
            start = cut
        stack = _quote_state(text[start:end], stack)
        if text[start:end].strip():
            fixed.append((start, end))
    return fixed


def _closer_at(text: str, start: int, stack: list[str]) -> str:
    """Return the mark at `start` that closes the innermost open quotation, or ""."""
    if not stack:
        return ""
    closers = sorted(_QUOTE_PAIRS[stack[-1]], key=len, reverse=True)
    return next((c for c in closers if text.startswith(c, start)), "")


def _join_continuations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a span that cannot start a sentence to the one before it.

    Punkt splits after an abbreviation it does not know ("the E.U. are", "the E.U.'s");
    a sentence never starts with a lower-case letter or a possessive 's.
    """
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        head = text[start:end].lstrip(" \t\n\"“”'‘’«»„`([")
        continues = head[:1].islower() or text[start:end].startswith(("'s", "’s"))
        if joined and continues:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _merge_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Join sentences that sit inside one open quotation; flag what could not be joined."""
    spans = _reattach_closers(text, _join_continuations(text, spans))
    merged: list[tuple[int, int, bool]] = []
    stack: list[str] = []
    for start, end in spans:
        inside = bool(stack)
        stack = _quote_state(text[start:end], stack)
        if inside and merged and not merged[-1][2] and end - merged[-1][0] <= MAX_MERGED_CHARS:
            merged[-1] = (merged[-1][0], end, False)
        else:
            merged.append((start, end, inside))
    return merged


def _quote_state(sentence: str, stack: list[str]) -> list[str]:
    """Return the quotation marks still open after reading the sentence.

    ” and » close a quotation when one is open. With none open they open one only
    where a quotation can start (at the start or after a space or bracket), as in
    Swedish ”…” and »…»; elsewhere they are stray closing marks. Single quotes ‘…’
    are tracked too; a ’ inside a word is an apostrophe. The doubled marks of wire
    copy are one mark each: `` and ‘‘ open, '' and ’’ close.
    """
    stack = list(stack)
    for match in _QUOTE_MARK.finditer(sentence):
        ch = match.group()
        after = sentence[match.end() : match.end() + 1]
        if ch == "’" and (not stack or stack[-1] != "‘" or after.isalpha()):
            continue  # an apostrophe ("Kremlin’s", "auto’s"), not a closing quote
        if stack and ch in _QUOTE_PAIRS[stack[-1]]:
            stack.pop()
        elif ch in "”»":
            before = sentence[match.start() - 1] if match.start() else " "
            if before.isspace() or before in "([—–-":
                stack.append(ch)
        elif ch in _QUOTE_PAIRS:
            stack.append(ch)
    return stack[-3:]


_SPACE = re.compile(r"\s")


# A photo caption run into the text around it, as news sites' text often comes: a short
# label with a colon opens it right after a word with no stop ("…to pay its bills
# Slow response: People took to Weibo…", "…on their skin Her own biggest fan: Founder…").
_CAPTION_LABEL = re.compile(
    r"(?<=[a-z0-9)])[ ]+(?=(?P<label>[A-Z‘'“][\w'’‘-]*(?: [\w'’‘-]+){0,4}):[ ]+[A-Z‘'“\"])"
)
# Words after which a colon opens a title or a quotation, not a caption ("featured in
# Frida Kahlo: The Photographs"), and words that make the label a speaker ("Mr Cameron
# said: 'This…").
_BEFORE_TITLES = frozenset(
    "in of on the a an by for with from to at as and or called titled named entitled"
    " including like about".split()
)
_SPEECH = frozenset(
    "said says told added explained wrote writes stated insisted warned declared"
    " continued revealed tweeted posted commented replied asked admitted claimed"
    " announced noted".split()
)


def _captions_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut each span where a caption's label opens inside it (English news)."""
    cut: list[tuple[int, int]] = []
    for start, end in spans:
        for match in _CAPTION_LABEL.finditer(text, start, end):
            before = text[start : match.start()].split()
            label = match.group("label").lower().split()
            last = before[-1] if before else ""
            # after a capitalised word, the label may be the end of a name ("Frida Kahlo:")
            if last[:1].islower() and last not in _BEFORE_TITLES and not _SPEECH & set(label):
                cut.append((start, match.start()))
                start = match.end()
        cut.append((start, end))
    return cut


def _cut_long(text: str, start: int, end: int, fragment: bool) -> list[tuple[int, int, bool]]:
    """Cut a span longer than MAX_SENTENCE_CHARS at the last space before each limit
    (anywhere, when there is none)."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut, fragment))
        start = cut
    pieces.append((start, end, fragment))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and _SPACE.match(text[start]):
        start += 1
    while end > start and _SPACE.match(text[end - 1]):
        end -= 1
    return start, end
