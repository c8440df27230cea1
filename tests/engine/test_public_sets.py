"""benchmarks/public_sets.py: loading, split filtering, and the shape of the built sets."""

from __future__ import annotations

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


def test_problems_names_each_kind_of_bad_record():
    good = [_rec(rid, "test" if public_sets.held_out(rid) else "dev") for rid in "abcdef"]
    assert public_sets.problems(good) == []
    first = good[0]["id"]
    bad = [
        good[0],
        {**good[0], "set": "elsewhere"},
        {**good[1], "split": "dev" if good[1]["split"] == "test" else "test"},
        {**good[2], "summary": []},
        {**good[3], "sentences": ["A.", " "]},
    ]
    found = public_sets.problems(bad)
    assert f"{first}: repeated id" in found and f"{first}: unknown set 'elsewhere'" in found
    assert any(p.startswith(f"{good[1]['id']}: split") for p in found)
    assert f"{good[2]['id']}: empty text or summary" in found
    assert f"{good[3]['id']}: an empty sentence" in found
