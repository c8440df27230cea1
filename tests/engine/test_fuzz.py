"""Mutated bytes thrown at every reader: a clear InputError or an article, never a traceback.

By default the examples come from a fixed seed, so every run checks the same inputs. Set
BRIEFER_FUZZ_EXAMPLES to search longer, with fresh random inputs each run.
"""

from __future__ import annotations

import functools
import io
import os
import tempfile
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.article import Article
from briefer.errors import InputError
from briefer.read.formats import parse_document
from tests import documents

EXAMPLES = int(os.environ.get("BRIEFER_FUZZ_EXAMPLES", "40"))
FORMATS = ["text", "markdown", "html", "pdf", "docx", "odt", "epub", "rtf", "eml"]
# The seed PDF is drawn with QtGui, as the project's own export is.
SEEDED = [pytest.param(f, marks=pytest.mark.qt_gui) if f == "pdf" else f for f in FORMATS]


def _seed_document(fmt: str, folder: Path) -> bytes:
    if fmt == "pdf":
        pages = [[documents.TITLE, "", *documents.sentences()[:3]], documents.sentences()[3:]]
        return documents.make_pdf(folder / "seed.pdf", pages, header="Gazette").read_bytes()
    if fmt in ("docx", "odt", "epub"):
        return getattr(documents, f"make_{fmt}")(folder / f"seed.{fmt}").read_bytes()
    return {
        "text": "\n\n".join([documents.TITLE, *documents.sentences()]).encode("utf-8"),
        "markdown": f"# {documents.TITLE}\n\n## Costs\n\n*{documents.sentences()[0]}*\n".encode(),
        "html": documents.article_html().encode("utf-8"),
        "rtf": documents.article_rtf().encode("ascii"),
        "eml": documents.article_eml(),
    }[fmt]


@functools.cache
def seed(fmt: str) -> bytes:
    """Return the well-formed document of that format the mutations start from."""
    with tempfile.TemporaryDirectory() as folder:
        return _seed_document(fmt, Path(folder))


@st.composite
def mutations(draw, data: bytes) -> bytes:
    """Flip, insert, delete or cut bytes of `data`, a few times over."""
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        where = draw(st.integers(0, max(len(data) - 1, 0)))
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "repeat"]))
        if action == "flip" and data:
            data[where] = draw(st.integers(0, 255))
        elif action == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=64))
        elif action == "delete":
            del data[where : where + draw(st.integers(1, 256))]
        elif action == "truncate":
            del data[where:]
        else:
            data[where:where] = data[where : where + draw(st.integers(1, 512))] * 8
    return bytes(data)


def _rezipped(data: bytes, mutate) -> bytes:
    """Return the archive with each member's bytes passed through `mutate`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            target.writestr(member.filename, mutate(source.read(member.filename), member.filename))
    return out.getvalue()


def assert_clean(fmt: str, data: bytes) -> None:
    try:
        article = parse_document(fmt, data, f"fuzzed.{fmt}")
    except InputError as error:
        assert str(error).startswith("fuzzed.") and "\n" not in str(error)
    else:
        assert isinstance(article, Article)


FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=10),
    derandomize="BRIEFER_FUZZ_EXAMPLES" not in os.environ,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.mark.parametrize("fmt", SEEDED)
@FUZZ
@given(data=st.data())
def test_mutated_bytes_never_escape_as_a_traceback(fmt, data):
    assert_clean(fmt, data.draw(mutations(seed(fmt))))


@pytest.mark.parametrize("fmt", ["docx", "odt", "epub"])
@FUZZ
@given(data=st.data())
def test_mutated_archive_members_never_escape_as_a_traceback(fmt, data):
    """Mutate the XML inside the zip, where a damaged CRC would not stop the parser."""
    archive = seed(fmt)
    target = data.draw(st.sampled_from(zipfile.ZipFile(io.BytesIO(archive)).namelist()))

    def mutate(member: bytes, name: str) -> bytes:
        return data.draw(mutations(member)) if name == target else member

    assert_clean(fmt, _rezipped(archive, mutate))


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(FORMATS))
def test_random_bytes_never_escape_as_a_traceback(noise, fmt):
    assert_clean(fmt, noise)
