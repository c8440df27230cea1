"""Shared test set-up: private config and data dirs, offscreen Qt, the sample article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefer import logs

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_8fe7a225eed57f9e.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    """One cache dir for the whole run: the language profiles are cached once."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory, cache_dir):
    """Send Briefer's config, data, cache and log dirs, and the desktop's data home
    (where --install-desktop writes), to temporary places for every test.

    The fixture patches on its own, so that a test's `monkeypatch.undo()` keeps them.
    """
    base = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BRIEFER_CONFIG_DIR", str(base / "config"))
        patch.setenv("BRIEFER_DATA_DIR", str(base / "data"))
        patch.setenv("BRIEFER_CACHE_DIR", str(cache_dir))
        patch.setenv("BRIEFER_LOG_DIR", str(base / "log"))
        patch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))
        yield base
    logs.close()


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp):
    """Create pytest-qt's QApplication first, so that PDF rendering (which starts a
    QGuiApplication only when none runs) and the window tests share one."""
    return qapp
