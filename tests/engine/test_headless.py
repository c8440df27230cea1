"""The engine and the command line never load Qt's widgets; PDF output loads QtGui only."""

from __future__ import annotations

import subprocess
import sys

import pytest


def run_python(code: str) -> list[str]:
    """Run `code` in a fresh interpreter; return the lines it printed."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()


def test_cli_brief_loads_no_qtwidgets(sample_path, tmp_path):
    code = (
        "import sys\n"
        "from briefer.cli import main\n"
        f"main(['brief', {str(sample_path)!r}, '-o', {str(tmp_path / 'b.json')!r}])\n"
        "from briefer.pipeline import make_brief\n"
        "from briefer.render.markdown import render_markdown\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(loaded)\n"
        "print('sumy' in sys.modules, 'nltk' in sys.modules)\n"
    )
    loaded, sumy_nltk = run_python(code)
    assert "QtWidgets" not in loaded
    assert loaded == "[]"
    assert sumy_nltk == "False False"  # the briefing path never imports NLTK either


def test_desktop_install_and_logging_load_no_qt():
    code = (
        "import sys\n"
        "from briefer.cli import main\n"
        "assert main(['-v', '--install-desktop']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    assert run_python(code)[-1] == "[]"


def test_importing_the_engine_loads_no_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        "import briefer\n"
        "for info in pkgutil.walk_packages(briefer.__path__, 'briefer.'):\n"
        "    if not info.name.startswith('briefer.app') and info.name != 'briefer.__main__':\n"
        "        importlib.import_module(info.name)\n"
        "print('briefer.pipeline' in sys.modules, 'briefer.render.pdf' in sys.modules)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    assert run_python(code) == ["True True", "[]"]


def test_pdf_output_starts_a_gui_application_without_widgets(sample_path, tmp_path):
    pytest.importorskip("PySide6.QtGui", reason="PDF rendering needs PySide6 (QtGui)")
    out = tmp_path / "b.pdf"
    code = (
        "import sys\n"
        "from briefer.cli import main\n"
        f"assert main(['brief', {str(sample_path)!r}, '-o', {str(out)!r}]) == 0\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "print(type(QGuiApplication.instance()).__name__)\n"
        "print('PySide6.QtGui' in sys.modules, 'PySide6.QtWidgets' in sys.modules)\n"
    )
    assert run_python(code) == ["QGuiApplication", "True False"]
    assert out.read_bytes().startswith(b"%PDF-")
