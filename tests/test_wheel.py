"""The built wheel, installed alone in a fresh virtual environment, briefs and opens.

The new environment borrows the dependencies of the one running the tests (a .pth file
lists its site-packages), so the test needs no network. Not --system-site-packages:
that would lend the base interpreter's packages, which a virtual environment running
the tests need not have. Briefer itself comes only from the wheel: the test checks that
the package it runs is the one inside the new environment, not this checkout.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE

pytestmark = pytest.mark.timeout(600)

RUN_WINDOW = """
import sys
from pathlib import Path
from briefer.app import window_icon
from briefer.app.main_window import MainWindow
from briefer.app.qt import QApplication, QTimer

app = QApplication(sys.argv[:1])
window = MainWindow()
window.show()
window.open_files([Path(sys.argv[1])])

def check():
    if window.is_idle() and window.current is not None:
        print(window.isVisible(), not window_icon().isNull(), window.editor.toPlainText()[:40])
        app.exit(0)

timer = QTimer(interval=50, timeout=check)
timer.start()
QTimer.singleShot(60000, lambda: app.exit(1))
sys.exit(app.exec())
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            out,
            ROOT,
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("briefer-*.whl")
    return built


@pytest.fixture(scope="module")
def environment(wheel, tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("venv") / "env"
    venv.create(home, with_pip=False)
    python = home / "bin" / "python"
    own = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(own, "borrowed-dependencies.pth").write_text("\n".join(dependency_dirs()) + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "--no-deps",
            "--no-index",
            wheel,
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return home


def dependency_dirs() -> list[str]:
    """Return the folders this interpreter imports installed packages from."""
    dirs = [*site.getsitepackages(), sysconfig.get_path("purelib"), sysconfig.get_path("platlib")]
    if site.ENABLE_USER_SITE:
        dirs.append(site.getusersitepackages())
    return list(dict.fromkeys(d for d in dirs if Path(d).is_dir()))


def run_in(environment: Path, *command: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=cwd, env=env)


def test_the_wheel_carries_the_run_time_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in [
        "briefer/app/main_window.py",
        "briefer/resources/themes/conflict.toml",
        "briefer/resources/fonts/DejaVuSerif.ttf",
        "briefer/resources/stopwords/russian.txt",
        "briefer/resources/langdetect_profiles.npz",
        "briefer/resources/desktop/org.briefer.Briefer.desktop",
        "briefer/resources/desktop/org.briefer.Briefer.metainfo.xml",
        "briefer/resources/icons/org.briefer.Briefer.svg",
        "briefer/resources/icons/org.briefer.Briefer-48.png",
    ]:
        assert needed in names, needed


def test_the_installed_wheel_briefs_the_sample(environment, tmp_path):
    where = run_in(
        environment,
        str(environment / "bin" / "python"),
        "-c",
        "import briefer; print(briefer.__file__)",
        cwd=tmp_path,
    )
    assert where.stdout.strip().startswith(str(environment)), where.stdout + where.stderr
    result = run_in(
        environment, str(environment / "bin" / "briefer"), "brief", str(SAMPLE), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "## Bottom line" in result.stdout and "## Escalation" in result.stdout


def test_the_installed_wheel_opens_the_window(environment, tmp_path):
    result = run_in(
        environment,
        str(environment / "bin" / "python"),
        "-c",
        RUN_WINDOW,
        str(SAMPLE),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("True True"), result.stdout
