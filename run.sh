#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Builds Samsyn and starts it on the demo team (created on first use in the user's data folder).
# Extra arguments go to samsyn, e.g. ./run.sh --lang en
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-deps.sh

cmake --preset release
cmake --build --preset release -j "$(nproc)"
exec ./build/release/app/samsyn --demo "$@"
