"""Page furniture inside a paragraph: text a page shows around the news, never a point.

The reader drops whole lines of furniture (bylines, captions, share prompts); these are
the pieces that survive inside article text on real pages: strips of related links
tagged "[VIDEO]" or joined by bars, "DON'T MISS" blocks, the hover cards of a name
("Kristi NoemKristi Lynn Noem... MORE") and photo credits ("photos © Inexhibit, 2018").
Every pattern is linear: no nested repetition, so no input makes them backtrack.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"\[[A-Z]{3,12}\]")  # [VIDEO], [INSIGHT], [PICS]
_BAR = re.compile(r"\s\|\s?|\]\|")
_SHOUT = re.compile(
    r"\b(?:DON'T MISS|DON’T MISS|DO NOT MISS|READ MORE|MORE ON THIS|MOST READ|"
    r"WATCH NOW|CLICK HERE|SIGN UP)\b"
)
_MORE_CARD = re.compile(r"(?:\.\.\.|…)\s*MORE\s*$|\bMORE\s*$")
_CREDIT = re.compile(
    r"©|\(c\)\s*\d{4}|\b(?:photos?|images?|pictures?)\s*(?:by|courtesy of|credit)\s*:?",
    re.IGNORECASE,
)

# What every pattern above needs somewhere in the text: most sentences have none of it,
# and one search tells so.
_ANY_MARK = re.compile(r"[\[|©]|MISS|MORE|MOST|WATCH|CLICK|SIGN|(?i:\(c\)|photo|image|picture)")


def is_furniture(text: str) -> bool:
    """Tell whether a sentence is page furniture rather than news."""
    if not _ANY_MARK.search(text):
        return False
    tags = len(_TAG.findall(text))
    if tags >= 2 or (tags and _BAR.search(text)) or len(_BAR.findall(text)) >= 2:
        return True
    if _SHOUT.search(text) or _MORE_CARD.search(text):
        return True
    return bool(_CREDIT.search(text))
