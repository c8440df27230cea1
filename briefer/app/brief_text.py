"""The brief as the editor holds it: Markdown text tied back to the points it shows.

Pure logic (no Qt), so that finding the point under the cursor and keeping the user's
edits on regenerate are tested without a window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefer.brief import Brief, Point
from briefer.render.markdown import point_text, render_markdown


@dataclass
class BriefText:
    """A generated brief, its Markdown, and the rendered text of each point."""

    brief: Brief
    markdown: str = ""
    rendered: dict[str, Point] = field(default_factory=dict)

    @classmethod
    def of(cls, brief: Brief) -> BriefText:
        cite = len(brief.sources) > 1
        rendered = {point_text(p, cite): p for p in [*brief.points, *brief.left_out]}
        return cls(brief, render_markdown(brief), rendered)

    @property
    def generated_lines(self) -> set[str]:
        """Return the lines of the generated Markdown, as written before any edit."""
        return {line for line in self.markdown.splitlines() if line.strip()}

    def points_in_line(self, line: str) -> list[tuple[int, int, Point]]:
        """Return (start, end, point) for every point whose text appears in a line."""
        found = []
        for text, point in self.rendered.items():
            at = line.find(text)
            if at >= 0:
                found.append((at, at + len(text), point))
        return sorted(found, key=lambda item: item[0])

    def point_at(self, line: str, column: int) -> Point | None:
        """Return the point shown at a column of a line, if any."""
        hits = self.points_in_line(line)
        for start, end, point in hits:
            if start <= column <= end:
                return point
        return hits[0][2] if len(hits) == 1 else None

    def span_at(self, line: str, column: int) -> tuple[int, int, int] | None:
        """Return (source, start, end) of the sentence shown at a column of a line.

        On a citation after the sentence ("[1, 3]"), the copy of the sentence in the
        source clicked; elsewhere on the line, the point's own sentence.
        """
        point = self.point_at(line, column)
        if point is None:
            return None
        sentence = point_text(point, cite=False)
        end = line.find(sentence) + len(sentence)
        source = point.source
        if column > end:
            for match in re.finditer(r"\d+", line[end:]):
                if match.start() <= column - end <= match.end():
                    source = int(match.group())
        start, stop = point.span_in(source) or (point.start, point.end)
        return (source, start, stop) if point.span_in(source) else (point.source, start, stop)

    def describe(self, point: Point, pinned: bool) -> str:
        """Return the status line for a point: its score, rank and source."""
        source = self.brief.sources[point.source - 1]
        return (
            f"score {point.score:.2f} · rank {point.rank} · source [{point.source}] "
            f"{source.title}" + (" · pinned" if pinned else "")
        )

    def line_of(self, point: Point) -> str:
        """Return how a point is written in the Markdown (without bullet or citation)."""
        return point_text(point, len(self.brief.sources) > 1)


def keep_user_lines(old_text: str, old: BriefText, pinned: set[str], new: BriefText) -> str:
    """Return the new brief's Markdown with every line the user wrote or pinned kept.

    A line counts as the user's when it is not a line the generator wrote (the user
    typed or edited it) or when it holds a pinned point. It stays under the same
    heading; a heading the new brief lacks is recreated before the sources.
    """
    generated = old.generated_lines
    kept: dict[str, list[str]] = {}
    heading = ""
    title = ""
    for line in old_text.splitlines():
        if line.startswith("# "):
            if line not in generated:
                title = line
            continue
        if line.startswith("## "):
            heading = line
            continue
        if not line.strip() or heading == "## Sources":
            continue
        if line not in generated or any(p in line for p in pinned):
            kept.setdefault(heading, []).append(line)
    return _insert(new.markdown, kept, title)


def _insert(markdown: str, kept: dict[str, list[str]], title: str) -> str:
    lines = markdown.splitlines()
    if title and lines and lines[0].startswith("# "):
        lines[0] = title
    present = set(lines)
    for heading, extra in kept.items():
        extra = [line for line in extra if line not in present]
        if not extra:
            continue
        if heading and heading in lines:
            at = _section_end(lines, lines.index(heading))
        else:
            at = lines.index("## Sources") if "## Sources" in lines else len(lines)
            if heading:
                lines[at:at] = [heading, ""]
                at += 2
        lines[at:at] = extra + ([""] if at < len(lines) and lines[at] else [])
        present.update(extra)
    return "\n".join(lines).rstrip("\n") + "\n"


def _section_end(lines: list[str], start: int) -> int:
    """Return the index just after the last non-empty line of the section at `start`."""
    end = start + 1
    last = end
    while end < len(lines) and not lines[end].startswith("#"):
        if lines[end].strip():
            last = end + 1
        end += 1
    return last
