#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Run Trygg: installs what is missing, builds, and opens the window. With no file it opens the demo
# register "Eksempel kommune" kept in the user's data folder.
#   scripts/run.sh [FILE.trygg]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target trygg
exec "$root/build/app/trygg" "$@"
