"""Read RTF: the text left when the control words are stripped, read as plain text."""

from __future__ import annotations

import re
from pathlib import Path

from briefer.article import Article
from briefer.errors import InputError
from briefer.read.plain import read_plain

_CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")


def read_rtf(data: bytes, path: Path | None = None) -> Article:
    """Return the document's article, or raise InputError when the RTF is damaged."""
    from striprtf.striprtf import rtf_to_text

    page = _CODE_PAGE.search(data[:4096])
    encoding = f"cp{page.group(1).decode()}" if page else "cp1252"
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace")
    except LookupError:
        text = rtf_to_text(data.decode("latin-1"), encoding="cp1252", errors="replace")
    except (ValueError, IndexError) as error:
        raise InputError(f"damaged RTF file ({error})", path) from None
    if not text.strip():
        raise InputError("the RTF document has no text", path)
    return read_plain(text, path).with_(fmt="rtf")
