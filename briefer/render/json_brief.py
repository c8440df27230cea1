"""Brief -> JSON: the whole brief with every point's provenance, for other tools."""

from __future__ import annotations

from dataclasses import asdict

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
        "quotes": [_found(q) for q in brief.quotes],
        "figures": [_found(f) for f in brief.figures],
        "names": [_found(n) for n in brief.names],
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


def _found(item: Quote | Figure | Name) -> dict:
    """Return a quotation, figure or name with every field, its spans included, by name."""
    return asdict(item)  # the field names are the JSON's: tuples of spans become lists
