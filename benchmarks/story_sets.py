"""Public news articles whose grouping into stories is known, for measuring the digest.

Read at run time from fetched snapshots (bare git directories named `<owner>+<name>/repo`
under $BRIEFER_STORY_DATA, by default /work/.mirror); no article text is stored in the
repository. benchmarks/data/stories/README.md names the commits and licences.

- wikiref (English): WikiRef220, 220 web news articles on 16 subjects (five large ones,
  eleven of one to five articles), in dpacassi/dynamic-event-detection-in-data-streams;
  the subject is the file name's stem without its number.
- cstnews (Portuguese): CSTNews, 50 stories of two or three articles each from Brazilian
  papers, in andoniVT/NetworkTextSumm; the story is the folder.
- rpm2 (French): RPM2, 20 stories of 20 articles (two waves of ten), in melki/cours; the
  story is the `T..` prefix of the file name.

A record: id, set, story, title, text, language, split. The split is fixed by the story,
not the article, so that a held-out story is never seen while tuning.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from pathlib import Path

MIRRORS = Path(os.environ.get("BRIEFER_STORY_DATA", "/work/.mirror"))
SOURCES = {
    "wikiref": (
        "dpacassi+dynamic-event-detection-in-data-streams",
        "app/data_processing/test_data/wikiref/WikiRef220/",
        "en",
    ),
    "cstnews": ("andoniVT+NetworkTextSumm", "Corpus/CSTNews/", "pt"),
    "rpm2": (
        "melki+cours",
        "tal/projet/Corpus_RPM2_resumes/Corpus_RPM2_documents/",
        "fr",
    ),
}
SETS = tuple(SOURCES)


def held_out(story: str) -> bool:
    """Tell whether a story belongs to the held-out split (fixed by its name)."""
    return hashlib.sha1(story.encode()).digest()[0] < 85


def available() -> list[str]:
    return [name for name in SETS if _repo(name).exists()]


def load(name: str, split: str | None = None) -> list[dict]:
    """The articles of one set, in a fixed order; `split` is "dev", "heldout" or None."""
    repo = _repo(name)
    if not repo.exists():
        raise FileNotFoundError(f"{name}: no snapshot at {repo}")
    _, folder, language = SOURCES[name]
    records = []
    for path in _files(repo, folder):
        story = _story(name, path)
        if story is None:
            continue
        text = _text(repo, path)
        title, body = _title_and_body(text)
        if len(body.split()) < 40:
            continue
        records.append(
            {
                "id": f"{name}:{path[len(folder) :]}",
                "set": name,
                "story": f"{name}:{story}",
                "title": title,
                "text": body,
                "language": language,
                "split": "heldout" if held_out(f"{name}:{story}") else "dev",
            }
        )
    return [r for r in records if split is None or r["split"] == split]


def _repo(name: str) -> Path:
    mirror = MIRRORS / SOURCES[name][0] / "repo"
    return mirror / ".git" if (mirror / ".git").is_dir() else mirror


def _files(repo: Path, folder: str) -> list[str]:
    listing = _git(repo, "ls-tree", "-r", "-z", "--name-only", "HEAD", folder)
    return sorted(p for p in listing.decode().split("\0") if p.endswith(".txt"))


def _story(name: str, path: str) -> str | None:
    base = path.rsplit("/", 1)[-1]
    if name == "wikiref":
        return re.sub(r"[ .]*\(?\d+\)?\.txt$", "", base).lower().replace(" ", ".")
    if name == "rpm2":
        found = re.match(r"(T\d+)_C\d_\d+\.txt$", base)
        return found.group(1) if found else None
    parts = path.split("/")  # cstnews: <cluster>/Textos-fonte/<article>.txt
    if len(parts) < 5 or parts[3] != "Textos-fonte" or base.endswith("_titulo.txt"):
        return None
    return re.match(r"C\d+", parts[2]).group(0)


def _text(repo: Path, path: str) -> str:
    data = _git(repo, "show", f"HEAD:{path}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.lstrip("\ufeff").replace("\r\n", "\n")


def _title_and_body(text: str) -> tuple[str, str]:
    """The first line is the title when it is short and has no final full stop."""
    lines = text.strip().split("\n")
    first = lines[0].strip()
    if len(first.split()) <= 20 and not first.endswith(".") and len(lines) > 1:
        return first, "\n".join(lines[1:]).strip()
    return "", text.strip()


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={repo}", *args], check=True, capture_output=True
    ).stdout
