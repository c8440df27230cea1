"""Turn a file's bytes into text: byte-order marks, strict UTF-8, then charset detection."""

from __future__ import annotations

import codecs
import re

from briefer.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# chardet names the Windows code pages; Python knows these spellings too, but the
# single-byte Latin guesses are unified under cp1252, which is a superset of latin-1
# for every printable character.
_LATIN_GUESSES = {"iso-8859-1", "ascii", "windows-1252", "iso-8859-15"}


def decode_text(data: bytes, path: object = None) -> tuple[str, str]:
    """Return (text, encoding) for the bytes of a text file, or raise InputError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, path), encoding + "-bom"
    utf16 = _sniff_utf16(data)
    if utf16:
        return _strict(data, utf16, path), utf16
    if b"\x00" in data:
        raise InputError("binary file, not text", path)
    try:
        return refuse_binary(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect(data, path)


def _sniff_utf16(data: bytes) -> str | None:
    """Recognise UTF-16 without a byte-order mark by where its zero bytes fall."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, path: object) -> str:
    try:
        return refuse_binary(data.decode(encoding), path)
    except UnicodeDecodeError as error:
        raise InputError(f"cannot decode text as {encoding} (byte {error.start})", path) from None


def _detect(data: bytes, path: object) -> tuple[str, str]:
    import chardet

    guess = chardet.detect(data[:65536])
    name = (guess.get("encoding") or "").lower()
    if not name:
        raise InputError("cannot decode text: unknown encoding (binary file?)", path)
    candidates = ["cp1252", "latin-1"] if name in _LATIN_GUESSES else [name, "cp1252"]
    for encoding in candidates:
        try:
            return refuse_binary(data.decode(encoding), path), encoding
        except (UnicodeDecodeError, LookupError, InputError):
            continue
    raise InputError(f"cannot decode text (best guess {name} failed)", path)


# Control characters (Unicode category Cc) but line breaks, tabs and form feeds, and lone
# surrogates (Cs).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def refuse_binary(text: str, path: object = None) -> str:
    """Refuse decoded text that is mostly control characters: a binary file in disguise."""
    sample = text[:20000]
    if not sample:
        return text
    controls = len(_CONTROLS.findall(sample))
    if controls > max(2, len(sample) // 100):
        raise InputError("binary file, not text", path)
    return text
