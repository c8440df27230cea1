"""Datelines: the place and news agency that open a wire story, before its first sentence.

"(CNN)Sofia Vergara's ex-fiance ...", "New Delhi, India (CNN)As the earth shook ...",
"WASHINGTON (Reuters) - The ...", "BRASÍLIA - Pressionados pelos ...": the dateline
says where the story was filed and who filed it, and is no part of the sentence it is
printed against, so no point, bottom line or title made from the lead opens with it.

Only the opening of a paragraph is read, and only a credit the sentence's own start
follows: "The All Progressives Congress (APC) won ..." names a party, not an agency.
"""

from __future__ import annotations

import re

from briefer.article import Article

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"  # capitals of the Latin scripts the splitter reads
_SENTENCE_START = rf"(?=[{_UPPER}0-9\"“„«‘'])"
_DASH = r"[-—–]{1,2}"
# Every run is bounded, so that no text, however hostile, makes a search backtrack long.
# A place, perhaps with its country or a date: "Boston", "New Delhi, India", "LONDON, March 3"
_PLACE = rf"[{_UPPER}][\w.'’-]{{0,30}}(?:,? [{_UPPER}0-9][\w.'’-]{{0,30}}){{0,5}},?"
# An agency's name in brackets, a dash after it or the sentence right against it
_AGENCY = rf"\([{_UPPER}][\w.&'’ -]{{1,30}}\)(?: {{0,3}}{_DASH} {{0,3}}|(?=\S))"
# A place in capitals (and its state) and a dash, the way Brazilian and French papers file
_CAPITAL_WORDS = rf"[{_UPPER}][{_UPPER}'’.]{{2,30}}(?: [{_UPPER}][{_UPPER}'’.-]{{1,30}}){{0,3}}"
_STATE = rf"(?:, [{_UPPER}]{{2}})?"  # "OSASCO, SP - "
_CAPITAL_PLACE = rf"{_CAPITAL_WORDS}{_STATE} {{1,3}}{_DASH} +"
_DATELINE = re.compile(rf"(?:(?:{_PLACE} )?{_AGENCY}|{_CAPITAL_PLACE}){_SENTENCE_START}")


def dateline_end(paragraph: str) -> int:
    """Return where the dateline opening a paragraph ends (0 when there is none)."""
    match = _DATELINE.match(paragraph)
    return match.end() if match else 0


def article_dateline(article: Article) -> range:
    """Return the span of the dateline opening the article's first paragraph, in its
    text: empty, at the paragraph's start, when there is none (and at 0 when the
    article has no paragraph)."""
    first = next((b for b in article.blocks if b.kind == "paragraph"), None)
    if first is None:
        return range(0)
    return range(first.start, first.start + dateline_end(article.block_text(first)))
