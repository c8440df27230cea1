"""Key figures: the numbers of an article (counts, money, percentages, dates) with the
few words that say what they count ("728 drones and missiles", "500% tariffs on
nations"). Bare years, times of day, ordinals and numbers inside names are left out."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.article import Article
from briefer.extract import Figure, spaced
from briefer.extract.lexicon import DATE_WORDS, MONTHS_AND_DAYS
from briefer.progress import CheckFn, checked, never
from briefer.text.split import Sentence

MAX_WORDS = 5  # words after the number that say what it counts
_SPELLED = "one|two|three|four|five|six|seven|eight|nine|ten|a few|several|hundreds|thousands"
_PERCENT = (
    r"%|per ?cent\b|percent\b|Prozent\b|pour cent\b|por ciento\b|per cento\b|por cento\b"
    r"|procent\b"
)
_NUMBER = re.compile(
    r"(?<![\w.,$£€¥])(?<!\d:)(?P<currency>US\$|[$£€¥])?\s?"  # not the 1 of a 2:1 or 10:15
    r"(?P<num>\d{1,2}:\d(?![\d:.,])"  # a score or a ratio ("2:1", "1:0"), not a time
    r"|\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?(?![\d-])"  # "7 000 tonnes"
    r"|\d+(?:[.,]\d+)?"
    rf"|(?:{_SPELLED})(?=\s+(?:million|billion|{_PERCENT})))"
    r"(?P<range>\s?(?:to|-|–)\s?\d+(?:[.,]\d+)?(?=\s?(?:[^\W\d_]|%)))?"
    r"(?P<scale>\s?(?:million|billion|trillion|thousand|bn|m|k|Millionen|Milliarden|millions?"
    r"|milliards?|millones|mil millones|milioni|miliardi|milhões|mld|mln)\b)?"
    r"(?P<unit>(?:km|kg|mm|cm|ft|lbs?|mph|miles|kph|p)\b)?"
    rf"(?P<percent>\s?(?:{_PERCENT}))?",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\s?(?:am|pm|a\.m\.|p\.m\.|GMT|BST|ET|EST)\b|[:/]\d|[^\W\d_]")
_DIGIT = re.compile(r"\d|(?:per ?cent|percent|million|billion)\b")
_WORD = re.compile(r"[^\W_][\w’'-]*|[—–(),;:.!?\"“”‘’]")
_MONEY_WORDS = frozenset(
    "dollars dollar pounds pound euros euro yen yuan rupees roubles rubles pence cents "
    "francs kronor crowns".split()
)
# Words that join the words of what a number counts ("500% tariffs on nations", "400
# kilomètres de la capitale"); the phrase never ends on one.
# An elided pronoun or conjunction opens a clause ("qu'il", "n'a", "s'est", "c'est").
_ELIDED_CLAUSE = re.compile(r"(?:qu|[nscjmt])['’]", re.IGNORECASE)
_JOINERS = frozenset(
    """and of on in for per a an the
    de du des d' à au aux la le les l' un une et
    del el los las y
    do da dos das o os as um uma e
    der die das dem den des ein eine einer und von""".split()
)
_STOPS = frozenset(
    """was were is are be been being has have had will would could can may might must
    should shall said says say told that which who whose whom where when while but or as
    after before since because if than then it he she they we i you this these those its
    their his her our from to by with at into over under up down out about made took
    went came left got gave saw set put became began fell rose grew won lost ran held
    kept paid sold hit cut led met built brought bought thought found swore wrote spoke
    broke drove flew threw knew drew chose stole wore tore sank sang rang ran stood sat
    fought caught taught sought felt slept meant sent spent lent hid
    ont est sont était étaient sera seront serait seraient soit soient avait avaient
    aurait auraient fut furent dont qui que où quand
    ha han es son fue fueron era eran será
    é são foi foram era eram será têm tem
    ist sind war waren hat haben wird werden wurde wurden würde würden wäre wären""".split()
)


def find_figures(
    article: Article,
    sentences: Sequence[Sentence],
    source: int = 1,
    stop_words: frozenset[str] = frozenset(),
    check: CheckFn = never,
) -> list[Figure]:
    """Return the figures of every sentence, in reading order; `check()` may stop the work."""
    original, text = article.text, spaced(article.text)
    stops = _STOPS | (stop_words - _JOINERS)
    figures = []
    for sentence in checked(sentences, check):
        if not _DIGIT.search(text, sentence.start, sentence.end):
            continue  # a sentence without a digit has no figure in digits, nor in words
        for match in _NUMBER.finditer(text, sentence.start, sentence.end):
            figure = _figure(text, match, sentence, source, stops, original)
            if figure:
                figures.append(figure)
    return figures


def _figure(
    text: str, match: re.Match, sentence: Sentence, source: int, stops, original: str
) -> Figure | None:
    value_start, value_end = match.start("num"), match.end()
    if match.group("currency"):
        value_start = match.start("currency")
    while text[value_end - 1].isspace():
        value_end -= 1
    if not (match.group("scale") or match.group("unit") or match.group("percent")):
        if _CLOCK.match(text, value_end):
            return None  # a time (10:30, 3 am), a date (7/4), an ordinal (1st), a code (A4)
    if _in_name(text, value_start, sentence.start, stops):
        return None  # "G7", "COVID-19", "Flight 9525"
    kind = _kind(text, match, value_start, value_end, sentence)
    if kind is None:
        return None
    start, end = value_start, value_end
    if kind == "date":
        start, end = _date_span(text, value_start, value_end)
    else:
        end = _phrase_end(text, value_end, sentence.end, stops)
        following = text[value_end:end].split()
        if kind == "count" and following and following[0].lower() in _JOINERS:
            end = value_end  # "17 in connection with": what is counted is not said
        if end == value_end:
            start = _age_start(text, value_start, sentence.start)
    measured = match.group("unit") or match.group("scale")
    if kind == "count" and end == value_end and start == value_start and not measured:
        return None  # a lone number that says nothing of what it counts
    return Figure(
        text=original[start:end],
        value=original[value_start:value_end],
        kind=kind if kind != "count" or not _money_after(text, value_end) else "money",
        source=source,
        start=start,
        end=end,
        value_start=value_start,
        value_end=value_end,
        sentence=sentence.index,
    )


def _in_name(text: str, start: int, limit: int, stops) -> bool:
    """Tell a number that belongs to a name or a code ("G7", "Flight 9525") from a count."""
    before = text[max(limit, start - 30) : start]
    if before[-1:].isalpha() or before[-2:-1].isalpha() and before[-1:] == "-":
        return True
    words = before.split()
    if not words or not before[-1:].isspace():
        return False
    word = words[-1]
    first = len(words) == 1 and start - 30 < limit  # the sentence's first word
    return (
        word[:1].isupper()
        and word.replace("-", "").isalnum()
        and not first
        and word not in MONTHS_AND_DAYS
        and word.lower() not in stops
    )


def _age_start(text: str, start: int, limit: int) -> int:
    """For "Leon Yeaman, 55," return where the name the age belongs to starts."""
    space = text.find(" ", start)
    word = text[start : space if space >= 0 else len(text)]  # not text[start:]: the rest
    if text[start - 2 : start] != ", " or word[-1:] not in ",)":
        return start
    name = re.search(r"(?:[A-Z][\w’'-]+\s)*[A-Z][\w’'-]+,\s$", text[max(limit, start - 60) : start])
    return start - len(name.group()) if name else start


def _date_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of "April 9", "9 April", "April 9, 2025" or "vendredi 14 mars"."""
    before = re.search(r"([^\W\d_][\w-]*)\s+$", text[max(0, start - 14) : start])
    if before and before.group(1).lower() in DATE_WORDS:
        start -= len(before.group(0))
    after = re.match(r"\.?\s+(?:de\s+)?([^\W\d_][\w-]*)", text[end : end + 16])
    if after and after.group(1).lower() in DATE_WORDS:  # "vendredi 14 mars", "9 April"
        end += after.end()
    year = re.match(r",?\s+(?:1[89]|20)\d\d\b", text[end : end + 8])
    return start, end + (year.end() if year else 0)


def _kind(text, match, value_start, value_end, sentence) -> str | None:
    if match.group("percent"):
        return "percent"
    if match.group("currency"):
        return "money"
    words_before = text[max(sentence.start, value_start - 12) : value_start].split()
    words_after = text[value_end : value_end + 12].split()
    before = [w for w in words_before[-1:] if not w.endswith((",", ".", ";", ":"))]
    near = {w.strip(",.").lower() for w in before + words_after[:1]}  # not "14 mars, 500
    if words_after[:1] in (["de"], ["."]):  # "22 de junio", "3. Oktober"
        near |= {w.strip(",.").lower() for w in words_after[1:2]}
    number = match.group("num")
    if re.fullmatch(r"(1[89]|20)\d\d", number) and not match.group("scale"):
        return None  # a year ("in 2022", "June 1944") sets a scene; it is no figure
    if near & DATE_WORDS:
        return "date"
    return "count"


def _money_after(text: str, end: int) -> bool:
    following = text[end : end + 12].split()
    return bool(following) and following[0].strip(",.").lower() in _MONEY_WORDS


def _phrase_end(text: str, start: int, limit: int, stops) -> int:
    """Return where the words that say what the number counts end."""
    end = start
    if text[start : start + 1] == "-":  # "50-minute meeting", "39-year-old"
        hyphened = re.match(r"-[^\W\d_][\w-]*", text[start:limit])
        if hyphened:
            end = start + hyphened.end()
    taken: list[str] = []
    for match in _WORD.finditer(text, end, limit):
        word = match.group()
        if text[end : match.start()].strip() or not word[0].isalpha() and word not in "’'":
            break
        if _ends_phrase(word, taken, text, match.end(), limit, stops):
            break
        taken.append(word.lower())
        end = match.end()
        if _next_is_number(text, end, limit):
            break
    return _without_joiners(text, start, end)


def _ends_phrase(word: str, taken: list[str], text: str, end: int, limit: int, stops) -> bool:
    """Tell the first word that no longer says what the number counts (mostly a verb)."""
    lower = word.lower()
    if lower in stops or len(taken) >= MAX_WORDS or _NUMBER.match(word):
        return True
    if _ELIDED_CLAUSE.match(word):  # "48 heures qu'il presse": 48 heures
        return True
    content = [w for w in taken if w not in _JOINERS]
    if content and (word[0].isupper() or lower.endswith("ed")):
        return True  # "13 countries participated", a caption's "Global appeal"
    if content and taken[-1] not in _JOINERS and _gerund(lower):
        return True  # "£6 million a year collecting", not "20 years of fighting"
    if content and taken[-1] not in _JOINERS and lower.endswith("s") and taken[-1].endswith("s"):
        return True  # "2,000 pieces bears"
    if taken and taken[-1] == "and":  # "drones and missiles —", not "kilograms and requires"
        following = _WORD.match(text[end:limit].lstrip())
        return (
            bool(following)
            and following.group()[0].isalpha()
            and (following.group().lower() not in _STOPS)
        )
    return False


# Words in -ing that name a thing, so go on saying what a number counts ("social
# housing", "a ring of smoke", "military spending").
_ING_NOUNS = frozenset(
    """housing building buildings funding spending training meeting meetings evening
    morning ceiling clothing shooting shootings bombing bombings shelling fighting heating
    parking lighting flooding warming marketing banking lending borrowing pricing rating
    ranking shipping mining fishing farming gaming hearing ruling offering""".split()
)


def _gerund(word: str) -> bool:
    """Tell a verb in -ing ("collecting", "living") from a noun ("ring", "housing")."""
    stem = word[:-3]
    return word.endswith("ing") and any(c in "aeiouy" for c in stem) and word not in _ING_NOUNS


def _next_is_number(text: str, end: int, limit: int) -> bool:
    return bool(re.match(r"\s+(?:and\s+)?[$£€]?\d", text[end:limit]))


def _without_joiners(text: str, start: int, end: int) -> int:
    """Return where the phrase ends once the joining words it ends with are dropped.

    Only the phrase is looked at, never the text before it: copying `text[:end]` made
    the figures of a long text cost its length each (minutes at 49 MB)."""
    while end > start:
        last = re.search(r"(\S+)$", text[start:end])
        if not last or last.group(1).lower() not in _JOINERS:
            return end
        end = start + last.start(1)
        kept = text[start:end].rstrip()
        end = start + len(kept) if kept else _before_spaces(text, start)
    return end


def _before_spaces(text: str, end: int) -> int:
    """Return where the white space just before `end` starts."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
