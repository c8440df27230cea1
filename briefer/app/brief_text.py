"""The brief as the editor holds it: Markdown text tied back to the points it shows.

Pure logic (no Qt), so that finding the point under the cursor and keeping the user's
edits on regenerate are tested without a window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from briefer.brief import Brief, Point
from briefer.render.markdown import escape, point_text, render_markdown


@dataclass
class BriefText:
    """A generated brief, its Markdown, and the rendered text of each point."""

    brief: Brief
    markdown: str = ""
    rendered: dict[str, Point] = field(default_factory=dict)
    # How each quotation, speaker, figure and name is written, and its (source, start, end)
    extras: list[tuple[str, tuple[int, int, int]]] = field(default_factory=list)

    @classmethod
    def of(cls, brief: Brief) -> BriefText:
        cite = len(brief.sources) > 1
        rendered = {point_text(p, cite): p for p in [*brief.points, *brief.left_out]}
        return cls(brief, render_markdown(brief), rendered, _extras(brief))

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
            return self._extra_at(line, column)
        sentence = point_text(point, cite=False)
        end = line.find(sentence) + len(sentence)
        source = point.source
        if column > end:
            for match in re.finditer(r"\d+", line[end:]):
                if match.start() <= column - end <= match.end():
                    source = int(match.group())
        start, stop = point.span_in(source) or (point.start, point.end)
        return (source, start, stop) if point.span_in(source) else (point.source, start, stop)

    def _extra_at(self, line: str, column: int) -> tuple[int, int, int] | None:
        """Return the span of the quotation, speaker, figure or name shown at a column."""
        found = None
        for text, span in self.extras:
            at = line.find(text)
            if at >= 0 and at <= column <= at + len(text):
                if found is None or len(text) < len(found[0]):  # the speaker, not the line
                    found = (text, span)
        return found[1] if found else None

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


def _extras(brief: Brief) -> list[tuple[str, tuple[int, int, int]]]:
    """Return how the brief writes each quotation, speaker, figure and name (as
    render_markdown does), with the span of the article it comes from."""
    found: list[tuple[str, tuple[int, int, int]]] = []
    for quote in brief.quotes:
        found.append((f"“{escape(quote.text)}”", (quote.source, quote.start, quote.end)))
        speaker = (quote.source, quote.speaker_start, quote.speaker_end)
        found.append((f"**{escape(quote.name)}:**", speaker))
    found += [(escape(f.text), (f.source, f.start, f.end)) for f in brief.figures]
    found += [(f"{escape(n.name)} ({n.count})", (n.source, n.start, n.end)) for n in brief.names]
    return found


def title_of(text: str, fallback: str) -> str:
    """Return the brief's title as the user left it: its first "# " line."""
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip() or fallback
    return fallback


@dataclass(frozen=True)
class Merged:
    """The editor's text after Regenerate, and where each of its old lines went."""

    text: str
    moved: dict[int, int]  # line number before -> line number after, for lines kept


@dataclass
class _Insertion:
    lines: list[str]
    ours: list[int]  # the editor's line numbers of these lines
    heading: str = ""  # set when their section is gone from the new brief


def merge_regenerated(edited: str, old: BriefText, new: BriefText, pinned: set[str]) -> Merged:
    """Return the new brief with everything the user changed in the old one, in place.

    A three-way merge by lines: the old brief's Markdown is the common base, the
    editor's text holds the user's changes to it, and the new Markdown the generator's.
    Lines the user typed stay after the line they were typed after; a point the user
    edited (or swapped) takes the place of its original, under its heading, and a
    pinned point stays even when the new brief leaves it out; lines the user deleted
    stay deleted. Everything else comes from the new brief. When the user's section is
    gone from the new brief, its heading is written again before the sources.
    """
    base = [_PINNED if _holds(line, pinned) else line for line in old.markdown.splitlines()]
    ours = edited.splitlines()
    theirs = new.markdown.splitlines()
    in_theirs, stands = _matches(base, theirs)
    removed: set[int] = set()  # lines of `theirs` the user's changes replace
    kept: dict[int, int] = {}  # lines of `ours` -> lines of `theirs` they are
    slots: dict[int, list[_Insertion]] = {}  # after line of `theirs` (-1: at the top)
    matcher = SequenceMatcher(None, base, ours, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            kept.update({j1 + k: in_theirs[i1 + k] for k in range(i2 - i1) if i1 + k in in_theirs})
            continue
        removed.update(in_theirs[i] for i in range(i1, i2) if i in in_theirs)
        if j2 > j1:
            slot, insertion = _place(base, in_theirs, stands, i1, ours[j1:j2], list(range(j1, j2)))
            slots.setdefault(slot, []).append(insertion)
    typed = {line for group in slots.values() for ins in group for line in ins.lines if line}
    from_base = set(in_theirs.values())
    drop = removed | {j for j, line in enumerate(theirs) if j not in from_base and line in typed}
    return _build(theirs, drop, slots, kept)


_PINNED = "\0pinned"  # stands for a pinned line in the base: the user's, not the generator's


def _holds(line: str, pinned: set[str]) -> bool:
    return any(point in line for point in pinned)


def _matches(base: list[str], theirs: list[str]) -> tuple[dict[int, int], dict[int, int]]:
    """Compare the old brief's lines with the new brief's.

    Returns base line -> the same line in the new brief (for lines both hold in order),
    and base line -> the line of the new brief that stands where it stood: itself, the
    last line of what replaced it, or the line before the place it was removed from.
    """
    same: dict[int, int] = {}
    stands: dict[int, int] = {}
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, base, theirs, autojunk=False).get_opcodes():
        for k in range(i1, i2):
            if tag == "equal":
                same[k] = stands[k] = j1 + k - i1
            else:
                stands[k] = j2 - 1 if tag == "replace" else j1 - 1
    return same, stands


def _place(
    base: list[str],
    in_theirs: dict[int, int],
    stands: dict[int, int],
    at: int,
    lines: list[str],
    ours: list[int],
) -> tuple[int, _Insertion]:
    """Return where in the new brief lines the user put before base line `at` belong.

    They follow what stands where the base line before them stood (that line, or what
    the generator wrote instead), within their own section; with their section gone
    from the new brief, they go before the sources under their heading again.
    """
    heading_at = next((k for k in range(at - 1, -1, -1) if base[k].startswith("## ")), None)
    if heading_at is not None and heading_at not in in_theirs:
        return _SOURCES, _Insertion(lines, ours, heading=base[heading_at])
    return (stands[at - 1] if at > 0 else -1), _Insertion(lines, ours)


_SOURCES = -2  # the slot just before the new brief's sources


def _build(
    theirs: list[str], drop: set[int], slots: dict[int, list[_Insertion]], kept: dict[int, int]
) -> Merged:
    out: list[str] = []
    moved: dict[int, int] = {}
    where: dict[int, int] = {}  # line of `theirs` -> line of the result
    users_last: set[int] = set()  # result lines that end something the user wrote

    def insert(slot: int) -> None:
        for insertion in slots.get(slot, []):
            if insertion.heading:
                out.extend([insertion.heading, ""])
            for k, (line, number) in enumerate(zip(insertion.lines, insertion.ours, strict=True)):
                if k == 0 and out and _would_join(out[-1], line):
                    out.append("")
                moved[number] = len(out)
                out.append(line)
            if insertion.heading and out[-1]:
                out.append("")
            users_last.add(len(out) - 1)

    insert(-1)
    for j, line in enumerate(theirs):
        if line == "## Sources":
            insert(_SOURCES)
        if j not in drop:
            if len(out) - 1 in users_last and _would_join(out[-1], line):
                out.append("")
            where[j] = len(out)
            out.append(line)
        insert(j)
    if "## Sources" not in theirs:
        insert(_SOURCES)
    moved.update({o: where[t] for o, t in kept.items() if t in where})
    text, renumber = _tidy(out)
    return Merged(text, {o: renumber[r] for o, r in moved.items()})


def _would_join(before: str, after: str) -> bool:
    """Tell whether two adjacent lines would run into one Markdown paragraph, when they
    came from different hands and should not: both text, not list items or headings."""
    if not before.strip() or not after.strip():
        return False
    if before.startswith("#") or after.startswith("#"):
        return False
    return not (before.startswith(_ITEMS) and after.startswith(_ITEMS))


_ITEMS = ("- ", "* ", "+ ")


def _tidy(lines: list[str]) -> tuple[str, list[int]]:
    """Join lines, with no run of blank lines left by dropped points; return where each
    line went."""
    kept: list[str] = []
    renumber: list[int] = []
    for line in lines:
        blank_run = not line.strip() and (not kept or not kept[-1].strip())
        renumber.append(max(len(kept) - 1, 0) if blank_run else len(kept))
        if not blank_run:
            kept.append(line)
    return "\n".join(kept).rstrip("\n") + "\n", renumber
