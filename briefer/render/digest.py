"""Digest -> Markdown and JSON: a list of the stories, then each story's brief in full.

A story's brief is its Markdown as `render_markdown` writes it, every heading one level
down, so that the digest has one title and each story its own second-level title; its
sources are numbered within the story, as its citations are.
"""

from __future__ import annotations

from briefer import __version__
from briefer.brief import Brief, Digest
from briefer.render.counts import counted
from briefer.render.json_brief import brief_to_dict
from briefer.render.markdown import escape, metadata_block, render_markdown
from briefer.text.clean import safe_json


def digest_title(digest: Digest) -> str:
    stories, articles = len(digest.stories), digest.articles
    return f"Digest: {counted(stories, 'story', 'stories')} from {counted(articles, 'article')}"


def render_digest_markdown(
    digest: Digest, metadata: bool = False, edited: dict[int, str] | None = None
) -> str:
    """Return the digest as Markdown; with `metadata`, one comment at the end records every
    source and the settings, so that the digest can be remade. `edited` maps a story's
    number (from 0) to its brief as the user edited it, which takes its place."""
    edited = edited or {}
    lines = [f"# {escape(digest_title(digest))}", "", "*The stories reported most come first.*", ""]
    for number, story in enumerate(digest.stories, 1):
        count = counted(len(story.brief.sources), "article")
        lines.append(f"{number}. {escape(story.brief.title)} ({count})")
    lines.append("")
    for number, story in enumerate(digest.stories):
        text = edited.get(number) or render_markdown(story.brief)
        lines += [_lowered(line) for line in text.rstrip("\n").splitlines()]
        lines.append("")
    if metadata:
        lines.append(metadata_block(_whole(digest)))
    return "\n".join(lines).rstrip("\n") + "\n"


def digest_to_dict(digest: Digest) -> dict:
    """Return the digest as plain data: each story in Briefer's JSON shape of a brief."""
    return {
        "digest": True,
        "title": digest_title(digest),
        "articles": digest.articles,
        "stories": [brief_to_dict(story.brief) for story in digest.stories],
        "notes": [note.text for note in digest.notes],
        "generator": f"briefer {__version__}",
    }


def render_digest_json(digest: Digest) -> str:
    return safe_json(digest_to_dict(digest), indent=2) + "\n"


def _lowered(line: str) -> str:
    """Move a Markdown heading one level down (a point or text line never starts with #)."""
    return "#" + line if line.startswith("#") else line


def _whole(digest: Digest) -> Brief:
    """A stand-in brief whose sources are every story's, for the digest's metadata."""
    first = digest.stories[0].brief
    sources = tuple(s for story in digest.stories for s in story.brief.sources)
    return Brief(
        title=digest_title(digest),
        language=first.language,
        algorithm=first.algorithm,
        theme_pack=first.settings.get("themes", first.theme_pack),
        sources=sources,
        sections=(),
        settings=first.settings,
    )
