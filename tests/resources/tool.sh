#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# tool.sh TOOL PACKAGE COMMAND...: runs COMMAND; if TOOL is not installed, says so and exits 77, which
# CTest reports as skipped (SKIP_RETURN_CODE).
set -euo pipefail
tool=$1
package=$2
shift 2
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIPPED: $tool is not installed (Debian package $package; scripts/install-deps.sh installs it)"
    exit 77
fi
exec "$@"
