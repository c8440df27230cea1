"""Brief -> Markdown: a title, the bottom line, headed bullet points, the sources."""

from __future__ import annotations

import re

from briefer.algorithms import ALGORITHMS
from briefer.brief import BOTTOM_LINE, Brief, Point
from briefer.extract import ORGANISATION, PERSON, PLACE
from briefer.text.clean import one_line, safe_json
from briefer.text.languages import LANGUAGES

_BLOCK_START = re.compile(r"#|>|[-+*](\s|$)|(?<!\d)(\d+)[.)](\s|$)")
# What Markdown would turn into markup or raw HTML, and nothing more, so that the
# editor shows sentences nearly as written: "<" and "&" of an entity become entities;
# backslashes, backticks, asterisks, underscores at a word's edge and "(" after "]" are
# escaped, and so is a "[" with no "]" soon after it (Markdown looks for the end of
# each one, which takes minutes on a few thousand of them).
_ACTIVE = re.compile(r"<|&(?=#?\w+;)|[\\`*]|(?<=\])\(|(?<!\w)_|_(?!\w)|\[(?![^\[\]\n]{0,200}\])")
_ENTITIES = {"<": "&lt;", "&": "&amp;"}


METADATA_OPEN = "<!-- briefer-metadata"


def render_markdown(brief: Brief, metadata: bool = False) -> str:
    """Return the brief as Markdown (UTF-8 text, one point per bullet).

    With `metadata`, an HTML comment at the end (invisible when rendered) records the
    sources with their checksums and the settings, so that the brief can be remade.
    """
    several = len(brief.sources) > 1
    lines = [f"# {escape(brief.title)}", "", f"*{escape(_summary_line(brief))}*", ""]
    for section in brief.sections:
        lines += [f"## {escape(section.heading)}", ""]
        if section.heading == BOTTOM_LINE:
            lines.append(" ".join(point_text(p, several) for p in section.points))
        else:
            lines += [f"- {point_text(p, several)}" for p in section.points]
        lines.append("")
    lines += extract_lines(brief)
    lines += ["## Sources", ""]
    for source in brief.sources:
        lines.append(f"{source.id}. {_source_line(source)}")
    if metadata:
        lines += ["", metadata_block(brief)]
    return "\n".join(lines) + "\n"


EXTRA_SECTIONS = ("quotes", "figures", "names")  # the BriefOptions that turn each on
QUOTES_HEADING = "Who said what"
FIGURES_HEADING = "Key figures"
NAMES_HEADING = "Names"
_NAME_GROUPS = ((PERSON, "People"), (PLACE, "Places"), (ORGANISATION, "Organisations"))


def extract_lines(brief: Brief) -> list[str]:
    """Return the sections of quotations, figures and names, each ending in a blank line."""
    several = len(brief.sources) > 1

    def cite(source: int) -> str:
        return f" [{source}]" if several else ""

    lines: list[str] = []
    if brief.quotes:
        lines += [f"## {QUOTES_HEADING}", ""]
        lines += [
            f"- **{escape(q.name)}:** “{escape(q.text)}”{cite(q.source)}" for q in brief.quotes
        ]
        lines.append("")
    if brief.figures:
        lines += [f"## {FIGURES_HEADING}", ""]
        lines += [f"- {escape(f.text)}{cite(f.source)}" for f in brief.figures]
        lines.append("")
    groups = [(label, [n for n in brief.names if n.kind == kind]) for kind, label in _NAME_GROUPS]
    if any(members for _, members in groups):
        lines += [f"## {NAMES_HEADING}", ""]
        for label, members in groups:
            if members:
                listed = ", ".join(f"{escape(n.name)} ({n.count})" for n in members)
                lines.append(f"- **{label}:** {listed}")
        lines.append("")
    return lines


def metadata_block(brief: Brief) -> str:
    """Return the comment that records how the brief was made."""
    import datetime

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
        "sections": {name: brief.settings.get(name, True) for name in EXTRA_SECTIONS},
    }
    return f"{METADATA_OPEN}\n{safe_json(data, indent=1)}\n-->"


def point_text(point: Point, cite: bool) -> str:
    """Return a point as one line of Markdown, with its citations when asked."""
    text = escape(point.text)
    if cite:
        text += " [" + ", ".join(str(c) for c in point.citations) + "]"
    return text


def escape(text: str) -> str:
    """Return text as one line of inert Markdown that shows as written.

    White space is collapsed and control characters dropped, so that no text can start
    a heading, a list or raw HTML of its own; a leading block marker is escaped.
    """
    text = _ACTIVE.sub(_escaped, one_line(text))
    if text.endswith("#"):
        text = text[:-1] + "\\#"  # a closing "#" would be taken off a heading
    block = _BLOCK_START.match(text)
    if block and block.group(2):  # "2024. The year": the number would start a list
        return block.group(2) + "\\" + text[len(block.group(2)) :]
    return "\\" + text if block else text


def _escaped(match: re.Match) -> str:
    found = match.group()
    return _ENTITIES.get(found) or "\\" + found


def _summary_line(brief: Brief) -> str:
    language = LANGUAGES[brief.language].label if brief.language in LANGUAGES else brief.language
    bullets = sum(len(s.points) for s in brief.sections if s.heading != BOTTOM_LINE)
    sources = f"{len(brief.sources)} sources" if len(brief.sources) > 1 else "1 source"
    has_lead = any(s.heading == BOTTOM_LINE for s in brief.sections)
    parts = ["a bottom line"] if has_lead else []
    if bullets or not has_lead:
        parts.append(f"{bullets} key point{'s' if bullets != 1 else ''}")
    made = " and ".join(parts)
    algorithm = (
        ALGORITHMS[brief.algorithm].label if brief.algorithm in ALGORITHMS else brief.algorithm
    )
    made = f"{made[:1].upper()}{made[1:]} from {sources}"
    return f"{made} · {algorithm} · themes: {brief.theme_pack} · {language}"


_SUMMARY = re.compile(
    r"\*(?:A bottom line|\d+ key points?)(?: and \d+ key points?)? from \d+ sources?"
)


def looks_like_brief(text: str) -> bool:
    """Tell whether Markdown is a brief Briefer wrote (perhaps edited since), not an article:
    it has a Sources section and the summary line `_summary_line` writes (today's or the
    older "8 key points from 1 source"), or its metadata."""
    lines = text.splitlines()
    if "## Sources" not in lines:
        return False
    return METADATA_OPEN in text or any(_SUMMARY.match(line) for line in lines[:8])


def _source_line(source) -> str:
    name = one_line(source.path.rsplit("/", 1)[-1]) if source.path else ""
    parts = [escape(source.title), code_span(name) if name else "pasted text"]
    if source.date:
        parts.append(escape(source.date))
    return " — ".join(parts)


def code_span(text: str) -> str:
    """Return text as a Markdown code span that no backtick inside it can close."""
    runs = re.findall(r"`+", text)
    fence = "`" * (max((len(run) for run in runs), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"
