"""Web-page benchmark: article body text from 181 real news and blog pages.

Usage: python benchmarks/web_pages.py [--data DIR] [--bootstrap N] [--large-mb 5]

The pages and their hand-made article bodies are those of the article extraction
benchmark, https://github.com/scrapinghub/article-extraction-benchmark (MIT licence,
Copyright (c) 2020 Scrapinghub), measured at commit
4a3bc979f76c0df73cb95fe272e2fc1b96f9f010. Nothing of it is in this repository:
clone it and check out that commit, then point --data at the clone (the default is
benchmarks/data/article-extraction-benchmark, which git ignores):

    git clone https://github.com/scrapinghub/article-extraction-benchmark \\
        benchmarks/data/article-extraction-benchmark
    git -C benchmarks/data/article-extraction-benchmark checkout 4a3bc979f76c

The folder needs `html/*.html.gz` and `ground-truth.json`.

Systems:
- Briefer's reader as shipped: `briefer.read.read_article` on each page saved as an
  .html file (trafilatura with Briefer's settings and its container rule); the article
  body is the text of the article's headings and paragraphs, without title and byline.
- trafilatura as the benchmark runs it: `trafilatura.extract(html, include_comments=False)`.
- readability-lxml as the benchmark runs it: `Document(html).summary(html_partial=True)`,
  turned into text with html-text (or lxml's text_content when html-text is missing).
Each runs only where its package is installed.

Then, unless --large-mb is 0, one large page: the bodies of the benchmark's pages (scripts
and styles removed) joined in key order, and cycled, until the page holds --large-mb MB;
it prints the time Briefer's reader takes on it (the time its --read-timeout bounds) and
that of a plain `trafilatura.extract` call.

Scoring follows the benchmark's definition. Each text is cut into word tokens (runs of
Unicode word characters) and those into overlapping 4-token shingles (a shorter text is
one shingle). For one page, shingles in both texts (counted with multiplicity) are true
positives, extra ones in the prediction false positives, missing ones false negatives,
and the three are scaled to sum to 1. Precision and recall are computed per page (1 when
the texts match exactly, 0 when nothing matched), averaged over the pages where they are
defined, and F1 is the harmonic mean of the two averages. The spread is the standard
deviation over bootstrap resamples of the pages (seeded, so runs repeat).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

DEFAULT_DATA = HERE / "data" / "article-extraction-benchmark"
COMMIT = "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010"
SHINGLE = 4
WORD = re.compile(r"\w+")


# Scoring


def shingles(text: str) -> Counter:
    """Return the multiset of 4-token shingles of `text` (one shorter one if it is short)."""
    words = WORD.findall(text or "")
    if len(words) < SHINGLE:
        return Counter([tuple(words)] if words else [])
    return Counter(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def page_counts(truth: str, predicted: str) -> tuple[float, float, float]:
    """Return (true positives, false positives, false negatives), scaled to sum to 1."""
    want, got = shingles(truth), shingles(predicted)
    hit = sum((want & got).values())
    extra = sum((got - want).values())
    missed = sum((want - got).values())
    total = hit + extra + missed
    if total == 0:
        return 0.0, 0.0, 0.0
    return hit / total, extra / total, missed / total


def _ratio(hit: float, other: float, extra: float, missed: float) -> float:
    if extra == missed == 0:
        return 1.0  # the texts agree exactly (or both are empty)
    if hit == other == 0:
        return 0.0
    return hit / (hit + other)


def summary(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Return (precision, recall, F1) over pages, as the benchmark averages them."""
    precisions = [_ratio(tp, fp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [_ratio(tp, fn, fp, fn) for tp, fp, fn in counts if tp + fn > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def spread(counts: list[tuple[float, float, float]], rounds: int) -> tuple[float, float, float]:
    """Return the bootstrap standard deviations of (precision, recall, F1)."""
    if rounds < 2:
        return 0.0, 0.0, 0.0
    draw = random.Random(0)
    samples = [summary(draw.choices(counts, k=len(counts))) for _ in range(rounds)]
    return tuple(statistics.stdev(column) for column in zip(*samples))  # type: ignore[return-value]


# Systems


def briefer_reader():
    from briefer.read import read_article

    folder = Path(tempfile.mkdtemp(prefix="briefer-web-"))

    def run(key: str, page: bytes, html: str) -> str:
        path = folder / f"{key}.html"
        path.write_bytes(page)
        try:
            article = read_article(path)
        except Exception as error:  # a page Briefer refuses scores as an empty body
            print(f"  briefer: {key[:12]}: {error}", file=sys.stderr)
            return ""
        finally:
            path.unlink()
        return "\n\n".join(
            article.block_text(b) for b in article.blocks if b.kind in ("heading", "paragraph")
        )

    return run


def trafilatura_default():
    import trafilatura

    def run(key: str, page: bytes, html: str) -> str:
        return trafilatura.extract(html, include_comments=False) or ""

    return run


def readability_lxml():
    from readability import Document

    try:
        from html_text import extract_text
    except ImportError:
        import lxml.html

        def extract_text(markup: str) -> str:
            return lxml.html.fromstring(markup).text_content() if markup.strip() else ""

    def run(key: str, page: bytes, html: str) -> str:
        return extract_text(Document(html).summary(html_partial=True))

    return run


SYSTEMS = {
    "briefer": (briefer_reader, "briefer"),
    "trafilatura": (trafilatura_default, "trafilatura"),
    "readability-lxml": (readability_lxml, "readability-lxml"),
}


def version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(distribution)
    except PackageNotFoundError:
        return "?"


def load(data: Path) -> list[tuple[str, bytes, str, str]]:
    """Return (key, page bytes, page text, true body) for every page, in key order."""
    truth = json.loads((data / "ground-truth.json").read_text("utf-8"))
    pages = []
    for key in sorted(truth):
        page = gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes())
        pages.append((key, page, page.decode("utf-8"), truth[key].get("articleBody") or ""))
    return pages


def checkout_commit(data: Path) -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(data), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    return done.stdout.strip()


def large_page(pages: list[tuple[str, bytes, str, str]], megabytes: float) -> bytes:
    """Return one page made of the benchmark pages' bodies, of at least `megabytes` MB."""
    import lxml.html

    bodies = []
    for _key, _page, html, _truth in pages:
        root = lxml.html.fromstring(html)
        for element in root.iter("script", "style", "noscript"):
            element.drop_tree()
        body = root.find("body")
        if body is not None:
            bodies.append(b"".join(lxml.html.tostring(child) for child in body))
    head = b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Large page</title></head>"
    parts, size, index = [head, b"<body>"], 0, 0
    while size < megabytes * 1e6:
        parts.append(bodies[index % len(bodies)])
        size += len(parts[-1])
        index += 1
    return b"".join([*parts, b"</body></html>"])


def time_large(pages: list[tuple[str, bytes, str, str]], megabytes: float) -> None:
    from briefer.read import read_article
    from briefer.read.isolate import Limits

    page = large_page(pages, megabytes)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.html"
        path.write_bytes(page)
        started = time.perf_counter()
        article = read_article(path, max_bytes=len(page) + 1, limits=Limits(seconds=3600))
        seconds = time.perf_counter() - started
    words = len(article.text.split())
    size = len(page) / 1e6
    print(f"\none page of {size:.1f} MB: Briefer's reader {seconds:.1f} s ({words:,} words kept)")
    try:
        import trafilatura
    except ImportError:
        return
    started = time.perf_counter()
    trafilatura.extract(page.decode("utf-8"), include_comments=False)
    print(f"  trafilatura.extract alone: {time.perf_counter() - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the benchmark's folder")
    parser.add_argument("--bootstrap", type=int, default=1000, help="resamples for the spread")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated")
    parser.add_argument("--large-mb", type=float, default=5, help="the large page's size")
    args = parser.parse_args()
    if not (args.data / "ground-truth.json").is_file():
        sys.exit(f"{args.data}: no ground-truth.json here; see the docstring for the data")

    pages = load(args.data)
    commit = checkout_commit(args.data)
    if commit == "not a git checkout":
        where = f"{commit}; the README's figures are from {COMMIT[:12]}"
    elif commit != COMMIT:
        where = f"at {commit[:12]}; the README's figures are from {COMMIT[:12]}"
    else:
        where = f"at {commit[:12]}"
    print(f"{len(pages)} pages from {args.data} ({where})")
    print(f"{'system':18s} {'version':10s} {'F1':>13s} {'precision':>13s} {'recall':>13s} ms/page")
    for name in args.systems.split(","):
        make, distribution = SYSTEMS[name]
        try:
            run = make()
        except ImportError as error:
            print(f"{name:18s} not installed ({error.name})")
            continue
        counts, started = [], time.perf_counter()
        for key, page, html, truth in pages:
            counts.append(page_counts(truth, run(key, page, html)))
        per_page = 1000 * (time.perf_counter() - started) / len(pages)
        precision, recall, f1 = summary(counts)
        d_precision, d_recall, d_f1 = spread(counts, args.bootstrap)
        print(
            f"{name:18s} {version(distribution):10s} "
            f"{f1:.3f} ± {d_f1:.3f} {precision:.3f} ± {d_precision:.3f} "
            f"{recall:.3f} ± {d_recall:.3f} {per_page:7.1f}"
        )
    if args.large_mb > 0:
        time_large(pages, args.large_mb)


if __name__ == "__main__":
    main()
