"""Sentences that lean on the one before them: "He added...", "But the talks...".

Such a sentence means little alone, so a brief takes it only with the sentence it leans
on. The words are pronouns, demonstratives and connectives that open a sentence in
news. A sentence that opens with a quotation may name its speaker at the end; it can
be a point, but not the bottom line.
"""

from __future__ import annotations

_WORDS = {
    "en": "he she it they this that these those his her its their him them there but and "
    "or so yet also however meanwhile still instead then thus hence nevertheless moreover "
    "furthermore besides otherwise later earlier afterwards such",
    "de": "er sie es dies diese dieser dieses das dort aber und oder doch jedoch auch "
    "dennoch trotzdem dann danach später zudem außerdem allerdings dabei damit deshalb "
    "daher sein seine ihr ihre",
    "fr": "il elle ils elles ce cela ceci cette ces mais et ou donc pourtant cependant "
    "toutefois ensuite puis aussi également sa son ses leur leurs",
    "es": "él ella ellos ellas esto este esta estos estas eso pero y o sin embargo "
    "además también luego después entonces su sus",
    "it": "egli lui lei essi esso questo questa questi queste ma e o però tuttavia "
    "inoltre anche poi quindi suo sua suoi",
    "pt": "ele ela eles elas isso isto este esta mas e ou porém contudo além também "
    "depois então seu sua seus",
    "ru": "он она оно они это этот эта эти но и а или однако также затем потом тогда "
    "кроме его её их",
    "uk": "він вона воно вони це цей ця ці але і й а або однак також потім тоді його її їх",
    "pl": "on ona ono oni one to ten ta te ale i a lub jednak także również potem wtedy "
    "jego jej ich",
    "cs": "on ona ono oni to ten ta ty ale a nebo však také potom pak jeho její jejich",
    "sk": "on ona ono oni to ten tá tie ale a alebo však tiež potom jeho jej ich",
    "sv": "han hon den det de detta denna dessa men och eller dock också sedan därför hans "
    "hennes deras",
    "nl": "hij zij ze het dit deze die dat maar en of echter ook daarna toen zijn haar hun",
    "el": "αυτός αυτή αυτό αυτοί αυτές αυτά αλλά και ή ωστόσο επίσης μετά τότε",
}
LEANING_WORDS = {code: frozenset(words.split()) for code, words in _WORDS.items()}
OPENING_QUOTES = "“\"«„‘'»‚"


def first_word(text: str) -> str:
    """Return the first word of text in lower case, without punctuation around it."""
    words = text.split(maxsplit=1)
    return words[0].strip(",;:.!?()[]").lower() if words else ""


def leans_back(text: str, language: str) -> bool:
    """Tell whether a sentence opens with a word that points to the one before it, or
    does so after a short opening phrase ("Dans une certaine mesure, cela a fonctionné",
    "In the end, they agreed")."""
    words = LEANING_WORDS.get(language, frozenset())
    if first_word(text) in words:
        return True
    head, comma, rest = text[:INTRO_CHARS].partition(",")
    return bool(comma) and len(head.split()) <= INTRO_WORDS and first_word(rest) in words


INTRO_WORDS = 5  # an opening phrase before a comma this short leaves the subject after it
INTRO_CHARS = 60


def opens_with_quote(text: str) -> bool:
    """Tell whether a sentence opens with a quotation mark."""
    return text[:1] in OPENING_QUOTES


def stands_alone(text: str, language: str) -> bool:
    """Tell whether a sentence can open a brief without the sentence before it."""
    return not opens_with_quote(text) and not leans_back(text, language)
