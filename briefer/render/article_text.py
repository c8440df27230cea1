"""Article + sentences -> text or JSON: the article as Briefer read it (`briefer read`)."""

from __future__ import annotations

from collections.abc import Sequence

from briefer.article import Article, Block
from briefer.render.counts import counted
from briefer.text.clean import one_line, safe_json
from briefer.text.split import Sentence

ReadArticle = tuple[Article, Sequence[Sentence]]


def render_text(articles: Sequence[ReadArticle], split_as: str = "") -> str:
    """Return every article as readable text, one after another."""
    return "\n".join(article_text(article, sentences, split_as) for article, sentences in articles)


def render_json(articles: Sequence[ReadArticle], split_as: str = "") -> str:
    """Return every article as a JSON list (valid UTF-8, no raw control characters)."""
    data = [article_dict(article, sentences, split_as) for article, sentences in articles]
    return safe_json(data, indent=2) + "\n"


def article_dict(article: Article, sentences: Sequence[Sentence], split_as: str = "") -> dict:
    """Return the article, its blocks and its sentences as plain data with offsets."""
    return {
        "path": str(article.path) if article.path else "",
        "format": article.fmt,
        "encoding": article.encoding,
        "sha256": article.sha256,
        "title": article.title,
        "byline": article.byline,
        "date": article.date,
        "language": article.language,
        "split_language": split_as or article.language,
        "text": article.text,
        "blocks": [
            {"kind": b.kind, "start": b.start, "end": b.end, "text": article.block_text(b)}
            for b in article.blocks
        ],
        "sentences": [_sentence_dict(s) for s in sentences],
        "notes": list(article.notes),
    }


def _sentence_dict(sentence: Sentence) -> dict:
    return {
        "index": sentence.index,
        "start": sentence.start,
        "end": sentence.end,
        "text": sentence.text,
        "paragraph": sentence.paragraph,
        "position": sentence.position,
        "section": sentence.section,
        "quote_fragment": sentence.quote_fragment,
    }


def article_text(article: Article, sentences: Sequence[Sentence], split_as: str = "") -> str:
    """Return one article as text: its details, then its blocks with their sentences."""
    lines = _details(article, sentences, split_as)
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    paragraph = 0
    for block in article.blocks:
        if block.kind == "paragraph":
            lines.append(f"  paragraph {paragraph}  {_span(block)}")
            lines.extend(_sentence_line(s) for s in by_paragraph.get(paragraph, []))
            paragraph += 1
        else:
            lines.append(f"  {block.kind}  {_span(block)}  {one_line(article.block_text(block))}")
    return "\n".join(lines) + "\n"


def _details(article: Article, sentences: Sequence[Sentence], split_as: str) -> list[str]:
    """Return the lines above the blocks: name, title, byline, date, language, counts."""
    counts = {
        kind: sum(b.kind == kind for b in article.blocks) for kind in ("heading", "paragraph")
    }
    fmt = f"{article.fmt} ({article.encoding})" if article.encoding else article.fmt
    return [
        str(article.path) if article.path else article.name,
        f"  title     {one_line(article.title) or '(none)'}",
        f"  byline    {one_line(article.byline) or '(none)'}",
        f"  date      {one_line(article.date) or '(none)'}",
        f"  language  {_language(article.language, split_as)}",
        f"  format    {fmt}",
        f"  text      {counted(len(article.text), 'character')}: "
        f"{counted(counts['heading'], 'heading')}, {counted(counts['paragraph'], 'paragraph')}, "
        f"{counted(len(sentences), 'sentence')}",
        "",
    ]


def _language(code: str, split_as: str) -> str:
    if not split_as or split_as == code:
        return code
    return f"{code}, split as {split_as} (the language of most of the text)"


def _span(item: Block | Sentence) -> str:
    return f"[{item.start}:{item.end}]"


def _sentence_line(sentence: Sentence) -> str:
    mark = "  (starts inside a quotation)" if sentence.quote_fragment else ""
    return f"    {sentence.index:>3}  {_span(sentence)}  {one_line(sentence.text)}{mark}"
