"""Read a Word document (DOCX): its paragraphs in order, heading styles as sections."""

from __future__ import annotations

import io
import re
from pathlib import Path

from briefer.article import Article
from briefer.errors import InputError
from briefer.read.archive import ZIP_ERRORS, open_zip, refuse_amplification
from briefer.read.assemble import Draft

# python-docx trusts a package's parts to be what their names say; a damaged one makes it
# fail on attributes and types, inside its own code.
_MALFORMED = (AttributeError, TypeError, IndexError)
_HEADING_STYLE = re.compile(r"^(heading|überschrift|titre|título|titolo|kop)\s*\d", re.IGNORECASE)


def read_docx(data: bytes, path: Path | None = None) -> Article:
    """Return the document's article, or raise InputError when the file is damaged."""
    import docx
    from docx.opc.exceptions import OpcError
    from lxml.etree import LxmlError

    archive = open_zip(data, "DOCX", path)  # refuses damaged archives and zip bombs first
    if "word/document.xml" not in archive.namelist():
        raise InputError("damaged DOCX file (it has no word/document.xml)", path)
    refuse_amplification(archive, ["word/document.xml"], "DOCX", path)
    try:
        document = docx.Document(io.BytesIO(data))
        draft = _draft(document, path)
    except (OpcError, LxmlError, KeyError, *_MALFORMED, *ZIP_ERRORS) as error:
        raise InputError(f"damaged DOCX file ({_reason(error)})", path) from None
    if not draft.has_text():
        raise InputError("the document has no text", path)
    return draft.article()


def _draft(document, path: Path | None) -> Draft:
    properties = document.core_properties
    draft = Draft(path, "docx", title=(properties.title or "").strip())
    if properties.author:
        draft.byline = f"By {properties.author.strip()}"
    names = _style_names(document)
    for paragraph in document.paragraphs:
        draft.add(_kind(names.get(paragraph._p.style, "")), paragraph.text)
    return draft


def _style_names(document) -> dict[str | None, str]:
    """Map style ids to names once: python-docx looks each paragraph's style up anew,
    scanning every style, which made long documents take seconds."""
    from docx.enum.style import WD_STYLE_TYPE

    names = {style.style_id: style.name or "" for style in document.styles}
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    names[None] = default.name if default is not None else ""
    return names


def _kind(style: str) -> str:
    """Return "title", "heading" or "paragraph" from the paragraph's style name."""
    if style == "Title":
        return "title"
    if _HEADING_STYLE.match(style):
        return "heading"
    return "paragraph"


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:120]
