"""Text made safe to show: one line, no control characters, valid Unicode."""

from __future__ import annotations

import re

# C0 and C1 control characters and DEL; tab, newline and carriage return are handled apart.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Bidirectional overrides and isolates can make a name read differently from what it is.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")


def valid_unicode(text: str) -> str:
    """Replace each lone surrogate with U+FFFD, so the text encodes as UTF-8 (same length)."""
    return _SURROGATES.sub("\ufffd", text)


def strip_controls(text: str) -> str:
    """Remove control characters other than tab, newline and carriage return."""
    return _CONTROLS.sub("", text)


def one_line(text: str) -> str:
    """Return text as one line: runs of white space as one space, no control characters
    and no bidirectional overrides (U+202E before "txt.exe" shows it as "exe.txt")."""
    return _BIDI.sub("", _ANY_CONTROL.sub("", _SPACE.sub(" ", valid_unicode(text)))).strip()


def for_terminal(text: str) -> str:
    """Return a message fit for a terminal: controls, surrogates and overrides shown as codes."""
    return _BIDI.sub(_code, _ANY_CONTROL.sub(_code, _SURROGATES.sub(_byte_code, text)))


def _code(match: re.Match) -> str:
    return f"\\x{ord(match.group()):02x}" if ord(match.group()) < 256 else _wide(match)


def _wide(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"


def _byte_code(match: re.Match) -> str:
    """Show a byte that a file name could not decode (held as U+DC80..U+DCFF) as \\xNN."""
    point = ord(match.group())
    return f"\\x{point - 0xDC00:02x}" if 0xDC80 <= point <= 0xDCFF else _wide(match)


_JSON_UNSAFE = re.compile(r"[<>\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def safe_json(data: object, indent: int | None = None) -> str:
    """Return JSON that encodes as UTF-8 and holds no raw "<", ">" or control character.

    Those, and bidirectional overrides, are written as \\u escapes, which read back as
    the same string; a lone surrogate (a file name that was not UTF-8) survives as its
    escape.
    """
    import json

    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(_wide, text)
