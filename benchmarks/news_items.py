"""Benchmark articles as Briefer reads them: the article, its sentences, its rank document.

An item is a dict with at least `text`, `title` and a reference `summary` (a list of
sentences), as benchmarks/public_sets.py gives them; the project's own set in
benchmarks/data/news is mapped to the same shape.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from metrics import rouge_n

from briefer.article import Article
from briefer.rank.document import RankDocument
from briefer.rank.inputs import rank_document
from briefer.read.plain import read_plain
from briefer.text.languages import get_language
from briefer.text.split import Sentence, split_sentences
from briefer.text.words import lexicon_for
from briefer.themes import load_pack

HERE = Path(__file__).resolve().parent
OWN = HERE / "data" / "news"


@dataclass
class Prepared:
    """One benchmark article ready to rank."""

    item: dict
    article: Article
    sentences: list[Sentence]
    doc: RankDocument

    @property
    def texts(self) -> list[str]:
        return [s.text for s in self.sentences]


def prepare(item: dict, language: str | None = None) -> Prepared:
    """Read an item's text as a plain-text article and split it as Briefer does.

    Lower-cased sets (whose sentence starts a splitter cannot see) keep the set's own
    sentences (or lines), one paragraph each.
    """
    language = language or item.get("language", "en")
    text = item["text"]
    if not item.get("cased", True):
        lines = item.get("sentences") or [line for line in text.splitlines() if line.strip()]
        text = "\n\n".join(lines)
    article = read_plain(text)
    article = article.with_(title=item.get("title") or article.title)
    lang = get_language(language)
    sentences = split_sentences(article, lang)
    # Edmundson's cue words: the general theme pack's keywords (no other ranking reads them).
    bonus = load_pack("general").keywords(language)
    doc = rank_document([(article, sentences)], lexicon_for(lang), bonus)
    return Prepared(item, article, sentences, doc)


def own_set(split: str | None = None) -> list[dict]:
    """Return the project's own 48 articles; a-b were used to set weights ("dev"), c-d not."""
    items = []
    for path in sorted(OWN.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        part = "dev" if data["id"][0] in "ab" else "test"
        if split is None or split == part:
            items.append(
                {
                    "id": data["id"],
                    "set": "own",
                    "title": data["title"],
                    "text": data["text"],
                    "summary": data["highlights"],
                    "extract": data["extractive_summary"],
                    "split": part,
                }
            )
    return items


def oracle(texts: list[str], summary: list[str], most: int) -> list[int]:
    """Greedily pick up to `most` sentences that raise ROUGE-1 + ROUGE-2 against summary."""
    reference = " ".join(summary)
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < most:
        gains = []
        for i in range(len(texts)):
            if i in chosen:
                continue
            joined = " ".join(texts[j] for j in sorted([*chosen, i]))
            gains.append((rouge_n(joined, reference, 1) + rouge_n(joined, reference, 2), i))
        if not gains:
            break
        score, pick = max(gains)
        if score <= best:
            break
        best = score
        chosen.append(pick)
    return sorted(chosen)
