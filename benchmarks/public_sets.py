"""Public news articles with human reference summaries, for training and measuring the ranking.

The sets are JSON Lines files, one article a line, described with their sources and licences
in benchmarks/data/public/README.md and built by benchmarks/data/public/build.py. They are
looked for in $BRIEFER_PUBLIC_DATA, then benchmarks/data/public/, then data/public/ in the
shared folder beside the checkout.

A record: id, set, title, text, sentences (the source's own split, or None), summary (the
reference's sentences), references (every human reference, each a list of sentences),
cased, summary_cased, split ("dev" or "test"; test is held out from all tuning); sets with
a long extractive reference add extract (its sentences, in reading order) and language.

Usage from a benchmark script (which puts benchmarks/ on sys.path):
    from public_sets import load, load_all
    dev = load_all("dev")
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS: tuple[str, ...] = (
    "frank_cnndm",
    "frank_xsum",
    "realsumm_cnndm",
    "xsum_humaneval",
    "gum_news",
    "temario_pt",
)
SPLITS = ("dev", "test")


def search_path() -> list[Path]:
    """The folders looked in for the sets, first match wins."""
    env = os.environ.get("BRIEFER_PUBLIC_DATA")
    folders = [Path(env)] if env else []
    return folders + [HERE / "data" / "public", HERE.parent.parent / "shared" / "data" / "public"]


def find(name: str) -> Path | None:
    """The file of set `name`, or None if no folder has it."""
    if name not in SETS:
        raise ValueError(f"unknown set {name!r}; sets: {', '.join(SETS)}")
    return next((p for d in search_path() if (p := d / f"{name}.jsonl").is_file()), None)


def available() -> list[str]:
    """The sets that are present."""
    return [name for name in SETS if find(name) is not None]


def load(name: str, split: str | None = None) -> list[dict]:
    """The records of set `name` (all, or only those of `split`), in file order."""
    if split not in (None, *SPLITS):
        raise ValueError(f"split must be one of {SPLITS} or None, not {split!r}")
    path = find(name)
    if path is None:
        raise FileNotFoundError(
            f"set {name!r} not found in {', '.join(map(str, search_path()))}; "
            "build it with benchmarks/data/public/build.py"
        )
    records = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            rec.setdefault("summary_cased", rec["cased"])
            rec.setdefault("references", [rec["summary"]])
            rec.setdefault("language", "en")
            if split is None or rec["split"] == split:
                records.append(rec)
    return records


def load_all(split: str | None = None) -> list[dict]:
    """The records of every set present (see `available`), set by set."""
    return [rec for name in available() for rec in load(name, split)]


def held_out(record_id: str) -> bool:
    """Tell whether a record belongs to the test split (fixed by its id)."""
    return hashlib.sha1(record_id.encode()).digest()[0] < 77


def problems(records: list[dict]) -> list[str]:
    """Return what is wrong with built records: repeated ids, wrong splits, empty text."""
    found, seen = [], set()
    for rec in records:
        rid = rec["id"]
        if rid in seen:
            found.append(f"{rid}: repeated id")
        if rec["set"] not in SETS:
            found.append(f"{rid}: unknown set {rec['set']!r}")
        seen.add(rid)
        if rec["split"] != ("test" if held_out(rid) else "dev"):
            found.append(f"{rid}: split {rec['split']!r} does not follow from the id")
        if not rec["text"].strip() or not rec["summary"] or not all(rec["summary"]):
            found.append(f"{rid}: empty text or summary")
        if rec["sentences"] is not None and not all(s.strip() for s in rec["sentences"]):
            found.append(f"{rid}: an empty sentence")
        if "extract" in rec and not (rec["extract"] and all(map(str.strip, rec["extract"]))):
            found.append(f"{rid}: an empty extract or extract sentence")
    return found


if __name__ == "__main__":
    for name in SETS:
        if find(name) is None:
            print(f"{name}: missing")
            continue
        recs = load(name)
        test = sum(r["split"] == "test" for r in recs)
        print(f"{name}: {len(recs)} ({len(recs) - test} dev, {test} test) {find(name)}")
    wrong = problems(load_all())
    print("\n".join(wrong) or "all records well formed")
    sys.exit(1 if wrong else 0)
