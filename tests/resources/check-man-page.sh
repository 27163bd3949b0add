#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The manual page of trygg-cli stays true to the program: every command and every option of
# `trygg-cli --help` must appear in it (a command as "trygg-cli COMMAND", an option as "--OPTION").
#   check-man-page.sh TRYGG_CLI MAN_PAGE
set -euo pipefail
cli=$1
page=$2

usage=$(LC_ALL=C "$cli" --help)
# The page as a reader sees it: troff's "\-" is "-", font changes \fB \fI \fR \fP vanish.
text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$page")

commands=$(printf '%s\n' "$usage" | sed -n 's/^ *trygg-cli \([a-z][a-z-]*\).*/\1/p' | sort -u)
options=$(printf '%s\n' "$usage" | grep -o -- '--[a-z][a-z-]*' | sort -u)
if [ -z "$commands" ] || [ -z "$options" ]; then
    echo "no commands or options found in the usage of $cli" >&2
    exit 1
fi

missing=0
for command in $commands; do
    if ! grep -q -- "trygg-cli $command\\b" <<<"$text"; then
        echo "$page: the command '$command' of trygg-cli's usage is missing" >&2
        missing=1
    fi
done
for option in $options; do
    if ! grep -qE -- "${option}([^a-z-]|\$)" <<<"$text"; then
        echo "$page: the option '$option' of trygg-cli's usage is missing" >&2
        missing=1
    fi
done
if ((missing == 0)); then
    echo "$page names all $(wc -w <<<"$commands") commands and $(wc -w <<<"$options") options of trygg-cli's usage."
fi
exit $missing
