"""Read an e-mail (.eml): the message body, the subject as the title."""

from __future__ import annotations

import email
import email.policy
import email.utils
from pathlib import Path

from briefer.article import Article
from briefer.errors import InputError
from briefer.read.decode import refuse_binary
from briefer.read.html import read_markup
from briefer.read.plain import read_plain


def read_email(data: bytes, path: Path | None = None) -> Article:
    """Return the message's article, or raise InputError when it has no readable body."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise InputError("the e-mail has no text body", path)
    try:
        content = body.get_content()
    except (LookupError, ValueError, AssertionError) as error:
        raise InputError(f"the e-mail body cannot be decoded ({error})", path) from None
    if not isinstance(content, str) or not content.strip():
        raise InputError("the e-mail has no text body", path)
    refuse_binary(content, path)
    if body.get_content_subtype() == "html":
        article = read_markup(content, path, "eml").article()
    else:
        article = read_plain(content, path)
    return article.with_(
        fmt="eml",
        title=_header(message, "subject") or article.title,
        date=_date(_header(message, "date")) or article.date,
    )


def _header(message, name: str) -> str:
    """Return a header's text, or "" when it is missing or malformed."""
    try:
        value = message.get(name)  # the default policy parses headers (dates, addresses)
    except (ValueError, IndexError, TypeError, OverflowError):
        return ""
    return " ".join(str(value).split()) if value else ""


def _date(value: str) -> str:
    try:
        moment = email.utils.parsedate_to_datetime(value) if value else None
        return f"{moment.day} {moment:%B %Y}" if moment else ""
    except (ValueError, TypeError, IndexError, OverflowError):
        return value
