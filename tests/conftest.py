"""Shared test set-up: private config and data dirs, offscreen Qt, the sample article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_8fe7a225eed57f9e.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory, monkeypatch):
    """Send Briefer's config and data dirs to a temporary place for every test."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BRIEFER_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(base / "data"))
    return base


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")
