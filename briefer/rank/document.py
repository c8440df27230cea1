"""What the ranking algorithms see: sentences as word lists, paragraphs and headings.

The document also carries `check`, the brief's stop condition: every loop over its
sentences or words calls it now and then (`briefer.progress.checked`), so that Cancel
and the time limit stop a ranking within a fraction of a second at any size.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from briefer.progress import CheckFn, checked, never
from briefer.text.words import Lexicon


@dataclass
class RankDocument:
    """The sentences to rank, already tokenised, with the structure some algorithms use.

    `words` hold normalised tokens (lower case). Headings (the title and the article's
    section headings) are not ranked, but Luhn, LSA and Edmundson read them as sumy does.
    """

    words: list[list[str]]
    paragraph: list[int]
    lexicon: Lexicon
    headings: list[list[str]] = field(default_factory=list)
    heading_paragraph: list[int] = field(default_factory=list)
    bonus_words: frozenset[str] = frozenset()
    stigma_words: frozenset[str] = frozenset()
    article: list[int] = field(default_factory=list)  # which article each sentence is from
    titles: list[list[str]] = field(default_factory=list)  # each article's title words
    opens_quote: list[bool] = field(default_factory=list)  # sentence starts with a quote mark
    texts: list[str] = field(default_factory=list)  # each sentence as written
    check: CheckFn = field(default=never, repr=False, compare=False)  # raises to stop

    def __len__(self) -> int:
        return len(self.words)

    @property
    def stop_words(self) -> frozenset[str]:
        return self.lexicon.stop_words

    def stem(self, word: str) -> str:
        return self.lexicon.stem(word)

    @cached_property
    def stems(self) -> list[list[str]]:
        """Return the stem of every word, stop words included.

        The words of a sentence written as `texts` holds it are its `normal_words`, whose
        stems the lexicon keeps (the theme pack's choice has just read them): those are
        taken as they are.
        """
        if self.texts and len(self.texts) == len(self.words):
            stems_of = self.lexicon.stems
            return [list(stems_of(text)) for text in self.each(self.texts)]
        stem = self.lexicon.stem
        return [[stem(w) for w in ws] for ws in self.each(self.words)]

    @cached_property
    def content_stems(self) -> list[list[str]]:
        """Return the stems of every word that is not a stop word."""
        stop = self.stop_words
        pairs = self.each(zip(self.words, self.stems))
        return [[s for w, s in zip(ws, ss) if w not in stop] for ws, ss in pairs]

    @cached_property
    def content_words(self) -> list[list[str]]:
        """Return every word that is not a stop word, unstemmed."""
        stop = self.stop_words
        return [[w for w in ws if w not in stop] for ws in self.each(self.words)]

    @cached_property
    def order(self) -> np.ndarray:
        """Return each sentence's position within its own article (0 for its first)."""
        index = np.arange(len(self.words))
        return index - run_starts(np.asarray(self.article or [0] * len(self.words)))

    @cached_property
    def all_words(self) -> list[str]:
        """Return the words of the headings and sentences in reading order, as sumy counts them."""
        ordered: list[str] = []
        heading_at = {}
        for words, para in zip(self.headings, self.heading_paragraph):
            heading_at.setdefault(para, []).append(words)
        seen = set()
        for words, para in self.each(zip(self.words, self.paragraph)):
            if para not in seen:
                seen.add(para)
                for heading in heading_at.get(para, []):
                    ordered.extend(heading)
            ordered.extend(words)
        for para, headings in heading_at.items():
            if para not in seen:
                for heading in headings:
                    ordered.extend(heading)
        return ordered

    def each(self, items: Iterable) -> Iterable:
        """Yield the items, checking now and then whether the ranking is to stop."""
        return checked(items, self.check)


def run_starts(values: np.ndarray) -> np.ndarray:
    """Return, for each place, where the run of equal values it belongs to starts."""
    if not len(values):
        return np.zeros(0, dtype=np.int64)
    index = np.arange(len(values))
    starts = np.concatenate([[True], values[1:] != values[:-1]])
    return np.maximum.accumulate(np.where(starts, index, 0))


@dataclass
class TermMatrix:
    """A sentence-by-term count matrix in compressed sparse row form, numpy only."""

    indptr: np.ndarray
    indices: np.ndarray
    counts: np.ndarray
    vocabulary: dict[str, int]

    @classmethod
    def build(
        cls,
        rows: list[list[str]],
        vocabulary: dict[str, int] | None = None,
        check: CheckFn = never,
    ) -> TermMatrix:
        """Count the terms of each row; unknown terms are added unless a vocabulary is given.
        `check()` is called now and then, to stop the work."""
        fixed = vocabulary is not None
        vocab: dict[str, int] = {} if vocabulary is None else vocabulary
        indptr = [0]
        indices: list[int] = []
        counts: list[int] = []
        for row in checked(rows, check):
            tally: dict[int, int] = {}
            for term in row:
                idx = vocab.get(term)
                if idx is None:
                    if fixed:
                        continue
                    idx = vocab[term] = len(vocab)
                tally[idx] = tally.get(idx, 0) + 1
            indices.extend(tally)
            counts.extend(tally.values())
            indptr.append(len(indices))
        return cls(
            np.asarray(indptr, dtype=np.int64),
            np.asarray(indices, dtype=np.int64),
            np.asarray(counts, dtype=np.float64),
            vocab,
        )

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.indptr) - 1, len(self.vocabulary)

    @cached_property
    def row_of_entry(self) -> np.ndarray:
        """Return the row index of every stored entry."""
        return np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))

    def row_sums(self, values: np.ndarray) -> np.ndarray:
        """Sum per-entry values into one number per row."""
        return np.bincount(self.row_of_entry, weights=values, minlength=self.shape[0])

    def row_max(self, values: np.ndarray) -> np.ndarray:
        """Return the largest per-entry value of each row (0 for empty rows)."""
        out = np.zeros(self.shape[0])
        np.maximum.at(out, self.row_of_entry, values)
        return out

    def row_dot(self, rows: np.ndarray, vector: np.ndarray) -> np.ndarray:
        """Return (counts of each given row) . vector, for many rows at once."""
        starts, ends = self.indptr[rows], self.indptr[rows + 1]
        sizes = ends - starts
        group = np.repeat(np.arange(len(rows)), sizes)
        entries = np.arange(sizes.sum()) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        entries += np.repeat(starts, sizes)
        values = self.counts[entries] * vector[self.indices[entries]]
        return np.bincount(group, weights=values, minlength=len(rows))

    def document_frequency(self) -> np.ndarray:
        """Return how many rows contain each term."""
        return np.bincount(self.indices, minlength=self.shape[1]).astype(np.float64)

    def columns(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return (column pointers, entry ids) to walk the rows that contain each term."""
        order = np.argsort(self.indices, kind="stable")
        colptr = np.zeros(self.shape[1] + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.indices, minlength=self.shape[1]), out=colptr[1:])
        return colptr, order, self.row_of_entry[order]
