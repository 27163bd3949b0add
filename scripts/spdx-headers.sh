#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Gives every source file tracked by git the licence's SPDX identifier in its first lines, in the
# comment form of its type (README, "Licence"):
#   C++ (.cpp .h .hpp)                              // SPDX-License-Identifier: EUPL-1.2
#   CMake (CMakeLists.txt, .cmake), shell (.sh, and .ci/run), Python (.py)
#                                                   # SPDX-License-Identifier: EUPL-1.2
# after a "#!" line where there is one. Files that have an SPDX identifier already are left alone, so
# running it again changes nothing.
#   scripts/spdx-headers.sh           adds the missing identifiers
#   scripts/spdx-headers.sh --check   lists the files without one and fails if there are any (the test
#                                     ResourcesTest.EverySourceFileHasAnSpdxIdentifier)
set -euo pipefail
cd "$(dirname "$0")/.."

readonly identifier="SPDX-License-Identifier: EUPL-1.2"
check=0
if [ "${1:-}" = "--check" ]; then
    check=1
fi
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "SKIPPED: not a git work tree; the source files are the ones git tracks"
    exit 77
fi

comment_of() { # FILE: the comment that starts a line in it, or nothing for files that are not sources
    case "$1" in
    *.cpp | *.h | *.hpp) echo "//" ;;
    CMakeLists.txt | */CMakeLists.txt | *.cmake | *.sh | *.py | .ci/run) echo "#" ;;
    esac
}

missing=0
changed=0
while IFS= read -r -d '' file; do
    comment=$(comment_of "$file")
    [ -n "$comment" ] || continue
    [ -f "$file" ] || continue
    if head -n 5 "$file" | grep -q "SPDX-License-Identifier:"; then
        continue
    fi
    if ((check)); then
        echo "$file has no SPDX-License-Identifier line" >&2
        missing=$((missing + 1))
        continue
    fi
    line="$comment $identifier"
    if [ ! -s "$file" ]; then
        printf '%s\n' "$line" > "$file"
    elif head -n 1 "$file" | grep -q '^#!'; then
        # After the interpreter line, which must stay first.
        sed -i "1a\\$line" "$file"
    else
        sed -i "1i\\$line" "$file"
    fi
    changed=$((changed + 1))
done < <(git ls-files -z)

if ((check)); then
    if ((missing > 0)); then
        echo "$missing source files have no SPDX identifier: run scripts/spdx-headers.sh" >&2
        exit 1
    fi
    echo "Every source file tracked by git has an SPDX identifier."
else
    echo "SPDX identifier added to $changed files."
fi
