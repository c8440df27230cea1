"""Words of a sentence as ranking, filing and finding duplicates compare them."""

from __future__ import annotations

import pytest

from briefer.text.words import normal_words, normalize, tokenize


@pytest.mark.parametrize(
    "text",
    [
        "Rubio said: “It’s a new approach.”",
        "L’Homme D’État a dit NON.",
        "İstanbul’un İÇİNDE",  # İ lower-cases to two characters
        "ΟΔΟΣ.Α και ΠΟΛΙΣ ΟΔΟΣ",  # Σ lower-cases by what follows it
        "U.S. forces fired 3,500.5 rounds",
        "Straße GROSS ǅemal",
        "",
    ],
)
def test_normal_words_are_each_token_normalised(text):
    assert normal_words(text) == tuple(normalize(t) for t in tokenize(text))


def test_normal_words_lower_case_and_unify_apostrophes():
    assert normal_words("Putin’s U.S. TALKS") == ("putin's", "u.s.", "talks")
