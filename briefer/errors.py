"""Errors the user can act on, each naming the file and the reason."""

from __future__ import annotations

from pathlib import Path

# Exit codes of the command line, documented in `briefer brief --help`.
EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_LANGUAGE = 4
EXIT_OUTPUT = 5
EXIT_CANCELLED = 130


class BrieferError(Exception):
    """A failure with a message fit to show a user, and the exit code it maps to.

    The message names no command-line flag or window control: `option` is the field of
    `BriefOptions` that would get past it (a larger `max_bytes`, another `language`), and
    each front tells its user in its own words where to change it.
    """

    exit_code = EXIT_INTERNAL

    def __init__(self, reason: str, path: str | Path | None = None, option: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.path = None if path is None else str(path)
        self.option = option

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason


class InputError(BrieferError):
    """An article that cannot be read: missing, empty, binary, undecodable, too large."""

    exit_code = EXIT_INPUT


class LanguageError(BrieferError):
    """An article in a language Briefer cannot brief, or an unknown language code."""

    exit_code = EXIT_LANGUAGE


class OutputError(BrieferError):
    """A brief that could not be written."""

    exit_code = EXIT_OUTPUT


class OptionError(BrieferError):
    """An option value that makes no sense (unknown algorithm, theme pack, ratio)."""

    exit_code = EXIT_USAGE


class Cancelled(BrieferError):
    """The user cancelled a brief before it was finished."""

    exit_code = EXIT_CANCELLED

    def __init__(self) -> None:
        super().__init__("cancelled")


def with_remedy(item: BrieferError | object, remedies: dict[str, str]) -> str:
    """Return an error's (or a brief's note's) message and, when it names an option, how
    the front at hand changes it: `remedies` maps option names to its words."""
    remedy = remedies.get(getattr(item, "option", None) or "")
    return f"{item}; {remedy}" if remedy else str(item)
