"""The languages Briefer can brief, and the offline data each one uses."""

from __future__ import annotations

from dataclasses import dataclass

from briefer.errors import LanguageError


@dataclass(frozen=True)
class Language:
    """A supported language: its splitter model, stemmer and stop-word list."""

    code: str  # ISO 639-1, as langdetect reports it
    name: str  # English name, as the Punkt and Snowball data spell it
    punkt_model: str
    stemmer: str  # "snowball:<algorithm>" or "sumy:<module>"
    stop_words: str  # "sumy:<file>" or "briefer:<file>"

    @property
    def label(self) -> str:
        """Return the name to show people ("German")."""
        return self.name.capitalize()


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("en", "english", "english", "snowball:english", "sumy:english"),
        Language("de", "german", "german", "snowball:german", "sumy:german"),
        Language("fr", "french", "french", "snowball:french", "sumy:french"),
        Language("es", "spanish", "spanish", "snowball:spanish", "sumy:spanish"),
        Language("it", "italian", "italian", "snowball:italian", "sumy:italian"),
        Language("pt", "portuguese", "portuguese", "snowball:portuguese", "sumy:portuguese"),
        Language("cs", "czech", "czech", "snowball:czech", "sumy:czech"),
        # Slovak has no Punkt model; Czech's abbreviations are the nearest.
        Language("sk", "slovak", "czech", "snowball:czech", "sumy:slovak"),
        Language("pl", "polish", "polish", "snowball:polish", "sumy:polish"),
        # Ukrainian has no Punkt model and no Snowball stemmer: Russian's model and
        # sumy's own Ukrainian stemmer.
        Language("uk", "ukrainian", "russian", "sumy:ukrainian", "sumy:ukrainian"),
        Language("el", "greek", "greek", "snowball:greek", "sumy:greek"),
        Language("sv", "swedish", "swedish", "snowball:swedish", "sumy:swedish"),
        # sumy has no Russian or Dutch stop words: Briefer ships its own lists.
        Language("ru", "russian", "russian", "snowball:russian", "briefer:russian"),
        Language("nl", "dutch", "dutch", "snowball:dutch", "briefer:dutch"),
    )
}


def get_language(code: str) -> Language:
    """Return the supported language for a code or name, or raise LanguageError."""
    key = code.strip().lower()
    for lang in LANGUAGES.values():
        if key in (lang.code, lang.name):
            return lang
    raise LanguageError(
        f"unsupported language '{code}' (supported: {', '.join(sorted(LANGUAGES))})",
        option="language",
    )
