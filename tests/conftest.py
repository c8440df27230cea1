"""Shared test set-up: private config and data dirs, the sample article, Qt for PDFs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefer import logs

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_8fe7a225eed57f9e.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory):
    """Send Briefer's config, data, cache and log dirs, and the desktop's data home
    (where --install-desktop writes), to temporary places for every test.

    The fixture patches on its own, so that a test's `monkeypatch.undo()` keeps them.
    """
    base = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BRIEFER_CONFIG_DIR", str(base / "config"))
        patch.setenv("BRIEFER_DATA_DIR", str(base / "data"))
        patch.setenv("BRIEFER_CACHE_DIR", str(base / "cache"))
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


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "qt_gui: paints with QtGui (PDF in or out); skipped where PySide6 is absent"
    )


@pytest.fixture(autouse=True)
def _qt_gui_when_marked(request):
    if request.node.get_closest_marker("qt_gui"):
        request.getfixturevalue("qt_gui")


@pytest.fixture(scope="session")
def qt_gui(request):
    """Return the Qt application PDF rendering paints with; skip where PySide6 is absent.

    Where pytest-qt runs, this is its QApplication: Qt allows one application per
    process, and window tests later in the run need one that can hold widgets.
    """
    pytest.importorskip("PySide6.QtGui", reason="PDF rendering needs PySide6 (QtGui)")
    try:
        return request.getfixturevalue("qapp")
    except pytest.FixtureLookupError:  # no pytest-qt: the renderer starts its own
        from briefer.render.pdf import _gui_application

        return _gui_application()
