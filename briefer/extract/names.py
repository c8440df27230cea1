"""People, places and organisations: runs of capitalised words, told apart by titles,
gazetteers and the words organisations carry, and merged so that "Lavrov" counts as a
mention of "Sergei Lavrov"."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, replace
from typing import NamedTuple

from briefer.article import Article
from briefer.extract import ORGANISATION, OTHER, PERSON, PLACE, Name, spaced
from briefer.extract.lexicon import (
    ACCORDING_TO,
    CLUB_ENDINGS,
    CONNECTORS,
    DEMONYM_ENDINGS,
    EVENT_WORDS,
    GERMAN_DETERMINERS,
    GERMAN_NOUN_ENDINGS,
    GERMAN_ROLE_ENDINGS,
    MONTHS_AND_DAYS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    NUMBER_WORDS,
    ORGANISATION_WORDS,
    ORGANISATIONS,
    PARTICLE_ARTICLES,
    PLACE_OF,
    PLACE_PREFIXES,
    PLACE_STARTS,
    PLACE_WORDS,
    PLACES,
    TITLE_MODIFIERS,
    TITLES,
)
from briefer.progress import CheckFn, checked, never
from briefer.text.dateline import article_dateline
from briefer.text.split import Sentence

# The capital letters of the scripts Briefer reads (Latin, Greek, Cyrillic).
_CAPITALS = "".join(
    ch for ch in map(chr, range(0x41, 0x530)) if ch.isupper() and ch not in "\\]^-["
)
_CONNECTOR_WORDS = "|".join(sorted(CONNECTORS | PARTICLE_ARTICLES, key=len, reverse=True))
# A capitalised word with inner apostrophes ("O'Brien", "Putin’s") or capitalised parts
# joined by hyphens ("Saint-Etienne", "Jean-Pierre"), dotted initials ("U.S."), or a
# connector; other words only leave a gap, which breaks a run of them.
_WORD = re.compile(
    rf"(?<![^\W_])(?:(?:[{_CAPITALS}]\.){{2,}}"
    rf"|(?:(?:al|el|ad|bin|ibn)-)?[{_CAPITALS}][^\W_]*(?:-[{_CAPITALS}][^\W_]*)*"
    rf"(?:['’][^\W\d_][^\W_]*)*"
    rf"|(?:{_CONNECTOR_WORDS})(?![^\W_]))"
)  # "al-Assad" is one word of a name
_OPENERS = "“„«\"'‘‚([—–-:"


@dataclass(frozen=True)
class Mention:
    """One mention of a name: where it is, what it looks like, and its fullest form."""

    start: int
    end: int
    text: str
    kind: str
    sentence: int
    titled: bool = False
    initial: bool = False  # at a sentence's start, where any word has a capital
    possessive: bool = False  # "Putin’s", rarely the subject of its sentence


class _Word(NamedTuple):
    """A capitalised word or a connector of a sentence (a tuple: a digest makes millions)."""

    start: int
    end: int
    text: str
    initial: bool  # where capitals are the rule: a sentence's or a quotation's start
    possessive: bool
    elided: bool = False  # after an elided article: "l'Homme", "d'Israël"


def find_mentions(
    article: Article,
    sentences: Sequence[Sentence],
    stop_words: frozenset[str] = frozenset(),
    check: CheckFn = never,
    language: str = "",
) -> list[Mention]:
    """Return every mention of a name in the sentences, in reading order.

    `stop_words` are the language's common words, which no name starts with; `check()`
    may stop the work. `language` is the code of the language the article is read in.
    """
    text = spaced(article.text)
    lowered = _lower_words(text) | stop_words
    german = language == "de"
    common = _german_nouns(text) if german else frozenset()
    dateline = article_dateline(article)  # its place is read with the first sentence
    mentions: list[Mention] = []
    for sentence in checked(sentences, check):
        start = dateline.start if sentence.start == dateline.stop else sentence.start
        for run in _runs(text, _words(text, sentence, start), german):
            mentions.extend(_mentions(run, sentence.index, lowered, common))
    return _settle(mentions, language, _bodies(mentions, text, language))


def _bodies(mentions: list[Mention], text: str, language: str) -> set[str]:
    """Return the would-be people the text writes as bodies: right after "news agency"
    and the like ("l'agence de presse Chine Nouvelle"), or, in English, named after a
    place and written after "the" ("the Atlanta Hawks": teams, papers and firms)."""
    return {
        m.text
        for m in mentions
        if m.kind == PERSON
        and not m.titled
        and (
            _after_an_agency(text, m.start)
            or language == "en"
            and _after_a_place(m.text)
            and text[max(0, m.start - 4) : m.start] == "the "
        )
    }


# Words after which a name is a news agency's ("l'agence de presse Chine Nouvelle").
_AGENCY = (
    "agency",
    "agence",
    "agence de presse",
    "agencia",
    "agencia de noticias",
    "agência",
    "agência de notícias",
    "agenzia",
    "agenzia di stampa",
    "agentur",
    "nachrichtenagentur",
    "persbureau",
)


def _after_an_agency(text: str, start: int) -> bool:
    """Tell whether a name at `start` comes right after "news agency" and the like."""
    return text[max(0, start - 24) : start].lower().rstrip().endswith(_AGENCY)


def _after_a_place(name: str) -> bool:
    """Tell a name made of a place and one more word ("Atlanta Hawks", "Washington Post")."""
    return " " in name and name.rsplit(" ", 1)[0] in PLACES


def canonical_names(mentions: Sequence[Mention]) -> dict[int, str]:
    """Return the fullest name each mention stands for, keyed by mention start.

    A surname stands for the person of that surname named last before it (or first
    after it, when it comes before any full name).
    """
    people = [m.text for m in mentions if m.kind == PERSON and " " in m.text]
    by_last = {surname(name): name for name in reversed(people)}
    for m in reversed(mentions):  # "the Hawks" of "the Atlanta Hawks"
        if m.kind == ORGANISATION and _after_a_place(m.text):
            by_last.setdefault(m.text.rsplit(" ", 1)[1], m.text)
    by_first = {name.split(" ", 1)[0]: name for name in reversed(people)}
    full = {}
    for m in mentions:
        if m.kind == PERSON and " " in m.text:
            by_last[surname(m.text)] = m.text
            by_first.setdefault(m.text.split(" ", 1)[0], m.text)
        full[m.start] = _fullest(m, by_last, by_first)
    return full


def name_list(mentions: Sequence[Mention], source: int, text: str | None = None) -> list[Name]:
    """Return the names of one source, each with its count and first mention.

    `text` is the article's text, for the first mention as written (a mention's own text
    has plain spaces).
    """
    full = canonical_names(mentions)
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(full[m.start], []).append(m)
    names = []
    for name, group in groups.items():
        first = group[0]
        kinds = [m.kind for m in group if m.kind != OTHER]
        names.append(
            Name(
                name=name,
                kind=max(kinds, key=kinds.count) if kinds else OTHER,  # a tie: the first's
                count=len(group),
                text=text[first.start : first.end] if text is not None else first.text,
                source=source,
                start=first.start,
                end=first.end,
                sentence=first.sentence,
                mentions=tuple((source, m.start, m.end) for m in group),
            )
        )
    return names


def surname(name: str) -> str:
    """Return the last word of a name that is not a suffix ("Stancil" of "… Stancil III")."""
    words = name.split(" ")
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words[-1]


def _fullest(mention: Mention, by_last: dict[str, str], by_first: dict[str, str]) -> str:
    """Return the person's full name that a one-word mention is the surname of."""
    if mention.kind not in (PERSON, OTHER) or " " in mention.text:
        return mention.text
    if mention.text in by_last:
        return by_last[mention.text]
    if mention.titled and mention.text in by_first:  # "Mr Wang" for "Wang Dongming"
        return by_first[mention.text]
    return mention.text


def _lower_words(text: str) -> frozenset[str]:
    """Return the words of text written in lower case: ordinary words, not names.

    Line by line, not in one search of the whole text: a search holds Python's lock for
    as long as it runs, and the window's thread waits for it (40 ms on a long report).
    """
    words = {w for line in text.splitlines() for w in _PLAIN_WORD.findall(line)}
    return frozenset(w for w in words if w.islower())


def _german_nouns(text: str) -> frozenset[str]:
    """Return the capitalised words of a German text that follow a determiner, perhaps
    past an adjective or two ("die Putzkraft", "im kleinen Theater"): common nouns, since
    German writes every noun with a capital, where a name seldom takes an article (but
    after a particle: "von der Leyen").

    Line by line, as `_lower_words` reads.
    """
    return frozenset(noun for line in text.splitlines() for noun in _DETERMINED_NOUN.findall(line))


_DETERMINED_NOUN = re.compile(
    r"(?<![^\W_])(?<!von )(?<!van )(?<!vom )(?i:"
    + "|".join(sorted(GERMAN_DETERMINERS, key=len, reverse=True))
    + r")\s+(?:[a-zäöüß][\w-]*\s+){0,2}([A-ZÄÖÜ][^\W\d_][\w-]*)"
)
_PLAIN_WORD = re.compile(r"\b[^\W\d_]+\b")
_ELISION = re.compile(r"(?<![^\W\d_])[dlDL]['’]$")  # a word's end, so never backtracks


def _words(text: str, sentence: Sentence, opening: int) -> list[_Word]:
    """Return the capitalised words of a sentence, read from `opening` (its start, or its
    dateline's), and the connectors among them.

    Other words are left out: the gap they leave between two kept words breaks a run.
    """
    words = []
    for match in _WORD.finditer(text, opening, sentence.end):
        word = match.group()
        start, end = match.span()
        before = text[max(opening, start - 8) : start].rstrip()
        initial = not before or before[-1] in _OPENERS or before.endswith((".", "!", "?", "…"))
        possessive = word.endswith(("'s", "’s"))
        if possessive:
            end -= 2
        elided = before.endswith(("'", "’")) and _ELISION.search(before) is not None
        words.append(_Word(start, end, text[start:end], initial, possessive, elided))
    return words


def _runs(text: str, words: list[_Word], german: bool = False) -> list[list[_Word]]:
    """Group capitalised words that follow one another into runs, connectors inside
    (and a particle's article: "Ursula von der Leyen"). In German, "der" joins a name
    only after a particle: elsewhere it is an article ("Wohnung der Familie")."""
    runs: list[list[_Word]] = []
    run: list[_Word] = []
    for i, word in enumerate(words):
        capital = (
            word.text[0].isupper() or "-" in word.text and word.text.split("-", 1)[0].islower()
        )
        joined = run and text[run[-1].end : word.start] == " " and not run[-1].possessive
        after_particle = bool(run) and run[-1].text in NAME_PARTICLES
        connector = (
            bool(run)
            and (word.text in CONNECTORS or after_particle and word.text in PARTICLE_ARTICLES)
            and not (german and word.text in PARTICLE_ARTICLES and not after_particle)
            and _name_follows(text, words, i)
        )
        if capital and joined or connector and joined:
            run.append(word)
        elif capital:
            if run:
                runs.append(run)
            run = [word]
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _name_follows(text: str, words: list[_Word], i: int) -> bool:
    """Tell whether a capitalised word follows word i, one space away, or past the
    article of a particle ("von der Leyen")."""
    for step in (1, 2):
        if i + step >= len(words) or text[words[i + step - 1].end : words[i + step].start] != " ":
            return False
        following = words[i + step].text
        if following[0].isupper():
            return True
        if not (step == 1 and words[i].text in NAME_PARTICLES and following in PARTICLE_ARTICLES):
            return False
    return False


def _mentions(
    run: list[_Word], sentence: int, lowered: frozenset[str], common: frozenset[str] = frozenset()
) -> list[Mention]:
    """Turn one run into its mentions: titles taken off, common first words dropped."""
    while run and run[0].initial and _common(run[0].text, lowered):
        run = run[1:]
    # "Droits de l'Homme Rama Yade": Rama Yade; but "l'Agence France-Presse" is whole
    while len(run) > 1 and run[0].elided and run[0].text not in ORGANISATION_WORDS:
        run = run[1:]
    # "L'avocate de Kerviel": Kerviel
    while run and (run[0].text in CONNECTORS or run[0].text in PARTICLE_ARTICLES):
        run = run[1:]
    if len(run) == 2 and run[0].text in NUMBER_WORDS and _demonym(run[1].text):
        return []  # "Two Iranians", "Seven Indonesians": a count of people, no name
    if any(w.text in NOT_NAMES for w in run):
        return []
    while run and run[-1].text in MONTHS_AND_DAYS:
        run = run[:-1]
    while run and run[0].text in MONTHS_AND_DAYS:
        run = run[1:]
    titled, start = False, 0
    for i, word in enumerate(run):
        if _title(word.text):
            titled, start = True, i + 1
            if i + 2 < len(run) and run[i + 1].text == "of":
                start = i + 3  # "Secretary of State"
    found = []
    if titled and start > 0:
        found.extend(_before_title(run[: start - 1], sentence))
    name = run[start:]
    while name and name[-1].text in CONNECTORS:
        name = name[:-1]
    if name and all(w.text in TITLE_MODIFIERS or _title(w.text) for w in name):
        name = []
    if name:
        found.extend(_classified(name, sentence, titled, lowered, common))
    return found


def _before_title(words: list[_Word], sentence: int) -> list[Mention]:
    """Keep a place or an organisation written before a title ("U.S. Secretary")."""
    words = [w for w in words if not _title(w.text) and w.text not in TITLE_MODIFIERS]
    if not words:
        return []
    text = " ".join(w.text for w in words)
    if text in PLACES:
        return [Mention(words[0].start, words[-1].end, text, PLACE, sentence)]
    if text in ORGANISATIONS or _acronym(text):
        return [Mention(words[0].start, words[-1].end, text, ORGANISATION, sentence)]
    return []


def _classified(
    words: list[_Word],
    sentence: int,
    titled: bool,
    lowered: frozenset[str],
    common: frozenset[str] = frozenset(),
) -> list[Mention]:
    if common:
        # "Polizeisprecher Hahslinger" is a person, "Premierminister von Norwegen" none
        role = len(words) > 1 and _german_role(words[0].text) and words[1].text[0].isupper()
        words = _without_common_nouns(words, common, titled or role)
        if not words:
            return []
        titled = titled or role
    text = " ".join(w.text for w in words)
    start, end = words[0].start, words[-1].end
    if len(words) == 1:
        if text in MONTHS_AND_DAYS or _demonym(text) or (text.lower() in lowered and not titled):
            return []
        if words[0].initial and text.lower() in lowered:
            return []
        if words[0].initial and text in ORGANISATION_WORDS and text not in ORGANISATIONS:
            return []  # "Union leader Thomas Okafor": a word of a role, not a name
    if any(w.text.lower() in _WORK_WORDS for w in words[1:]):
        return []  # a title of a work ("Promise Me You Will"), not a name
    organised = any(w.text in ORGANISATION_WORDS for w in words) or (
        len(words) > 1 and words[-1].text in CLUB_ENDINGS
    )
    if any(w.text in EVENT_WORDS for w in words):
        kind = OTHER
    elif (
        text in PLACES
        or len(words) > 1
        and (
            words[-1].text in PLACE_WORDS
            or words[0].text in PLACE_STARTS
            and not organised  # "Port Authority"
            or words[0].text in PLACE_OF
            and words[1].text == "of"
            or words[0].text in PLACE_PREFIXES
            and " ".join(w.text for w in words[1:]) in PLACES
        )
    ):
        kind = PLACE
    elif text in ORGANISATIONS or organised:
        kind = ORGANISATION
    elif text.isupper() and text.title() in PLACES:
        kind = PLACE  # a dateline's city in capitals ("MIAMI -"), not an acronym
    elif _acronym(text):
        kind = ORGANISATION
    elif titled or len(words) > 1:
        kind = PERSON
    else:
        kind = OTHER
    return [
        Mention(start, end, text, kind, sentence, titled, words[0].initial, words[-1].possessive)
    ]


def _without_common_nouns(
    words: list[_Word], common: frozenset[str], titled: bool = False
) -> list[_Word]:
    """Return a German run without the common nouns it opens with ("Putzkraft Erna":
    Erna; "Inszenierung von David Bösch": David Bösch), or nothing when one is left
    inside it ("Wiener Akademietheater") and no title came before. A run with the word
    of an organisation or a place keeps them: "Deutsche Bank", "Berliner Platz"."""
    if any(w.text in ORGANISATION_WORDS or w.text in PLACE_WORDS for w in words):
        return words
    if " ".join(w.text for w in words) in PLACES or words[0].text in PLACE_STARTS:
        return words
    while len(words) > 1 and (
        words[0].text in common or _german_noun(words[0].text) or _german_role(words[0].text)
    ):
        words = words[1:]
    while words and words[0].text in CONNECTORS:  # "Inszenierung von David Bösch"
        words = words[1:]
    if not titled and any(w.text in common for w in words):
        return []  # after a title, a name ("ÖBB-Chef Christian Kern", whatever "der Kern" is)
    return words


def _german_noun(word: str) -> bool:
    return len(word) > 5 and word.endswith(GERMAN_NOUN_ENDINGS)


def _german_role(word: str) -> bool:
    return len(word) > 5 and word.lower().endswith(GERMAN_ROLE_ENDINGS)


def _settle(
    mentions: list[Mention], language: str = "", named: Set[str] = frozenset()
) -> list[Mention]:
    """Make a one-word mention a person when it is the surname of a named person, and a
    would-be person named after a place of the article, or opening with an article, or
    in `named`, an organisation: "Aldmere Dockers" where the article has "Port Aldmere",
    "Le Monde"."""
    local = _place_words(mentions)
    people = [m.text for m in mentions if m.kind == PERSON]
    articles = _ARTICLES | _PLURAL_ARTICLES.get(language, frozenset())
    mentions = [
        replace(m, kind=ORGANISATION)
        if m.kind == PERSON
        and not m.titled
        and " " in m.text
        and (
            m.text in named
            or m.text.split(" ")[0] in local
            or _opens_with_article(m.text, people, articles)
        )
        else m
        for m in mentions
    ]
    surnames = {surname(m.text) for m in mentions if m.kind == PERSON}
    titled = {m.text for m in mentions if m.titled}
    inside = {m.text for m in mentions if not m.initial}
    settled = []
    for m in mentions:
        if (
            m.kind in (OTHER, PLACE)
            and " " not in m.text
            and m.text in surnames
            or (m.kind == OTHER and m.text in titled)
        ):  # "Jordan" is a person where the article names Louis Jordan
            m = replace(m, kind=PERSON)
        elif m.kind == OTHER and m.text not in inside:
            continue  # a capitalised word only ever seen where capitals are the rule
        settled.append(m)
    return settled


# Articles that open the name of a paper, a club, a venue or a company ("The Sun",
# "Le Monde", "La Liga", "El País"), never a person's. "Les" only in French ("Les
# Echos", "Les Bleus"): in English it is a first name (Les Ferdinand).
_ARTICLES = frozenset("The Le La El Los Las Il Lo Gli Die Der Das".split())
_PLURAL_ARTICLES = {"fr": frozenset({"Les"})}


def _opens_with_article(name: str, people: list[str], articles: frozenset[str]) -> bool:
    """Tell a would-be person opening with an article ("Le Monde") from the end of a
    person's name ("Le Pen" of "Marine Le Pen")."""
    return name.split(" ")[0] in articles and not any(
        p != name and p.endswith(" " + name) for p in people
    )


def _place_words(mentions: list[Mention]) -> set[str]:
    """Return the words that name the article's own places: the one word of a place's name
    opening with a generic word besides its generic words, "Aldmere" of "Port Aldmere"
    ("New York" has none: either word alone says little). Streets, stations and counties
    are often named after people, so "Ross" of "Ross County" is not one."""
    generic = PLACE_STARTS | PLACE_PREFIXES | PLACE_WORDS | CONNECTORS
    opening = PLACE_STARTS | PLACE_PREFIXES
    found = set()
    for m in mentions:
        if m.kind == PLACE and " " in m.text and m.text.split(" ")[0] in opening:
            own = [word for word in m.text.split(" ") if word not in generic]
            if len(own) == 1 and own[0] not in PLACES:  # not "Israel" of "Northern Israel"
                found.add(own[0])
    return found


# Words that no name holds but titles of books, films and songs do.
_WORK_WORDS = frozenset(
    """me you will shall we us i he she it they them my your our their is are was were be
    do does did not can could would should may might must have has had""".split()
)


def _common(word: str, lowered: frozenset[str]) -> bool:
    """Tell a capitalised ordinary word at a sentence's start from a name."""
    if word in PLACES or word in ORGANISATIONS:
        return False
    plain = word.lower().replace("’", "'")
    if plain.startswith("i'"):
        return True
    if plain in _ACCORDING:
        return True  # "Segundo Jáder…": "according to", not a first name
    head, _, rest = word.replace("’", "'").partition("'")
    if len(head) == 1 and rest[:1].islower():
        return True  # "L'avocate", "D'après": an elided article before a common word
    return plain in lowered or plain.split("'")[0] in lowered or plain.endswith("ing")


_ACCORDING = frozenset(word for word in ACCORDING_TO.values() if " " not in word)


def _demonym(word: str) -> bool:
    return (
        word.endswith(DEMONYM_ENDINGS)
        and word not in PLACES
        and word not in ORGANISATIONS
        and len(word) > 4
        and word[-4:] not in ("stan",)
        and _DEMONYM_LIKE.fullmatch(word) is not None
    )


_DEMONYM_LIKE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic|an|i)s?")


def _title(word: str) -> bool:
    """Tell a title ("Minister"), also one joined to its modifiers ("Vice-President")."""
    if word in TITLES:
        return True
    if "-" not in word:
        return False
    *modifiers, last = word.split("-")
    return bool(modifiers) and last in TITLES and all(m in TITLE_MODIFIERS for m in modifiers)


def _acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()
