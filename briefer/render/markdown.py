"""Brief -> Markdown: a title, the bottom line, headed bullet points, the sources."""

from __future__ import annotations

import re

from briefer.brief import BOTTOM_LINE, Brief, Point
from briefer.text.languages import LANGUAGES

_SPACE = re.compile(r"\s+")
_BLOCK_START = re.compile(r"^(#|>|[-+*]\s|\d+[.)]\s)")
_INLINE = re.compile(r"([\\`*_\[\]<])")


METADATA_OPEN = "<!-- briefer-metadata"


def render_markdown(brief: Brief, metadata: bool = False) -> str:
    """Return the brief as Markdown (UTF-8 text, one point per bullet).

    With `metadata`, an HTML comment at the end (invisible when rendered) records the
    sources with their checksums and the settings, so that the brief can be remade.
    """
    several = len(brief.sources) > 1
    lines = [f"# {escape(brief.title)}", "", f"*{_summary_line(brief)}*", ""]
    for section in brief.sections:
        lines += [f"## {section.heading}", ""]
        if section.heading == BOTTOM_LINE:
            lines.append(" ".join(point_text(p, several) for p in section.points))
        else:
            lines += [f"- {point_text(p, several)}" for p in section.points]
        lines.append("")
    lines += ["## Sources", ""]
    for source in brief.sources:
        lines.append(f"{source.id}. {_source_line(source)}")
    if metadata:
        lines += ["", metadata_block(brief)]
    return "\n".join(lines) + "\n"


def metadata_block(brief: Brief) -> str:
    """Return the comment that records how the brief was made."""
    import datetime
    import json

    from briefer import __version__

    data = {
        "generator": f"briefer {__version__}",
        "date": datetime.date.today().isoformat(),
        "sources": [{"path": s.path, "sha256": s.sha256} for s in brief.sources],
        "algorithm": brief.algorithm,
        "theme_pack": brief.theme_pack,
        "language": brief.language,
        "points": brief.settings.get("points"),
        "ratio": brief.settings.get("ratio"),
    }
    return f"{METADATA_OPEN}\n{json.dumps(data, ensure_ascii=False, indent=1)}\n-->"


def point_text(point: Point, cite: bool) -> str:
    """Return a point as one line of Markdown, with its citations when asked."""
    text = escape(_SPACE.sub(" ", point.text).strip())
    if cite:
        text += " [" + ", ".join(str(c) for c in point.citations) + "]"
    return text


def escape(text: str) -> str:
    """Escape what Markdown would read as markup, so the sentence shows as written."""
    text = _INLINE.sub(r"\\\1", text)
    return "\\" + text if _BLOCK_START.match(text) else text


def _summary_line(brief: Brief) -> str:
    language = LANGUAGES[brief.language].label if brief.language in LANGUAGES else brief.language
    count = len(brief.points)
    sources = f"{len(brief.sources)} sources" if len(brief.sources) > 1 else "1 source"
    points = f"{count} key point{'s' if count != 1 else ''} from {sources}"
    return f"{points} · {brief.algorithm} · themes: {brief.theme_pack} · {language}"


def _source_line(source) -> str:
    name = source.path.rsplit("/", 1)[-1] if source.path else "pasted text"
    parts = [escape(source.title), f"`{name}`" if source.path else name]
    if source.date:
        parts.append(escape(source.date))
    return " — ".join(parts)
