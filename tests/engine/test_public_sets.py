"""benchmarks/public_sets.py: loading, split filtering, and the shape of the built sets."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
_spec = importlib.util.spec_from_file_location(
    "public_sets", ROOT / "benchmarks" / "public_sets.py"
)
public_sets = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(public_sets)


def _rec(rid: str, split: str, **extra) -> dict:
    return {
        "id": rid,
        "set": "gum_news",
        "title": "",
        "text": "A. B.",
        "sentences": None,
        "summary": ["A."],
        "cased": True,
        "split": split,
        **extra,
    }


def test_load_filters_and_fills_defaults(tmp_path, monkeypatch):
    monkeypatch.setattr(public_sets, "search_path", lambda: [tmp_path])
    rows = [_rec("a", "dev"), _rec("b", "test", references=[["A."], ["B."]])]
    (tmp_path / "gum_news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert public_sets.available() == ["gum_news"]
    assert [r["id"] for r in public_sets.load("gum_news")] == ["a", "b"]
    dev = public_sets.load("gum_news", "dev")
    assert [r["id"] for r in dev] == ["a"]
    assert dev[0]["references"] == [["A."]] and dev[0]["summary_cased"] is True
    assert public_sets.load_all("test")[0]["references"] == [["A."], ["B."]]
    with pytest.raises(ValueError):
        public_sets.load("gum_news", "train")
    with pytest.raises(ValueError):
        public_sets.load("nope")
    with pytest.raises(FileNotFoundError):
        public_sets.load("frank_xsum")


@pytest.mark.skipif(not public_sets.available(), reason="the public sets are not built here")
def test_built_sets_are_well_formed():
    seen = set()
    for rec in public_sets.load_all():
        assert rec["id"] not in seen and rec["set"] in public_sets.SETS
        seen.add(rec["id"])
        held_out = hashlib.sha1(rec["id"].encode()).digest()[0] < 77
        assert rec["split"] == ("test" if held_out else "dev")
        assert rec["text"].strip() and rec["summary"] and all(rec["summary"])
        assert rec["sentences"] is None or all(s.strip() for s in rec["sentences"])
