"""How the window words the engine's errors and notes: with the control that changes
what caused them, never a command-line flag."""

from __future__ import annotations

from briefer.brief import SKIPPED, Note
from briefer.errors import BrieferError, OptionError, with_remedy

# Where, in the window, each option that an error or a note names is changed.
CONTROLS = {
    "points": "the Points box",
    "ratio": "the share box",
    "algorithm": "the Algorithm box",
    "themes": "the Themes box",
    "language": "the Language box",
}
REMEDIES = {
    "themes": "choose another in the Themes box",
    "language": "choose the language in the Language box",
    "max_bytes": "Brief ▸ Reading Limits changes the limit",
    "read_seconds": "Brief ▸ Reading Limits changes the limit",
    "brief_seconds": "Brief ▸ Reading Limits changes the limit",
}


def describe_error(error: BrieferError) -> str:
    """Return an error as the window words it: with where to change what caused it."""
    control = CONTROLS.get(error.option or "")
    if isinstance(error, OptionError) and control:
        return f"{error} (see {control})"
    return with_remedy(error, REMEDIES)


def describe_note(note: Note) -> str:
    """Return a brief's note as the window words it."""
    return with_remedy(note, REMEDIES)


def tell_notes(notes, say, report) -> None:
    """Show a brief's notes in the status bar; files left out also in a message."""
    for note in notes:
        say(describe_note(note), 10000)
    skipped = [describe_note(note) for note in notes if note.kind == SKIPPED]
    if skipped:
        report("\n".join(skipped))
