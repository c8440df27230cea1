#!/usr/bin/env bash
# Build the standalone Briefer (PyInstaller, one folder) and smoke-test it.
# See packaging/STANDALONE.md.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="$ROOT/dist"
PYTHON="${PYTHON:-python3}"
CURRENT_ENV=0
SYSTEM_SITE=0
SMOKE=1
KEEP_TEMP=0
PYINSTALLER_REQ="${PYINSTALLER_REQ:-pyinstaller>=6.10,<7}"
SEED="$ROOT/seeds/000_8fe7a225eed57f9e.txt"
WINDOW_SECONDS="${WINDOW_SECONDS:-30}"

usage() {
    cat <<EOF
usage: packaging/build_standalone.sh [options]

Build dist/briefer/briefer with PyInstaller from this checkout, then smoke-test it.

  --dist DIR              put the built folder in DIR/briefer (default: $ROOT/dist)
  --python PY             Python to build with (default: \$PYTHON or python3)
  --current-env           build in PY's own environment, installing only PyInstaller
                          if it is missing (default: a throwaway venv in a temp dir)
  --system-site-packages  let the throwaway venv see PY's installed packages
  --no-smoke              build only
  --keep-temp             keep the temp dir (venv, PyInstaller work dir, smoke files)
  -h, --help              show this help
EOF
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --dist) DIST="$(mkdir -p "${2:?--dist needs a folder}" && cd "$2" && pwd)"; shift 2 ;;
        --python) PYTHON="${2:?--python needs an interpreter}"; shift 2 ;;
        --current-env) CURRENT_ENV=1; shift ;;
        --system-site-packages) SYSTEM_SITE=1; shift ;;
        --no-smoke) SMOKE=0; shift ;;
        --keep-temp) KEEP_TEMP=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "build_standalone: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done

TMP="$(mktemp -d -t briefer-standalone.XXXXXX)"
cleanup() {
    if [[ $KEEP_TEMP == 1 ]]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# -- environment ----------------------------------------------------------------------

if [[ $CURRENT_ENV == 1 ]]; then
    PY="$(command -v "$PYTHON")" || fail "no $PYTHON on PATH"
    step "Using the current environment: $PY"
    if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
        "$PY" -m pip install "$PYINSTALLER_REQ"
    fi
else
    step "Creating a throwaway venv in $TMP/venv"
    venv_options=()
    [[ $SYSTEM_SITE == 1 ]] && venv_options+=(--system-site-packages)
    "$PYTHON" -m venv "${venv_options[@]}" "$TMP/venv"
    PY="$TMP/venv/bin/python"
    "$PY" -m pip install --quiet --upgrade pip
    "$PY" -m pip install --quiet "$PYINSTALLER_REQ"
    # Install from a copy, so that the build leaves no build/ or egg-info in the checkout.
    mkdir "$TMP/src"
    cp -R "$ROOT/pyproject.toml" "$ROOT/README.md" "$ROOT/briefer" "$ROOT/resources" "$TMP/src"
    "$PY" -m pip install --quiet "$TMP/src"
fi
"$PY" -m PyInstaller --version | sed 's/^/PyInstaller /'

# -- build ----------------------------------------------------------------------------

step "Building into $DIST/briefer"
started="$(now)"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$TMP/work" "$ROOT/packaging/briefer.spec"
echo "build time: $(since "$started") s"
echo "size: $(du -sh "$DIST/briefer" | cut -f1) ($(find "$DIST/briefer" -type f | wc -l) files)"

[[ $SMOKE == 1 ]] || exit 0

# -- smoke tests ----------------------------------------------------------------------
# Run from an empty folder with a bare PATH and fresh user dirs, so nothing comes from
# the checkout, the build environment or an earlier run.

APP="$DIST/briefer/briefer"
SMOKE_DIR="$TMP/smoke"
mkdir -p "$SMOKE_DIR"
cd "$SMOKE_DIR"
export PATH=/usr/local/bin:/usr/bin:/bin
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
export QT_QPA_PLATFORM=offscreen
export BRIEFER_CONFIG_DIR="$SMOKE_DIR/config" BRIEFER_DATA_DIR="$SMOKE_DIR/data"
export BRIEFER_CACHE_DIR="$SMOKE_DIR/cache" BRIEFER_LOG_DIR="$SMOKE_DIR/log"

# Run the app (with a deadline), output to $SMOKE_DIR/<name>.out/.err; fail unless exit 0.
run() {
    local name="$1"
    shift
    local started
    started="$(now)"
    if ! timeout 120 "$@" >"$name.out" 2>"$name.err"; then
        cat "$name.err" >&2
        fail "$name: $*"
    fi
    echo "ok  $name ($(since "$started") s)"
}

# Like run, but a format this build cannot read yet is skipped, not failed.
run_reader() {
    local name="$1"
    shift
    if timeout 120 "$@" >"$name.out" 2>"$name.err"; then
        grep -q '^## ' "$name.out" || fail "$name: no headings in the brief"
        echo "ok  $name"
    elif grep -q "unsupported format" "$name.err"; then
        echo "--  $name skipped: $(head -n 1 "$name.err")"
    else
        cat "$name.err" >&2
        fail "$name: $*"
    fi
}

step "Smoke tests ($APP)"
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/briefer/__init__.py")"
run version "$APP" --version
grep -qx "briefer $version" version.out || fail "version: got '$(cat version.out)'"

run brief "$APP" brief "$SEED"
grep -q '^# ' brief.out || fail "brief: no title"
[[ $(grep -c '^## ' brief.out) -ge 2 ]] || fail "brief: fewer than two headings"
[[ ! -e $BRIEFER_CACHE_DIR ]] || fail "brief: wrote $(du -sh "$BRIEFER_CACHE_DIR" | cut -f1) of cache"
echo "ok  no cache written"

run pdf "$APP" brief "$SEED" -o "$SMOKE_DIR/brief.pdf"
[[ $(head -c 5 brief.pdf) == "%PDF-" ]] || fail "pdf: not a PDF"
if command -v pdftotext >/dev/null; then
    title="$(sed -n 's/^# //p' brief.out | head -n 1)"
    pdftotext brief.pdf brief.pdf.txt
    grep -qF "$(cut -d' ' -f1-3 <<<"$title")" brief.pdf.txt || fail "pdf: title not in the text"
    echo "ok  pdf text ($(wc -w <brief.pdf.txt) words)"
else
    echo "--  pdf text skipped: no pdftotext"
fi

run html "$APP" brief "$SEED" -o "$SMOKE_DIR/brief.html"
run json "$APP" brief "$SEED" --format json
for command in algorithms themes languages; do run "$command" "$APP" "$command"; done

# A 27,000-word report: enough sentences for the sparse (scipy) similarity path.
"$PY" - "$ROOT/benchmarks/data/news" >long.txt <<'EOF'
import json, pathlib, sys
files = sorted(pathlib.Path(sys.argv[1]).glob("*.json"))
print("\n\n".join(json.loads(f.read_text(encoding="utf-8"))["text"] for f in files))
EOF
run long "$APP" brief long.txt --points 6
grep -q '^## ' long.out || fail "long: no headings"

# Read back the PDF and HTML the app wrote (parsed in a spawned reader process).
run_reader read_pdf "$APP" brief brief.pdf
run_reader read_html "$APP" brief brief.html

if unshare -rn true 2>/dev/null; then
    run offline unshare -rn "$APP" brief "$SEED" -o "$SMOKE_DIR/offline.pdf"
else
    echo "--  offline skipped: cannot make a network namespace here"
fi

"$PY" -m PyInstaller.utils.cliutils.archive_viewer -r -b "$APP" >contents.txt 2>/dev/null
if grep -qE '^ *(nltk|sumy|tkinter)(\.|$)' contents.txt; then
    fail "bundle: contains $(grep -oE '^ *(nltk|sumy|tkinter)' contents.txt | sort -u | xargs)"
fi
echo "ok  no nltk, sumy code or tkinter in the bundle"

# The window: open it offscreen with the seed, wait until its worker is briefing the
# article (-v logs the language profiles' load then), check it is still running, close it.
briefing="language profiles loaded"
started="$(now)"
"$APP" -v "$SEED" >window.out 2>window.err &
pid=$!
for ((i = 0; i < WINDOW_SECONDS * 10; i++)); do
    grep -qs "$briefing" window.err && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
sleep 1  # let it draw the brief
if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid" || true
    cat window.err >&2
    fail "window: exited at start"
fi
kill "$pid"
wait "$pid" 2>/dev/null || true
grep -q "$briefing" window.err || fail "window: no brief made within $WINDOW_SECONDS s"
if grep -qE "Traceback|internal error|Could not load the Qt platform plugin" window.err; then
    cat window.err >&2
    fail "window: errors on stderr"
fi
echo "ok  window ($(since "$started") s to brief the seed offscreen)"

step "First lines of the brief"
head -n 12 "$SMOKE_DIR/brief.out"
step "All smoke tests passed: $DIST/briefer"
