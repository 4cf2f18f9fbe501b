#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Builds Samsyn and runs the whole test suite. This is the README's test command and what
# CI runs (.ci/run). With CI=true warnings are errors and a sanitizer build runs as well.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-deps.sh

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
jobs="$(nproc)"

preset=dev
if [ "${CI:-}" = "true" ]; then
    preset=ci
fi

cmake --preset "$preset"
cmake --build --preset "$preset" -j "$jobs"
ctest --preset "$preset" -j "$jobs" --timeout 600

# The core must never reach into widgets or printing (architecture.md).
if grep -rnE '#include *[<"](QtWidgets|QWidget|QMainWindow|QDialog|QMessageBox|QPrinter|QPrintDialog|QApplication)' core; then
    echo "core/ includes widget or printing headers" >&2
    exit 1
fi

# lupdate must have nothing new to say: every user-visible string is in the .ts files.
./scripts/check-translations.sh "build/$preset"

if [ "${CI:-}" = "true" ] || [ "${SAMSYN_SANITIZE:-}" = "1" ]; then
    # Qt's own allocations trip LeakSanitizer, so leak detection is off; everything else is on.
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    cmake --preset asan
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs" --timeout 900 -LE nosanitize
fi
