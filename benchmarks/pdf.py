"""PDF benchmark: time to render a brief of about ten pages, against the 1 s target.

Usage: python benchmarks/pdf.py

The brief is made from the benchmark articles (benchmarks/data/news), 150 points; the
Qt application is started before timing, as the window and `briefer brief` have it.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def main() -> None:
    from speed import build_text

    from briefer.pipeline import BriefOptions, make_brief
    from briefer.render.markdown import render_markdown
    from briefer.render.pdf import _font_family, _gui_application, render_pdf

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.txt"
        path.write_text(build_text(30000), encoding="utf-8")
        brief = make_brief([path], BriefOptions(points=150))
    text = render_markdown(brief)
    _gui_application()
    _font_family()
    runs, pages = [], 0
    for _ in range(5):
        started = time.perf_counter()
        data = render_pdf(text, brief.title)
        runs.append(time.perf_counter() - started)
    from io import BytesIO

    from pypdf import PdfReader

    pages = len(PdfReader(BytesIO(data)).pages)
    print(
        f"{len(brief.points)} points, {pages} pages, {len(data) / 1024:.0f} KB: "
        f"median {statistics.median(runs):.2f} s (target: 10 pages under 1 s)"
    )


if __name__ == "__main__":
    main()
