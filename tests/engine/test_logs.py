"""The log file: where it goes, what --verbose adds, and that --help leaves no trace."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from briefer import logs
from briefer.cli import main


def log_dir() -> Path:
    return Path(os.environ["BRIEFER_LOG_DIR"])


def test_the_log_goes_where_briefer_log_dir_says():
    assert logs.log_file() == log_dir().absolute() / "briefer.log"


def test_help_and_version_make_no_log_folder():
    for option in ("--help", "--version"):
        result = subprocess.run(
            [sys.executable, "-m", "briefer", option], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, result.stderr
    assert not log_dir().exists()


def test_a_brief_logs_what_was_briefed_at_info_and_nothing_on_stderr(capsys, sample_path, tmp_path):
    assert main(["brief", str(sample_path), "-o", str(tmp_path / "brief.md")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if "Theme pack chosen" not in line] == []  # only the note
    text = logs.log_file().read_text(encoding="utf-8")
    assert f"INFO briefer.cli: briefing {sample_path}" in text
    assert "INFO briefer.cli: briefed 'U.S. Secretary of State" in text
    assert f"INFO briefer.cli: wrote {tmp_path / 'brief.md'} (md," in text
    assert " DEBUG " not in text


def test_verbose_logs_debug_lines_to_the_file_and_stderr(capsys, sample_path, tmp_path):
    out = str(tmp_path / "brief.md")
    assert main(["brief", str(sample_path), "-o", out, "--verbose"]) == 0
    err = capsys.readouterr().err
    assert "briefer: DEBUG briefer.cli: options: BriefOptions(" in err
    assert "briefer: INFO briefer.cli: briefed " in err
    assert "DEBUG briefer.cli: options: BriefOptions(" in logs.log_file().read_text("utf-8")
    assert main(["-v", "algorithms"]) == 0  # before the command, too
    assert "DEBUG briefer.cli: briefer " in capsys.readouterr().err


def test_setting_up_again_replaces_the_handlers():
    logs.setup(verbose=True)
    logs.setup()
    names = [h.get_name() for h in logging.getLogger("briefer").handlers]
    assert names == ["briefer-file"]


def test_a_log_that_cannot_be_written_is_reported_once_and_briefer_goes_on(
    monkeypatch, capsys, sample_path, tmp_path
):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("BRIEFER_LOG_DIR", str(blocker / "log"))
    assert main(["brief", str(sample_path), "-o", str(tmp_path / "brief.md")]) == 0
    err = capsys.readouterr().err
    assert err.count("briefer: cannot write the log") == 1, err
