"""Edmundson (1969) as sumy computes it with its default weights: cue + title + location.

Cue: bonus words count +1, stigma words -1. Title: words shared with the headings (the
title and the article's section headings), stop words aside. Location: the title score
again, plus one for the first or last paragraph and one for the first or last sentence
of a paragraph. Briefer's bonus words are the theme pack's keywords for the language;
its stigma words mark page furniture and hedging (see `briefer.rank.inputs`).
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from briefer.rank.document import RankDocument


def rank(doc: RankDocument) -> np.ndarray:
    """Return each sentence's Edmundson score."""
    bonus = {doc.stem(w) for w in doc.bonus_words}
    stigma = {doc.stem(w) for w in doc.stigma_words}
    null = {doc.stem(w) for w in doc.stop_words}
    title = {doc.stem(w) for words in doc.headings for w in words} - null
    paragraphs = sorted(set(doc.paragraph)) or [0]
    sizes = Counter(doc.paragraph)
    scores = np.zeros(len(doc))
    position = 0
    for i, stems in enumerate(doc.each(doc.stems)):
        para = doc.paragraph[i]
        position = position + 1 if i and doc.paragraph[i - 1] == para else 0
        cue = sum((s in bonus) - (s in stigma) for s in stems)
        title_hits = sum(s in title for s in stems)
        location = title_hits
        if para in (paragraphs[0], paragraphs[-1]):
            location += 1
        if position == 0:
            location += 1
        elif position == sizes[para] - 1:
            location += 1
        scores[i] = cue + title_hits + location
    return scores
