#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The AppStream metainfo's screenshots (resources/screenshots/*.png), made from the real window under Xvfb:
# a demo register, the window in English at 1280 x 800, four of its pages chosen with Ctrl+1 ... Ctrl+7.
# Needs a build (the default preset's build/ unless TRYGG_BUILD_DIR says otherwise), xvfb-run, xdotool and
# ImageMagick's import.
#   scripts/make-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${TRYGG_BUILD_DIR:-build}
for tool in xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$(pwd)/resources/screenshots
mkdir -p "$out" "$work/home"
# A fixed day, so what is due and overdue is the same every time; the window's settings in a home of its own.
export TRYGG_NOW=2026-11-02 HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
LC_ALL=C "$build/app/trygg-cli" demo "$work/kommune.trygg" --assets 60 --risks 150 --seed 17 --preset no \
    --name "Eksempel kommune" >/dev/null

xvfb-run -a -s "-screen 0 1280x800x24" bash -s "$build/app/trygg" "$work/kommune.trygg" "$out" <<'SCRIPT'
set -euo pipefail
gui=$1 register=$2 out=$3
"$gui" --language en "$register" &
pid=$!
window=$(timeout 60 xdotool search --sync --onlyvisible --classname trygg | head -1)
sleep 3
xdotool windowsize "$window" 1280 800 windowmove "$window" 0 0 windowfocus --sync "$window"
sleep 1
for page in 1:overview 3:risk-form 4:matrix 5:action-plan; do
    xdotool key --window "$window" "ctrl+${page%%:*}"
    sleep 2
    import -window "$window" "$out/${page#*:}.png"
    echo "$out/${page#*:}.png"
done
kill "$pid"
wait "$pid" || true
SCRIPT
