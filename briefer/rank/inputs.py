"""Build the RankDocument for one or several articles' sentences."""

from __future__ import annotations

from collections.abc import Sequence

from briefer.article import Article
from briefer.progress import CheckFn, checked, never
from briefer.rank.document import RankDocument
from briefer.text.leaning import opens_with_quote
from briefer.text.split import Sentence
from briefer.text.words import Lexicon, normal_words

# Words that mark page furniture or hedged filler rather than news (Edmundson's stigma).
STIGMA_WORDS = {
    "en": frozenset(
        "click subscribe newsletter advertisement cookie cookies copyright photo pictured "
        "caption share follow sign perhaps hardly".split()
    ),
}


def rank_document(
    parts: Sequence[tuple[Article, list[Sentence]]],
    lexicon: Lexicon,
    bonus_words: frozenset[str] = frozenset(),
    check: CheckFn = never,
) -> RankDocument:
    """Return the RankDocument for the sentences of several articles, in order.

    Paragraph numbers run on from one article to the next; each article's title and
    section headings are attached to the paragraph that follows them. `check()`, called
    now and then here and by every ranking of the document, raises to stop the work.
    """
    words: list[list[str]] = []
    paragraph: list[int] = []
    headings: list[list[str]] = []
    heading_paragraph: list[int] = []
    origin: list[int] = []
    quoted: list[bool] = []
    texts: list[str] = []
    titles: list[list[str]] = []
    offset = 0
    for number, (article, sentences) in enumerate(parts):
        titles.append(list(normal_words(article.title)))
        for sentence in checked(sentences, check):
            words.append(list(normal_words(sentence.text)))
            paragraph.append(offset + sentence.paragraph)
            origin.append(number)
            quoted.append(opens_with_quote(sentence.text))
            texts.append(sentence.text)
        last = offset + (sentences[-1].paragraph if sentences else 0)
        for title, para in _heading_paragraphs(article, sentences):
            headings.append(list(normal_words(title)))
            heading_paragraph.append(min(offset + para, last))
        offset = last + 1
    return RankDocument(
        words=words,
        paragraph=paragraph,
        lexicon=lexicon,
        headings=headings,
        heading_paragraph=heading_paragraph,
        bonus_words=frozenset(w for w in bonus_words if " " not in w),
        stigma_words=STIGMA_WORDS.get(lexicon.language.code, frozenset()),
        article=origin,
        titles=titles,
        opens_quote=quoted,
        texts=texts,
        check=check,
    )


def _heading_paragraphs(article: Article, sentences: list[Sentence]) -> list[tuple[str, int]]:
    """Pair the title and each section heading with the paragraph number under it."""
    pairs: list[tuple[str, int]] = []
    if article.title:
        pairs.append((article.title, 0))
    seen: set[str] = set()
    for sentence in sentences:
        if sentence.section and sentence.section not in seen and sentence.position == 0:
            seen.add(sentence.section)
            pairs.append((sentence.section, sentence.paragraph))
    return pairs
