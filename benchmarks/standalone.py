"""Standalone build benchmark: build time, size, and `briefer brief` frozen against pip.

Usage: python benchmarks/standalone.py [--runs 5] [--fresh-venv] [--keep DIR]

Builds the one-folder app with packaging/build_standalone.sh into a temporary folder
(in this Python's own environment, as CI does, or with --fresh-venv in a throwaway
venv from the package index), without its smoke tests, and prints:

- the build's wall time (the whole script, install included with --fresh-venv);
- the words of the long report the build's smoke tests brief (the 48 benchmark
  articles joined);
- the size of dist/briefer (bytes of its files, in MB of 10^6 bytes), its file count,
  and the size of the folder packed as .tar.gz (gzip level 6);
- the median over --runs runs (after one unmeasured round) of `briefer brief` on the
  sample and `briefer brief … -o brief.pdf`, frozen and as installed with pip (the
  `briefer` script beside this Python, else `python -m briefer`), the two taking turns
  so that other load on the machine falls on both alike.

Every timed run gets fresh, empty config, data, cache and log folders and the offscreen
Qt platform.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT / "seeds" / "000_8fe7a225eed57f9e.txt"
BUILD = ROOT / "packaging" / "build_standalone.sh"


def build(dist: Path, fresh_venv: bool) -> float:
    command = ["bash", str(BUILD), "--no-smoke", "--python", sys.executable, "--dist", str(dist)]
    if not fresh_venv:
        command.append("--current-env")
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        sys.exit(f"the build failed (exit {done.returncode})")
    return seconds


def long_report_words() -> int:
    """Count the words of the report the build script's smoke tests brief."""
    import json

    files = sorted((HERE / "data" / "news").glob("*.json"))
    text = "\n\n".join(json.loads(f.read_text(encoding="utf-8"))["text"] for f in files)
    return len(text.split())


def folder_size(folder: Path) -> tuple[int, int]:
    """Return (bytes, files) of the regular files under `folder`, links not followed."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def packed_size(folder: Path, scratch: Path) -> int:
    archive = scratch / "briefer.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    size = archive.stat().st_size
    archive.unlink()
    return size


def pip_command() -> list[str]:
    script = Path(sys.executable).parent / "briefer"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "briefer"]


def median_runs(commands: list[list[str]], scratch: Path, runs: int) -> list[float]:
    """Return each command's median time; the commands take turns, so load hits both alike."""
    times: list[list[float]] = [[] for _ in commands]
    for attempt in range(runs + 1):
        for command, column in zip(commands, times):
            home = Path(tempfile.mkdtemp(dir=scratch))
            env = dict(
                os.environ,
                QT_QPA_PLATFORM="offscreen",
                BRIEFER_CONFIG_DIR=str(home / "config"),
                BRIEFER_DATA_DIR=str(home / "data"),
                BRIEFER_CACHE_DIR=str(home / "cache"),
                BRIEFER_LOG_DIR=str(home / "log"),
            )
            started = time.perf_counter()
            subprocess.run(command, cwd=home, env=env, check=True, capture_output=True)
            if attempt:  # the first round only warms the disk cache
                column.append(time.perf_counter() - started)
    return [statistics.median(column) for column in times]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fresh-venv", action="store_true", help="build in a throwaway venv")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="briefer-standalone-bench-") as scratch_name:
        scratch = Path(scratch_name)
        dist = args.keep.resolve() if args.keep else scratch / "dist"
        dist.mkdir(parents=True, exist_ok=True)
        how = "a throwaway venv" if args.fresh_venv else "this Python's environment"
        seconds = build(dist, args.fresh_venv)
        print(f"build ({how}, no smoke tests): {seconds:.0f} s")
        print(f"the smoke tests' long report: {long_report_words():,} words")
        folder = dist / "briefer"
        size, files = folder_size(folder)
        packed = packed_size(folder, scratch)
        print(f"size: {size / 1e6:.0f} MB in {files:,} files ({packed / 1e6:.0f} MB as .tar.gz)")

        frozen = [str(folder / "briefer")]
        pip = pip_command()
        pdf = ["-o", "brief.pdf"]
        print(f"median of {args.runs} runs, fresh user folders each time:")
        print(f"{'command':34s} {'standalone':>10s} {'pip':>8s}")
        commands = (("briefer brief SAMPLE", []), ("briefer brief SAMPLE -o brief.pdf", pdf))
        for label, extra in commands:
            tail = ["brief", str(SEED), *extra]
            alone, installed = median_runs([frozen + tail, pip + tail], scratch, args.runs)
            print(f"{label:34s} {alone:9.2f}s {installed:7.2f}s")
        print(f"pip: {' '.join(pip)}")


if __name__ == "__main__":
    main()
