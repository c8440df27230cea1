"""Grouping articles by story: the articles that report the same events go together.

Each article becomes a vector of its content stems (the title's counted TITLE_WEIGHT times),
weighted by tf-idf over the articles given, with the idf smoothed so that two articles
alone can still be found alike. Two articles may join when the cosine of their vectors
reaches LINK and the cosine of the names they use (capitalised words, stemmed) reaches
NAME_LINK, since two reports of one event name the same people and places where two
companies' results share only the words of results. Such links are taken strongest
first, and the two groups they join merge only when the average cosine over every pair
across them reaches MERGE (average linkage), so that a chain of look-alikes cannot pull
unrelated stories together. LINK, NAME_LINK and MERGE were chosen on the tuning part of
public news whose grouping is known, and benchmarks/stories.py measures them on the
held-out part too (benchmarks/data/stories/README.md).

Articles in different languages are never one story.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import count
from typing import TYPE_CHECKING

import numpy as np

from briefer.text.words import Lexicon, normalize

if TYPE_CHECKING:
    from scipy import sparse

LINK = 0.15  # the cosine from which two articles may be one story
NAME_LINK = 0.05  # the cosine of their names from which they may, too
MERGE = 0.12  # the average cosine over all their pairs from which two groups are one
TITLE_WEIGHT = 3


@dataclass(frozen=True)
class StoryText:
    """What grouping reads of one article: its language, its weighted content stems and
    the stems of the names it uses (capitalised words not opening a sentence)."""

    language: str
    terms: Counter[str]
    names: Counter[str] = field(default_factory=Counter)


def story_text(lexicon: Lexicon, title: str, body: str) -> StoryText:
    """Return what grouping reads of an article with this title and body."""
    terms = Counter(lexicon.content_stems(body))
    for stem in lexicon.content_stems(title):
        terms[stem] += TITLE_WEIGHT
    words = (normalize(w) for w in names_in(f"{title}\n{body}"))
    names = Counter(lexicon.stem(w) for w in words if w not in lexicon.stop_words)
    return StoryText(lexicon.language.code, terms, names)


_SENTENCE_END = re.compile(r"(?<=[.!?…»\"”])\s+|\n")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def names_in(text: str) -> list[str]:
    """Return the capitalised words of text that do not open a sentence or a line: the
    names of people, places and organisations, with some month and day names."""
    found = []
    for sentence in _SENTENCE_END.split(text):
        found += [w for w in _WORD.findall(sentence)[1:] if w[0].isupper()]
    return found


def group_stories(
    texts: Sequence[StoryText], link: float = LINK, merge: float = MERGE
) -> list[list[int]]:
    """Return the stories as lists of article indices, each in input order, the stories in
    the order of their first article."""
    groups: list[list[int]] = []
    for language in dict.fromkeys(t.language for t in texts):
        members = [i for i, t in enumerate(texts) if t.language == language]
        for group in _grouped([texts[i] for i in members], link, merge):
            groups.append([members[i] for i in group])
    return sorted(groups, key=lambda g: g[0])


def central(texts: Sequence[StoryText]) -> int:
    """Return the index of the article most like the others of its story: its title
    names the story."""
    if len(texts) < 3:
        return 0
    alike = np.asarray(similarities([t.terms for t in texts]).sum(axis=1)).ravel()
    return int(np.argmax(alike))


def similarities(terms: Sequence[Counter[str]]) -> sparse.csr_matrix:
    """Return the cosine similarities of the articles' tf-idf vectors (a sparse matrix)."""
    vectors = _vectors(terms)
    return (vectors @ vectors.T).tocsr()


def _vectors(terms: Sequence[Counter[str]]) -> sparse.csr_matrix:
    """Return the articles' tf-idf vectors, each of length 1, one row an article."""
    from scipy import sparse  # here: a brief of one story never needs it (0.2 s to import)

    column = defaultdict(count().__next__)  # a term -> its column, numbered as first met
    cols = np.fromiter((column[term] for counter in terms for term in counter), dtype=np.int64)
    counts = np.fromiter((n for counter in terms for n in counter.values()), dtype=float)
    rows = np.repeat(np.arange(len(terms)), [len(counter) for counter in terms])
    shape = (len(terms), max(len(column), 1))
    matrix = sparse.csr_matrix((counts, (rows, cols)), shape=shape, dtype=float)
    frequency = np.bincount(matrix.indices, minlength=shape[1])
    idf = np.log((1 + shape[0]) / (1 + frequency)) + 1.0
    matrix.data = (1.0 + np.log(matrix.data)) * idf[matrix.indices]
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return (sparse.diags(1.0 / np.maximum(norms, 1e-12)) @ matrix).tocsr()


def load_maths() -> None:
    """Import what grouping computes with, ahead of need: a digest does it in the
    background while its workers read."""
    from scipy import sparse  # noqa: F401


def _grouped(texts: Sequence[StoryText], link: float, merge: float) -> list[list[int]]:
    if len(texts) < 2:
        return [[i] for i in range(len(texts))]
    from scipy import sparse

    vectors = _vectors([t.terms for t in texts])
    similar = sparse.triu(vectors @ vectors.T, k=1).tocoo()
    close = similar.data >= link
    cosine, first, second = similar.data[close], similar.row[close], similar.col[close]
    named = _vectors([t.names for t in texts])
    shared = np.asarray(named[first].multiply(named[second]).sum(axis=1)).ravel()
    strong = shared >= NAME_LINK
    pairs = sorted(
        zip(cosine[strong], first[strong], second[strong], strict=True),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    group = list(range(len(texts)))  # article -> the first article of its group
    members = {i: [i] for i in group}
    sums = {i: vectors[i] for i in group}  # each group's vectors added up
    for _, i, j in pairs:
        a, b = group[int(i)], group[int(j)]
        if a == b:
            continue
        # the average similarity of every pair across the two groups
        average = sums[a].multiply(sums[b]).sum() / (len(members[a]) * len(members[b]))
        if average < merge:
            continue
        keep, gone = min(a, b), max(a, b)
        for k in members[gone]:
            group[k] = keep
        members[keep] = sorted(members[keep] + members.pop(gone))
        sums[keep] = sums[keep] + sums.pop(gone)
    return list(members.values())
