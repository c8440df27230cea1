"""Read an OpenDocument text (ODT): its headings and paragraphs, from content.xml."""

from __future__ import annotations

from pathlib import Path

from briefer.article import Article
from briefer.errors import InputError
from briefer.read.archive import open_zip, read_member, refuse_amplification
from briefer.read.assemble import Draft
from briefer.read.xml import element_text, parse_xml

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DC = "http://purl.org/dc/elements/1.1/"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_SPACES = {f"{{{TEXT}}}s", f"{{{TEXT}}}tab", f"{{{TEXT}}}line-break"}
_LEFT_OUT = {f"{{{TEXT}}}note", f"{{{OFFICE}}}annotation", f"{{{TEXT}}}tracked-changes"}


def read_odt(data: bytes, path: Path | None = None) -> Article:
    """Return the document's article, or raise InputError when the file is damaged."""
    archive = open_zip(data, "ODT", path)
    refuse_amplification(archive, ["content.xml", "meta.xml"], "ODT", path)
    content = parse_xml(read_member(archive, "content.xml", "ODT", path), "ODT", path)
    draft = Draft(path, "odt")
    if "meta.xml" in archive.namelist():
        _add_metadata(draft, parse_xml(read_member(archive, "meta.xml", "ODT", path), "ODT", path))
    body = content.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if body is None:
        raise InputError("damaged ODT file (content.xml has no text body)", path)
    for element in body.iter(f"{{{TEXT}}}h", f"{{{TEXT}}}p"):
        if _inside_block(element):
            continue
        text = element_text(element, _SPACES, _LEFT_OUT)
        if element.tag == f"{{{TEXT}}}h":
            draft.add("heading", text)
        else:
            style = element.get(f"{{{TEXT}}}style-name", "")
            draft.add("title" if style == "Title" else "paragraph", text)
    if not draft.has_text():
        raise InputError("the document has no text", path)
    return draft.article()


def _inside_block(element) -> bool:
    """Tell paragraphs inside footnotes or other paragraphs (read with their parent)."""
    blocks = {f"{{{TEXT}}}p", f"{{{TEXT}}}h"} | _LEFT_OUT
    return any(parent.tag in blocks for parent in element.iterancestors())


def _add_metadata(draft: Draft, meta) -> None:
    title = meta.find(f".//{{{DC}}}title")
    creator = meta.find(f".//{{{DC}}}creator")
    if creator is None:
        creator = meta.find(f".//{{{META}}}initial-creator")
    draft.title = (title.text or "").strip() if title is not None else ""
    if creator is not None and (creator.text or "").strip():
        draft.byline = f"By {creator.text.strip()}"
