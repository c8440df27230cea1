"""What the preview shows of a brief's Markdown, and its HTML. No Qt here: the engine's
process makes the first preview of each brief, and the window every one after."""

from __future__ import annotations

from briefer.render.html import markdown_to_html, screen_style

# A brief is a few dozen lines. Qt lays out a list in time that grows with the square of
# its items (25,000 pasted bullets held the window 23 s), so a longer text is previewed
# in part, and the preview says so.
MOST_LINES = 2000
MOST_CHARACTERS = 100_000


def preview_html(markdown_text: str) -> str:
    """Return the preview's HTML for Markdown in the light style."""
    return markdown_to_html(previewed(markdown_text), style=screen_style())


def previewed(markdown_text: str) -> str:
    """Return the part of the Markdown the preview shows: all of it, unless it is longer
    than MOST_LINES lines or MOST_CHARACTERS characters; then its start and a line that
    says the export holds the rest."""
    start = markdown_text[:MOST_CHARACTERS]
    lines = start.split("\n", MOST_LINES)
    if len(start) == len(markdown_text) and len(lines) <= MOST_LINES:
        return markdown_text
    kept = "\n".join(lines[:MOST_LINES])
    return f"{kept}\n\n*The preview shows the start of this text only; the export holds it all.*"
