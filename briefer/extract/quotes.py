"""Who said what: quotations and their speakers, by the cues news copy uses.

A quotation is attributed by a speech verb next to it ("…,” Rubio said", "said the
Kremlin", "Trump said: “…”"), or by "according to" (the cues are found in
briefer/extract/cues.py). "He said" stands for the speaker of the last quotation when no
one has been named since, else for the first person named in the nearest earlier
sentence; a quotation that follows an attributed one with no cue of its own continues it.
A quotation with no speaker is left out: it cannot be told from a title or scare quotes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from briefer.article import Article
from briefer.extract import PERSON, Quote, spaced
from briefer.extract.cues import WORD, Cue, find_cue
from briefer.extract.lexicon import PRONOUNS, speech_verbs
from briefer.extract.marks import quotation_spans
from briefer.extract.names import Mention, canonical_names, surname
from briefer.progress import CheckFn, checked, never
from briefer.text.split import Sentence

MIN_WORDS = 3  # a shorter quotation is a scare quote ("frank"), not something said
PRONOUN_REACH = 2  # sentences back in which "he said" looks for the person named


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


def find_quotes(
    article: Article,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    language: str,
    source: int = 1,
    check: CheckFn = never,
) -> list[Quote]:
    """Return the attributed quotations of an article, in reading order; `check()` may
    stop the work."""
    verbs = speech_verbs(language)
    if not verbs or not sentences:
        return []
    original, text = article.text, spaced(article.text)
    found = list(_quotations(text, sentences))
    people = _People(mentions, [(s, e) for s, e, _ in found])
    said = _Said(original, text, people, canonical_names(mentions), language, source)
    starts = [s.start for s in sentences]
    quotes: list[Quote] = []
    last: Quote | None = None
    last_ends = -1  # the sentence where the last attributed quotation ends
    previous = 0  # where the last quotation (or the cue after it) ended
    for start, closer, sentence in checked(found, check):
        start, end = _trimmed(text, start, closer)
        after_quote = not text[previous:start].strip(" .,;:'’\"”‘“\n")
        previous = closer + 1
        if len(WORD.findall(text[start:end])) < MIN_WORDS:
            continue
        cue = find_cue(text, start, closer, sentence, verbs, language)
        if cue is not None:
            quote = _attributed(said, (start, end), cue, sentence, last)
            if quote is None:
                continue
            if cue.cue_start > closer:  # '…,” he says. “…”': the cue is no gap
                previous = max(previous, cue.cue_end)
        elif last is not None and _continues(text, start, sentence, last_ends, after_quote):
            quote = _moved(last, original, start, end, sentence.index)
        else:
            continue
        quotes.append(quote)
        last, last_ends = quote, bisect_right(starts, end) - 1
    return quotes


@dataclass(frozen=True)
class _Said:
    """What attributing a quotation of one article reads."""

    original: str  # the article's text, which every span slices
    text: str  # the same with plain spaces
    people: _People
    names: dict[int, str]
    language: str
    source: int


def _attributed(said: _Said, span, cue: Cue, sentence, last) -> Quote | None:
    """Return the quotation at `span` with the speaker its cue names, if one is found."""
    speaker_span = _resolved(said.text, cue, sentence, said.people, said.language, last)
    if speaker_span is None:
        return None
    start, end = span
    s, e = speaker_span
    return Quote(
        text=said.original[start:end],
        speaker=said.original[s:e],
        name=said.people.name_of(s, e, said.original, said.names),
        source=said.source,
        start=start,
        end=end,
        speaker_start=s,
        speaker_end=e,
        cue_start=cue.cue_start,
        cue_end=cue.cue_end,
        sentence=sentence.index,
    )


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
    if named is None or sentence.index - named.sentence > PRONOUN_REACH:
        return None  # nobody named near enough to be the one "he" means
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
