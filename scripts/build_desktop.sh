#!/usr/bin/env bash
# Build the KoLL Desktop one-folder bundle (koll.spec) into dist/koll and smoke-test it.
#
#     scripts/build_desktop.sh              # uses $PYTHON, else python, else python3
#     PYTHON=/path/to/venv/bin/python scripts/build_desktop.sh
#
# The Python used must have the app's dependencies installed (pip install -e '.[build]').
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ -z "${PYTHON:-}" ]]; then
    if command -v python >/dev/null 2>&1; then PYTHON=python; else PYTHON=python3; fi
fi

if ! "$PYTHON" -c "import PySide6, sqlite_utils, reportlab, openpyxl, stdnum, platformdirs" \
        2>/dev/null; then
    echo "build_desktop: $PYTHON lacks the app's dependencies; run: $PYTHON -m pip install -e '.[build]'" >&2
    exit 1
fi
if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
    echo "build_desktop: installing PyInstaller"
    "$PYTHON" -m pip install "pyinstaller>=6"
fi

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean koll.spec
echo "build_desktop: PyInstaller took $(( $(date +%s) - start )) s"

exe="dist/koll/koll"
[[ -x "$exe" ]] || exe="dist/koll/koll.exe"

# Smoke test: the executable starts, and finds the bundled resources (the demo loads the
# bundled library, which must list VOXABN with its 1500 points).
"$exe" --version
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
"$exe" --data-dir "$data" demo >/dev/null
if ! "$exe" --data-dir "$data" library list | grep -q "^VOXABN.*1500"; then
    echo "build_desktop: the bundle does not find its resources (no VOXABN in library list)" >&2
    exit 1
fi
"$exe" --data-dir "$data" check >/dev/null

echo "build_desktop: ok, $(du -sh dist/koll | cut -f1) in dist/koll"
