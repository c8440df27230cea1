"""Parse the XML inside office documents and e-books without trusting it.

Entities are never resolved and nothing is loaded from the network, so a document cannot
expand itself ("billion laughs") or make the reader fetch a file.
"""

from __future__ import annotations

from briefer.errors import InputError


def parse_xml(data: bytes, what: str, path: object = None):
    """Return the root element of `data`, or raise InputError naming the damage."""
    import lxml.etree

    parser = lxml.etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = lxml.etree.fromstring(data, parser=parser)
    except (lxml.etree.XMLSyntaxError, ValueError) as error:
        raise InputError(f"damaged {what} file (bad XML: {_first_line(error)})", path) from None
    if root is None:
        raise InputError(f"damaged {what} file (empty XML)", path)
    return root


def element_text(element, spaces: set[str], left_out: set[str]) -> str:
    """Return the text under `element`; `spaces` tags read as a space, `left_out` as nothing."""
    parts = [element.text or ""]
    for child in element:
        _collect(child, spaces, left_out, parts)
    return "".join(parts)


def _collect(element, spaces: set[str], left_out: set[str], parts: list[str]) -> None:
    if element.tag in spaces:
        parts.append(" ")
    elif element.tag not in left_out:
        parts.append(element.text or "")
        for child in element:
            _collect(child, spaces, left_out, parts)
    parts.append(element.tail or "")


def _first_line(error: Exception) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0][:120]
