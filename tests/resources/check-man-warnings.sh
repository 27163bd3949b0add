#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The manual pages format without a warning from groff (as lintian's check does).
#   check-man-warnings.sh PAGE...
set -euo pipefail
status=0
for page in "$@"; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    if [ -n "$warnings" ]; then
        echo "$page: $warnings" >&2
        status=1
    fi
done
exit $status
