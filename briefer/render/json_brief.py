"""Brief -> JSON: the whole brief with every point's provenance, for other tools."""

from __future__ import annotations

from briefer import __version__
from briefer.brief import Brief, Point
from briefer.extract import Figure, Name, Quote
from briefer.text.clean import safe_json


def brief_to_dict(brief: Brief) -> dict:
    """Return the brief as plain data in Briefer's documented JSON shape."""
    return {
        "title": brief.title,
        "language": brief.language,
        "algorithm": brief.algorithm,
        "theme_pack": brief.theme_pack,
        "sources": [
            {
                "id": s.id,
                "path": s.path,
                "title": s.title,
                "sha256": s.sha256,
                "language": s.language,
                "date": s.date,
                "byline": s.byline,
            }
            for s in brief.sources
        ],
        "sections": [
            {"heading": section.heading, "points": [_point(p) for p in section.points]}
            for section in brief.sections
        ],
        "quotes": [_quote(q) for q in brief.quotes],
        "figures": [_figure(f) for f in brief.figures],
        "names": [_name(n) for n in brief.names],
        "notes": [note.text for note in brief.notes],
        "settings": dict(brief.settings),
        "generator": f"briefer {__version__}",
    }


def render_json(brief: Brief) -> str:
    """Return the brief as indented JSON text (valid UTF-8, no raw control characters)."""
    return safe_json(brief_to_dict(brief), indent=2) + "\n"


def _point(point: Point) -> dict:
    return {
        "text": point.text,
        "heading": point.heading,
        "score": point.score,
        "rank": point.rank,
        "source": point.source,
        "start": point.start,
        "end": point.end,
        "sentence": point.sentence,
        "citations": list(point.citations),
    }


def _quote(quote: Quote) -> dict:
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "name": quote.name,
        "source": quote.source,
        "start": quote.start,
        "end": quote.end,
        "speaker_start": quote.speaker_start,
        "speaker_end": quote.speaker_end,
        "cue_start": quote.cue_start,
        "cue_end": quote.cue_end,
        "sentence": quote.sentence,
    }


def _figure(figure: Figure) -> dict:
    return {
        "text": figure.text,
        "value": figure.value,
        "kind": figure.kind,
        "source": figure.source,
        "start": figure.start,
        "end": figure.end,
        "value_start": figure.value_start,
        "value_end": figure.value_end,
        "sentence": figure.sentence,
    }


def _name(name: Name) -> dict:
    return {
        "name": name.name,
        "kind": name.kind,
        "count": name.count,
        "text": name.text,
        "source": name.source,
        "start": name.start,
        "end": name.end,
        "sentence": name.sentence,
        "mentions": [list(m) for m in name.mentions],
    }
