"""Run sumy's own summarizers on exactly the sentences and words Briefer ranks.

Used by the tests and benchmarks that check the vectorised algorithms against sumy. This
is the only module that imports sumy (and so NLTK); nothing on the briefing path does.
"""

from __future__ import annotations

from briefer.rank.document import RankDocument

SUMY_CLASSES = {
    "lex-rank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "text-rank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "sum-basic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
    "reduction": ("sumy.summarizers.reduction", "ReductionSummarizer"),
    "edmundson": ("sumy.summarizers.edmundson", "EdmundsonSummarizer"),
}


class _GivenWords:
    """A sumy tokenizer that hands back the words Briefer already made for each text."""

    def __init__(self, words_by_text: dict[str, list[str]]):
        self._words = words_by_text

    def to_words(self, text: str) -> list[str]:
        return self._words[text]

    def to_sentences(self, text: str) -> list[str]:  # pragma: no cover - never called
        return [text]


def sumy_document(doc: RankDocument):
    """Build sumy's document model from a RankDocument; sentence i is named "s<i>"."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    words = {f"s{i}": w for i, w in enumerate(doc.words)}
    words.update({f"h{i}": w for i, w in enumerate(doc.headings)})
    tokenizer = _GivenWords(words)
    paragraphs: dict[int, list] = {}
    for i, para in enumerate(doc.heading_paragraph):
        paragraphs.setdefault(para, []).append(Sentence(f"h{i}", tokenizer, is_heading=True))
    for i, para in enumerate(doc.paragraph):
        paragraphs.setdefault(para, []).append(Sentence(f"s{i}", tokenizer))
    return ObjectDocumentModel([Paragraph(paragraphs[p]) for p in sorted(paragraphs)])


def sumy_top(doc: RankDocument, algorithm: str, count: int) -> list[int]:
    """Return the indices of the sentences sumy's own summarizer picks, in document order."""
    from importlib import import_module

    module, name = SUMY_CLASSES[algorithm]
    summarizer = getattr(import_module(module), name)(doc.stem)
    if algorithm == "edmundson":
        summarizer.bonus_words = doc.bonus_words
        summarizer.stigma_words = doc.stigma_words
        summarizer.null_words = doc.stop_words
    else:
        summarizer.stop_words = doc.stop_words
    picked = summarizer(sumy_document(doc), count)
    return sorted(int(str(s)[1:]) for s in picked)
