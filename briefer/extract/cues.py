"""The words that attribute a quotation: a speech verb and its speaker before or after
it ("…,” Rubio said", "said the Kremlin", "Trump said: “…”"), or "according to"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefer.extract.lexicon import (
    ACCORDING_TO,
    AUXILIARIES,
    CONNECTORS,
    DATE_WORDS,
    MONTHS_AND_DAYS,
    PRONOUNS,
    TITLES,
)
from briefer.text.split import Sentence

WORD = re.compile(r"[^\W_](?:[^\W_]|['’.\-](?=[^\W_]))*")
_DETERMINERS = frozenset(
    """the a an his her its their our this that one another
    le la les l' un une son sa ses leur leurs ce cette
    el los las su sus o os as um uma seu sua il lo gli""".split()
)
# How an adverb between a speaker and the verb ends ("Rubio quietly said", "le trader a
# notamment affirmé").
_ADVERB_ENDINGS = {"en": "ly", "fr": "ment", "es": "mente", "it": "mente", "pt": "mente"}
# Words that end a speaker named after the verb: what follows says where, when or why
# ("said Smith in a statement", "a déclaré le chef de l'Etat au cours d'une conférence").
# No articles where an article may open the speaker ("disse a ministra", "sagte die").
_STOP_AFTER = {
    code: frozenset(words.split())
    for code, words in {
        "en": "in on at after during when who which while to as before because and but if",
        "fr": "à au aux dans en lors pendant durant devant après avant sur lorsque quand qui "
        "dont et mais car si selon",
        "es": "en a al durante tras ante antes después cuando quien que y pero porque si según",
        "pt": "em no na nos nas ao aos durante após ante antes depois quando quem que e mas "
        "porque se segundo",
        "it": "in a al alla nel nella durante dopo davanti prima quando chi che e ma perché "
        "se secondo",
        "de": "in im am an auf bei während nach vor gegenüber als wenn weil und aber",
    }.items()
}
# Words a speaker cannot end on ("a spokesman for the", "le porte-parole de").
_DANGLING = {
    "en": ("of", "for", "the"),
    "fr": ("de", "du", "des", "la", "le", "les"),
    "es": ("de", "del", "la", "el", "los", "las"),
    "pt": ("de", "do", "da", "dos", "das"),
    "it": ("di", "del", "della", "dei", "degli"),
    "de": ("des", "der"),
}


@dataclass(frozen=True)
class Cue:
    """Where the speaker and the whole attribution ("Rubio said") are in the text."""

    speaker_start: int
    speaker_end: int
    cue_start: int
    cue_end: int


def find_cue(
    text: str, start: int, closer: int, sentence: Sentence, verbs, language: str
) -> Cue | None:
    """Find the words that attribute the quotation: before it, after it, or "according to".

    `closer` is where its closing mark is (or the end of the text it runs to).
    """
    limit = _sentence_end(text, closer, sentence)
    after = _after_cue(text, min(closer + 1, len(text)), limit, verbs, language)
    before = _before_cue(text, sentence.start, start - 1, verbs, language)
    # "X told her '…', the website states": the words next to the quotation win
    if before and (not after or len(WORD.findall(text[before.cue_end : start])) <= 2):
        return before
    if after:
        return after
    if len(WORD.findall(text[start:closer])) < 6:
        return None  # "according to" names a source of a phrase as often as a speaker
    around = max(sentence.start, start - 300), min(max(limit, sentence.end), closer + 300)
    return _according(text, *around, language)


def _sentence_end(text: str, end: int, sentence: Sentence) -> int:
    """Return where the words after a closing mark stop: the next mark or the sentence end."""
    stop = sentence.end if sentence.end > end else end + 200
    stop = min(stop, len(text))
    for at in range(end + 1, stop):
        if text[at] in '“„«"‘\n' or text[at] in ".!?" and at > end + 2:
            return at
    return stop


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]


def _after_cue(text: str, start: int, end: int, verbs, language: str) -> Cue | None:
    """'…,” Rubio said' and '…,” said the Kremlin'."""
    words = _words(text, start, min(end, start + 300))[:20]
    if not words or text[start : words[0][0]].strip(" ,’”'\"»“"):
        return None
    plain = [w[2].lower() for w in words]
    inverted = _inverted(words, plain, verbs, language)
    if inverted:
        return inverted
    if len(words) > 1 and plain[0] in AUXILIARIES.get(language, ()) and plain[1] in verbs:
        words, plain = words[1:], plain[1:]  # "…», a déclaré Macron"
    if plain[0] in verbs:  # "said Smith", "said a spokesman for the council"
        speaker = _following_phrase(text, words[1:], language)
        if speaker:
            return Cue(*speaker, words[0][0], speaker[1])
        return None
    for i, word in enumerate(plain[:8]):
        if word in verbs:
            speaker = _preceding_phrase(text, words[:i], language)
            if speaker and (speaker[0] == words[0][0] or _role_before(text, words, speaker)):
                return Cue(*speaker, words[0][0], words[i][1])
            return None
    return _after_apposition(text, words, plain, verbs, language)


def _role_before(text: str, words, speaker: tuple[int, int]) -> bool:
    """Tell whether only a role, perhaps with its organisation, stands between the
    quotation and its speaker's name: '…,' Hawks spokesperson Garin Narain told"."""
    before = [w for w in words if w[1] <= speaker[0]]
    if not before or len(before) > 4:
        return False
    spaced = all(text[a[1] : b[0]] == " " for a, b in zip(before, before[1:]))
    roles = [w for w in before if not w[2][0].isupper()]
    return spaced and bool(roles) and all(w[2].capitalize() in TITLES for w in roles)


def _inverted(words, plain, verbs, language: str) -> Cue | None:
    """'…», a-t-il déclaré' and '…», dit-elle': the speaker is the pronoun joined to the
    verb, to be found among the people named before."""
    pattern = _INVERTED.get(language)
    found = pattern.fullmatch(plain[0]) if pattern else None
    if found is None:
        return None
    start, end, _ = words[0]
    speaker = start + found.start("pronoun"), start + found.end("pronoun")
    if found["head"] in verbs:
        return Cue(*speaker, start, end)
    if found["head"] in AUXILIARIES.get(language, ()) and len(plain) > 1 and plain[1] in verbs:
        return Cue(*speaker, start, words[1][1])
    return None


# A verb or an auxiliary with its subject pronoun after it, joined by hyphens.
_INVERTED = {"fr": re.compile(r"(?P<head>[^\W\d_]+)-(?:t-)?(?P<pronoun>il|elle)")}


def _after_apposition(text: str, words, plain, verbs, language: str) -> Cue | None:
    """'…,' Makrus Åsberg, a 25-year-old officer with the police, told the Post."""
    name = 0
    while name < len(words) and words[name][2][0].isupper():
        if name and text[words[name - 1][1] : words[name][0]] != " ":
            break
        name += 1
    if not name or text[words[name - 1][1] : words[name - 1][1] + 1] != ",":
        return None
    for i in range(name, len(words)):
        if plain[i] in verbs:
            if text[words[i - 1][1] : words[i - 1][1] + 1] != ",":
                return None  # the apposition ends with a comma before the verb
            return Cue(words[0][0], words[name - 1][1], words[0][0], words[i][1])
    return None


def _before_cue(text: str, start: int, end: int, verbs, language: str) -> Cue | None:
    """'Trump said: “…”', 'the ministry said both sides “…”'."""
    words = _words(text, max(start, end - 400), end)
    for i in range(len(words) - 1, max(-1, len(words) - 21), -1):
        if words[i][2].lower() not in verbs:
            continue
        between = text[words[i][1] : end]
        if re.search(r"[.!?]\s", between) or "“" in between or "”" in between:
            return None
        speaker = _preceding_phrase(text, words[:i], language)
        if speaker:
            return Cue(*speaker, speaker[0], words[i][1])
        return None
    return None


def _according(text: str, start: int, end: int, language: str) -> Cue | None:
    phrase = ACCORDING_TO.get(language)
    if not phrase:
        return None
    found = re.search(rf"\b{re.escape(phrase)}\s+", text[start:end], re.IGNORECASE)
    if not found:
        return None
    at = start + found.end()
    speaker = _following_phrase(text, _words(text, at, end), language)
    return Cue(*speaker, start + found.start(), speaker[1]) if speaker else None


def _preceding_phrase(
    text: str, words, language: str, apposition: bool = True
) -> tuple[int, int] | None:
    """Return the span of the speaker written just before a speech verb."""
    words = list(words)
    adverb = _ADVERB_ENDINGS.get(language, "ly")
    if words and words[-1][2].endswith(adverb) and not words[-1][2][0].isupper():
        words = words[:-1]  # "Rubio said" as much as "Rubio quietly said"
    if words and words[-1][2].lower() in AUXILIARIES.get(language, ()):
        words = words[:-1]  # "le trader a affirmé": the speaker is before "a"
    if words and words[-1][2] in ("who", "which", "that"):
        words = words[:-1]  # "a singer who claims": the speaker is before "who"
    if not words:
        return None
    last_end = words[-1][1]
    if apposition and text[last_end : last_end + 1] == ",":  # "Smith, a spokesman, said"
        for i in range(len(words) - 2, max(-1, len(words) - 14), -1):
            if text[words[i][1] : words[i][1] + 1] == "," and words[i][2][0].isupper():
                return _preceding_phrase(text, words[: i + 1], language, False)
        return None
    if words[-1][2].lower() in PRONOUNS.get(language, ()):
        return words[-1][0], words[-1][1]
    if words[-1][2] == "and":  # "Kunis confessed to the crime and told her"
        names = [i for i, w in enumerate(words[:-1]) if w[2][0].isupper() and i > 0]
        if names:
            return _preceding_phrase(text, words[: names[-1] + 1], language, False)
        if words[0][2].lower() in PRONOUNS.get(language, ()):  # "She campaigned …, and said"
            return words[0][0], words[0][1]
        return None
    taken = []
    for word in reversed(words):
        gap = text[word[1] : (taken[-1][0] if taken else last_end)]
        if taken and gap not in (" ", "’s ", "'s "):
            break
        if not word[2][0].isupper() and not (taken and word[2] in ("of", "for")):
            break
        taken.append(word)
    if taken:
        if _when(taken):
            return None  # "In June, he posted…, saying": a time, not who spoke
        first = taken[-1]
        # "the Kremlin": a determiner before a name is part of the speaker
        return first[0], taken[0][1]
    issuer = _issuer(words) if language == "en" else None
    if issuer:
        return _preceding_phrase(text, issuer, language, False)
    return _nominal(text, words)


# "The ministry issued a statement saying": a document speaks for whoever issued it.
_DOCUMENTS = frozenset("statement letter report post tweet message note release email".split())
_ISSUED = frozenset("issued released published posted sent wrote".split())


def _issuer(words) -> list | None:
    """Return the words before "issued a statement" and the like, or None."""
    if len(words) < 4 or words[-1][2].lower() not in _DOCUMENTS:
        return None
    if words[-2][2].lower() not in _DETERMINERS or words[-3][2].lower() not in _ISSUED:
        return None
    return words[:-3]


def _when(words) -> bool:
    """Tell a capitalised time ("In June", "On Monday") from a speaker's name."""
    plain = [w[2] for w in words]
    return all(w in MONTHS_AND_DAYS or w.lower() in _TIME_WORDS for w in plain)


_TIME_WORDS = frozenset("in on at by since until during before after early late last next".split())


def _nominal(text: str, words) -> tuple[int, int] | None:
    """'the spokesman said', 'police said': a role instead of a name."""
    for back in range(1, min(5, len(words)) + 1):
        word = words[-back]
        if text[word[1] : words[-back + 1][0] if back > 1 else word[1]].strip():
            return None
        if word[2].lower() in _DETERMINERS:
            return (word[0], words[-1][1]) if back > 1 else None
    one = words[-1]
    if len(words) == 1 or text[words[-2][1] : one[0]].strip(" ") in (",", ".", ";"):
        return one[0], one[1]
    return None


def _following_phrase(text: str, words, language: str) -> tuple[int, int] | None:
    """Return the speaker written after the verb: 'said Smith', 'said the Kremlin'."""
    stops = _STOP_AFTER.get(language, _STOP_AFTER["en"])
    while words and words[0][2].lower() in DATE_WORDS:  # "a déclaré vendredi le ministre"
        words = words[1:]
    # "disse ao negar que…" names no one; "a déclaré à l'AFP Christian Prudhomme" does
    if words and words[0][2].lower() in stops and not any(w[2][0].isupper() for w in words[1:5]):
        return None
    titled = _name_after_title(text, words[:20])
    if titled:
        return titled
    dangling = _DANGLING.get(language, _DANGLING["en"])
    taken = []
    named = bool(words) and words[0][2][0].isupper()  # "said Pedro Sánchez en Madrid"
    for word in words[:9]:
        if taken and text[taken[-1][1] : word[0]] not in (" ", "’s ", "'s "):
            break
        if word[2].lower() in stops and taken:
            break
        if named and not word[2][0].isupper() and word[2] not in CONNECTORS:
            break
        taken.append(word)
    while taken and not taken[-1][2][0].isupper() and len(taken) > 1 and taken[-1][2] in dangling:
        taken.pop()
    if not taken:
        return None
    return taken[0][0], taken[-1][1]


def _name_after_title(text: str, words) -> tuple[int, int] | None:
    """'said the company's Chief Executive Officer, Jane Roe.': the name after the role."""
    for k in range(1, len(words)):
        if text[words[k - 1][1] : words[k][0]] != ", " or not words[k][2][0].isupper():
            continue
        if not any(w[2] in TITLES for w in words[:k]):
            return None
        run = k
        while run + 1 < len(words) and text[words[run][1] : words[run + 1][0]] == " ":
            if not words[run + 1][2][0].isupper():
                break
            run += 1
        after = text[words[run][1] : words[run][1] + 1]
        if after in ("", ".", ",", ";", "!", "?", "\n") or run == len(words) - 1:
            return words[k][0], words[run][1]
        return None
    return None
