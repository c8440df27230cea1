"""Quotation marks: where quotations open and close in a paragraph, in any of the
styles news copy uses (“…”, „…“, «…», "…", ‘…’ and '…' told from apostrophes, and the
wire services' doubled single marks: “…’’, ``…'')."""

from __future__ import annotations

import re

_CLOSERS = {
    "“": '”"',
    "„": "“”",
    "«": "»",
    "»": "«",
    '"': '"”',
    "‘": "’",
    "‚": "‘’",
    "'": "'’",
}
_MARK = re.compile(r"``|[“”„«»\"‘’'‚]")
_DOUBLE = '“„"`'  # openers a doubled single mark closes: “…’’ and ``…''
_DOUBLED = ("’’", "''")
_SINGLE = "‘’'‚"
_SPACED = "«»"  # French sets guillemets off with spaces: « Nous devons agir »


def quotation_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return (start, end) of every quotation in text[start:end], marks excluded.

    A quotation left open at the end of the stretch runs to its end, as when a quote
    goes on into the next paragraph.
    """
    spans = []
    position = start + 1 if _stray_closer(text, start, end) else start
    while True:
        opener = _next_opener(text, position, end)
        if opener is None:
            return spans
        closer = _closer(text, opener, end)
        spans.append((opener + _width(text, opener), closer if closer is not None else end))
        if closer is None:
            return spans
        position = closer + 1


def _stray_closer(text: str, at: int, end: int) -> bool:
    """Tell a mark that opens a paragraph but closes the quotation of the one before, as
    copy that moved the closing mark past the paragraph break has it: '…terrorist
    groups.\n\n"He added: "This is…'. The words after it lead, by a colon or a
    comma, to a quotation of their own, which no quotation holds."""
    if text[at : at + 1] not in '"”':
        return False
    following = _MARK.search(text, at + 1, end)
    if following is None or text[following.start() - 2 : following.start()] not in (": ", ", "):
        return False
    return _opens(text, following.start(), end)


def _next_opener(text: str, position: int, end: int) -> int | None:
    for match in _MARK.finditer(text, position, end):
        at = match.start()
        if _opens(text, at, end):
            return at
    return None


def _width(text: str, opener: int) -> int:
    """Return how many characters an opening mark takes: two for ``, else one."""
    return 2 if text.startswith("``", opener) else 1


def _opens(text: str, at: int, end: int) -> bool:
    if _width(text, at) == 2:
        return at + 2 < end and not text[at + 2].isspace()
    mark = text[at]
    if mark not in _CLOSERS:
        return False
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < end else " "
    if after.isspace() and mark not in _SPACED:
        return False
    if mark in _SINGLE:  # not an apostrophe: a quotation starts a word
        return (before.isspace() or before in "([—–-:") and after.isalpha()
    return not before.isalnum()


def _closer(text: str, opener: int, end: int) -> int | None:
    double = text[opener] in _DOUBLE
    closers = _CLOSERS.get(text[opener], "")
    for match in _MARK.finditer(text, opener + _width(text, opener), end):
        at = match.start()
        if double and text.startswith(_DOUBLED, at) and not text[at - 1].isspace():
            return at  # “…,’’ and ``…,'': the wires close with two single marks
        if text[at] not in closers:
            continue
        before = text[at - 1]
        after = text[at + 1] if at + 1 < end else " "
        if before.isspace() and text[at - 2 : at - 1] not in ("'", "’") and text[at] not in "»«":
            continue  # an opening mark, unless it closes just after a nested quotation
        if text[opener] in _SINGLE and (
            after.isalnum()
            or before not in ",.!?…"
            and (after not in " ,.;:!?)—–-" or before == "s" and _possessive(text, at))
        ):
            continue  # "don’t", "Kilmarnock’s", "players’ efforts"
        return at
    return None


def _possessive(text: str, at: int) -> bool:
    """Tell a plural possessive ("the players’ union") from a closing mark."""
    following = text[at + 1 : at + 40].split()
    return (
        bool(following)
        and following[0][:1].islower()
        and following[0] not in _FUNCTION_WORDS
        and text[at + 1 : at + 2] == " "
    )


# Words that follow a closing mark but never a possessive ("'envious' of her").
_FUNCTION_WORDS = frozenset("of and or as to in for with the a an at on by but that is was".split())
