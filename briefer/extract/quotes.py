"""Who said what: quotations and their speakers, by the cues news copy uses.

A quotation is attributed by a speech verb next to it ("…,” Rubio said", "said the
Kremlin", "Trump said: “…”"), or by "according to". "He said" is resolved to the
person named last before it (the first one named in the nearest earlier sentence),
and a quotation that follows an attributed one with no cue of its own continues it.
A quotation with no speaker is left out: it cannot be told from a title or scare quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from briefer.article import Article
from briefer.extract import PERSON, Quote, spaced
from briefer.extract.lexicon import (
    ACCORDING_TO,
    AUXILIARIES,
    CONNECTORS,
    PRONOUNS,
    TITLES,
    speech_verbs,
)
from briefer.extract.marks import quotation_spans
from briefer.extract.names import Mention, canonical_names, surname
from briefer.text.split import Sentence

MIN_WORDS = 3  # a shorter quotation is a scare quote ("frank"), not something said
_WORD = re.compile(r"[^\W_](?:[^\W_]|['’.\-](?=[^\W_]))*")
_DETERMINERS = frozenset("the a an his her its their our this that one another".split())
_STOP_AFTER = frozenset(
    "in on at after during when who which while to as before because and but if".split()
)


class _People:
    """The people named in an article, to find whom "he said" and a surname stand for."""

    def __init__(self, mentions: Sequence[Mention], quotations: list[tuple[int, int]]):
        starts = [s for s, _ in quotations]
        people = [m for m in mentions if m.kind == PERSON]
        # "he said" stands for someone named in the narrative, not inside a quotation
        self.outside = [m for m in people if not _inside(m.start, quotations, starts)]
        self.starts = [m.start for m in self.outside]
        self.first: dict[int, Mention] = {}
        for m in self.outside:
            if not m.possessive:  # "Mr Davey's predecessor Roger Wright said"
                self.first.setdefault(m.sentence, m)
        self.ending = {m.end: m for m in people}
        self.surnames: dict[str, list[Mention]] = {}  # full names by surname, in order
        for m in people:
            if " " in m.text:
                self.surnames.setdefault(surname(m.text), []).append(m)

    def before(self, at: int) -> Mention | None:
        """Return the last person named outside quotations before `at`."""
        i = bisect_left(self.starts, at)
        return self.outside[i - 1] if i else None

    def name_of(self, start: int, end: int, text: str, names: dict[int, str]) -> str:
        """Return the fullest name of a person speaking, or the words the article uses."""
        m = self.ending.get(end)
        if m is not None and start <= m.start:
            return names.get(m.start, m.text)
        phrase = text[start:end]
        if phrase[:1].isupper():  # "World Cup Defoe added" in a caption: Jermain Defoe
            named = self.surnames.get(surname(phrase), [])
            earlier = [m for m in named if m.start < start] or named
            if earlier:
                return names.get(earlier[-1].start, earlier[-1].text)
        return phrase


def _inside(at: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect_right(starts, at)
    return bool(i) and at < spans[i - 1][1]


@dataclass(frozen=True)
class _Cue:
    speaker_start: int
    speaker_end: int
    cue_start: int
    cue_end: int


def find_quotes(
    article: Article,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    language: str,
    source: int = 1,
) -> list[Quote]:
    """Return the attributed quotations of an article, in reading order."""
    verbs = speech_verbs(language)
    if not verbs or not sentences:
        return []
    original, text = article.text, spaced(article.text)
    names = canonical_names(mentions)
    quotes: list[Quote] = []
    last: Quote | None = None
    found = list(_quotations(text, sentences))
    people = _People(mentions, [(s, e) for s, e, _ in found])
    previous = 0  # where the last quotation closed
    starts = [s.start for s in sentences]
    last_ends = -1  # the sentence where the last attributed quotation ends
    for start, closer, sentence in found:
        start, end = _trimmed(text, start, closer)
        after_quote = not text[previous:start].strip(" .,;:'’\"”‘“\n")
        previous = closer + 1
        if len(_WORD.findall(text[start:end])) < MIN_WORDS:
            continue
        cue = _cue(text, start, closer, sentence, verbs, language)
        if cue is None:
            if last is None or not _continues(text, start, sentence, last_ends, after_quote):
                continue
            quotes.append(_moved(last, original, start, end, sentence.index))
            last = quotes[-1]
            last_ends = bisect_right(starts, end) - 1
            continue
        speaker_span = _resolved(text, cue, sentence, people, language, last)
        if speaker_span is None:
            continue
        s, e = speaker_span
        last = Quote(
            text=original[start:end],
            speaker=original[s:e],
            name=people.name_of(s, e, original, names),
            source=source,
            start=start,
            end=end,
            speaker_start=s,
            speaker_end=e,
            cue_start=cue.cue_start,
            cue_end=cue.cue_end,
            sentence=sentence.index,
        )
        quotes.append(last)
        last_ends = bisect_right(starts, end) - 1
        if cue.cue_start > closer:  # '…,” he says. “…”': the cue is no gap
            previous = max(previous, cue.cue_end)
    return quotes


def _quotations(text: str, sentences: Sequence[Sentence]):
    """Yield (start, end, sentence) of every quotation, paragraph by paragraph."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    for group in by_paragraph.values():
        for start, end in quotation_spans(text, group[0].start, group[-1].end):
            home = next((s for s in reversed(group) if s.start <= start), group[0])
            yield start, end, home


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _cue(
    text: str, start: int, closer: int, sentence: Sentence, verbs, language: str
) -> _Cue | None:
    """Find the words that attribute the quotation: before it, after it, or "according to".

    `closer` is where its closing mark is (or the end of the text it runs to).
    """
    limit = _sentence_end(text, closer, sentence)
    after = _after_cue(text, min(closer + 1, len(text)), limit, verbs, language)
    before = _before_cue(text, sentence.start, start - 1, verbs, language)
    # "X told her '…', the website states": the words next to the quotation win
    if before and (not after or len(_WORD.findall(text[before.cue_end : start])) <= 2):
        return before
    if after:
        return after
    if len(_WORD.findall(text[start:closer])) < 6:
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
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


def _after_cue(text: str, start: int, end: int, verbs, language: str) -> _Cue | None:
    """'…,” Rubio said' and '…,” said the Kremlin'."""
    words = _words(text, start, min(end, start + 300))[:20]
    if not words or text[start : words[0][0]].strip(" ,’”'\"»“"):
        return None
    plain = [w[2].lower() for w in words]
    if len(words) > 1 and plain[0] in AUXILIARIES.get(language, ()) and plain[1] in verbs:
        words, plain = words[1:], plain[1:]  # "…», a déclaré Macron"
    if plain[0] in verbs:  # "said Smith", "said a spokesman for the council"
        speaker = _following_phrase(text, words[1:], end)
        if speaker:
            return _Cue(*speaker, words[0][0], speaker[1])
        return None
    for i, word in enumerate(plain[:8]):
        if word in verbs:
            speaker = _preceding_phrase(text, words[:i], language)
            if speaker and speaker[0] == words[0][0]:
                return _Cue(*speaker, speaker[0], words[i][1])
            return None
    return _after_apposition(text, words, plain, verbs, language)


def _after_apposition(text: str, words, plain, verbs, language: str) -> _Cue | None:
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
            return _Cue(words[0][0], words[name - 1][1], words[0][0], words[i][1])
    return None


def _before_cue(text: str, start: int, end: int, verbs, language: str) -> _Cue | None:
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
            return _Cue(*speaker, speaker[0], words[i][1])
        return None
    return None


def _according(text: str, start: int, end: int, language: str) -> _Cue | None:
    phrase = ACCORDING_TO.get(language)
    if not phrase:
        return None
    found = re.search(rf"\b{re.escape(phrase)}\s+", text[start:end], re.IGNORECASE)
    if not found:
        return None
    at = start + found.end()
    speaker = _following_phrase(text, _words(text, at, end), end)
    return _Cue(*speaker, start + found.start(), speaker[1]) if speaker else None


def _preceding_phrase(
    text: str, words, language: str, apposition: bool = True
) -> tuple[int, int] | None:
    """Return the span of the speaker written just before a speech verb."""
    words = list(words)
    if words and words[-1][2].endswith("ly") and not words[-1][2][0].isupper():
        words = words[:-1]  # "Rubio said" as much as "Rubio quietly said"
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
        first = taken[-1]
        # "the Kremlin": a determiner before a name is part of the speaker
        return first[0], taken[0][1]
    return _nominal(text, words)


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


def _following_phrase(text: str, words, end: int) -> tuple[int, int] | None:
    """Return the speaker written after the verb: 'said Smith', 'said the Kremlin'."""
    titled = _name_after_title(text, words[:20])
    if titled:
        return titled
    taken = []
    named = bool(words) and words[0][2][0].isupper()  # "said Pedro Sánchez en Madrid"
    for word in words[:9]:
        if taken and text[taken[-1][1] : word[0]] not in (" ", "’s ", "'s "):
            break
        if word[2].lower() in _STOP_AFTER and taken:
            break
        if named and not word[2][0].isupper() and word[2] not in CONNECTORS:
            break
        taken.append(word)
    while (
        taken
        and not taken[-1][2][0].isupper()
        and len(taken) > 1
        and (taken[-1][2] in ("of", "for", "the"))
    ):
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


def _resolved(
    text, cue, sentence, people: _People, language, last: Quote | None = None
) -> tuple[int, int] | None:
    """Return the speaker's span, going back to a person named earlier for 'he' or 'she'.

    The person is the speaker of the last quotation when no one has been named since,
    else the first person named (not in a possessive) in the nearest earlier sentence.
    """
    said = text[cue.speaker_start : cue.speaker_end].lower()
    if said in _UNRESOLVED:
        return None  # "I said" inside a quotation, or "they said" of no one in particular
    if said not in PRONOUNS.get(language, ()):
        return cue.speaker_start, cue.speaker_end
    named = people.before(cue.speaker_start)
    recent = last is not None and sentence.index - last.sentence <= 3
    if recent and (named is None or named.start < last.cue_start):
        return last.speaker_start, last.speaker_end
    if named is None:
        return None
    if named.sentence != sentence.index:
        named = people.first.get(named.sentence, named)  # the subject of that sentence
    return named.start, named.end


_UNRESOLVED = frozenset({"i", "we", "you", "they", "it", "one"})


def _continues(text, start, sentence, last_ends: int, after_quote: bool) -> bool:
    """Tell a quotation that goes on from the last attributed one, with no cue of its own:
    it opens its sentence, or follows another quotation with nothing but marks between."""
    opens_sentence = not text[sentence.start : start - 1].strip()
    return (opens_sentence or after_quote) and sentence.index - last_ends <= 2


def _moved(last: Quote, text: str, start: int, end: int, sentence: int) -> Quote:
    return Quote(
        **{
            **last.__dict__,
            "text": text[start:end],
            "start": start,
            "end": end,
            "sentence": sentence,
        }
    )
