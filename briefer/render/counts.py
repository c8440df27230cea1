"""A number with its noun, as every front writes it: "1 article", "3 articles"."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str = "") -> str:
    """Return the number with its noun, plural (noun + "s" unless given) but for one."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
