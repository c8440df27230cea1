"""Read an EPUB: its chapters in the order of the book's spine, as one article."""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote

from briefer.article import Article
from briefer.errors import InputError
from briefer.read.archive import open_zip, read_member, refuse_amplification
from briefer.read.assemble import Draft
from briefer.read.html import parse_markup, walk_markup
from briefer.read.xml import parse_xml

CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
OPF = "http://www.idpf.org/2007/opf"
DC = "http://purl.org/dc/elements/1.1/"
_CHAPTER_TYPES = {"application/xhtml+xml", "text/html", "application/xml"}


def read_epub(data: bytes, path: Path | None = None) -> Article:
    """Return the book's text as one article, or raise InputError when it is damaged."""
    archive = open_zip(data, "EPUB", path)
    container = parse_xml(
        read_member(archive, "META-INF/container.xml", "EPUB", path), "EPUB", path
    )
    rootfile = container.find(f".//{{{CONTAINER}}}rootfile")
    if rootfile is None or not rootfile.get("full-path"):
        raise InputError("damaged EPUB file (its container names no package file)", path)
    package_path = rootfile.get("full-path")
    package = parse_xml(read_member(archive, package_path, "EPUB", path), "EPUB", path)
    draft = Draft(path, "epub")
    _add_metadata(draft, package)
    chapters = _spine(package, posixpath.dirname(package_path))
    refuse_amplification(archive, chapters, "EPUB", path, unit="chapters")
    unpacked: dict[str, bytes] = {}
    for chapter in chapters:
        if chapter not in unpacked:
            unpacked[chapter] = read_member(archive, chapter, "EPUB", path)
        walk_markup(parse_markup(unpacked[chapter], path), draft)
    if not draft.has_text():
        raise InputError("the book has no text", path)
    return draft.article()


def _spine(package, folder: str) -> list[str]:
    """Return the chapters' paths inside the archive, in reading order."""
    manifest = {
        item.get("id"): item
        for item in package.iter(f"{{{OPF}}}item")
        if item.get("media-type") in _CHAPTER_TYPES and item.get("href")
    }
    chapters = []
    for reference in package.iter(f"{{{OPF}}}itemref"):
        item = manifest.get(reference.get("idref"))
        if item is not None and reference.get("linear") != "no":
            chapters.append(posixpath.normpath(posixpath.join(folder, unquote(item.get("href")))))
    return chapters


def _add_metadata(draft: Draft, package) -> None:
    for tag, field in (("title", "title"), ("creator", "byline"), ("date", "date")):
        element = package.find(f".//{{{DC}}}{tag}")
        text = (element.text or "").strip() if element is not None else ""
        if text:
            setattr(draft, field, f"By {text}" if field == "byline" else text)
