#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Renders the PNG icons from their SVG sources with rsvg-convert (librsvg2-bin):
#   resources/icons/trygg.svg          -> resources/icons/trygg-N.png for the sizes desktops ask for
#   resources/icons/actions/NAME.svg   -> NAME.png (24 px) and NAME@2x.png (48 px, for high-DPI screens)
# The PNGs are committed, so building Trygg needs no SVG renderer (and Qt's SVG module is not needed at
# run time); `scripts/make-icons.sh --check` renders into a temporary folder and fails if a committed
# PNG differs from its SVG (the test IconsUpToDate runs it).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=(16 24 32 48 64 128 256 512)
check=0
if [ "${1:-}" = "--check" ]; then
    check=1
fi
if ! command -v rsvg-convert >/dev/null; then
    echo "rsvg-convert is missing: install librsvg2-bin" >&2
    exit 77
fi

out=resources/icons
if ((check)); then
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
    mkdir -p "$out/actions"
fi

render() { # SVG SIZE PNG
    rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio "$1" --output "$3"
}

for size in "${sizes[@]}"; do
    render resources/icons/trygg.svg "$size" "$out/trygg-$size.png"
done
for svg in resources/icons/actions/*.svg; do
    name=$(basename "$svg" .svg)
    render "$svg" 24 "$out/actions/$name.png"
    render "$svg" 48 "$out/actions/$name@2x.png"
done

if ((check)); then
    status=0
    while IFS= read -r -d '' png; do
        committed=resources/icons/${png#"$out"/}
        if ! cmp -s "$png" "$committed"; then
            echo "$committed differs from its SVG (or is missing): run scripts/make-icons.sh" >&2
            status=1
        fi
    done < <(find "$out" -name '*.png' -print0)
    # A PNG whose SVG is gone.
    while IFS= read -r -d '' committed; do
        if [ ! -e "$out/${committed#resources/icons/}" ]; then
            echo "$committed has no SVG: remove it" >&2
            status=1
        fi
    done < <(find resources/icons -name '*.png' -print0)
    ((status == 0)) && echo "All icons match their SVG sources."
    exit $status
fi
