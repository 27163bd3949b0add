#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Makes the user guide's screenshots from the real program (issue 13), so they show what the window shows:
# the built window on the demo register of each language's country, at a fixed size and a fixed day, one
# PNG per page the guide shows, saved beside the guide's pages in resources/guide/<language>/.
#
#   scripts/guide-screenshots.sh [BUILD_DIR]       (default: build)
#
# Needs xvfb-run (package xvfb) and, to make the PNGs small, ImageMagick's convert (package imagemagick);
# without convert the PNGs are kept as Qt wrote them. Rebuild afterwards: the pictures are compiled in.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
trygg=$build/app/trygg
[[ -x $trygg ]] || { echo "guide-screenshots: build the program first ($trygg is missing)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "guide-screenshots: xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }

size=1024x700
# A fixed day, so "overdue" and "due within 30 days" are the same at every run.
export TRYGG_NOW=2026-11-02
# A home of its own: the demo register is made afresh, and the user's settings (size, recent files) play no part.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache
unset QT_QPA_PLATFORM

# page of the window = PNG name in the guide
shots=(overview:overview risks:risk-form plan:action-plan due:due)

for language in en da nb sv; do
    folder=resources/guide/$language
    for shot in "${shots[@]}"; do
        page=${shot%%:*}
        png=$folder/${shot#*:}.png
        xvfb-run -a -s "-screen 0 1600x1000x24" \
            "$trygg" --language "$language" --page "$page" --size "$size" --screenshot "$png"
        if command -v convert >/dev/null; then
            convert "$png" -strip +dither -colors 64 "PNG8:$png.small" && mv "$png.small" "$png"
        fi
        echo "$png: $(stat -c %s "$png") bytes"
    done
done

# The README's picture of the help itself: the guide's window at the risk form's "many affected".
png=resources/guide/help-window.png
xvfb-run -a -s "-screen 0 1600x1000x24" "$trygg" --language en --page risks --guide risk-form.html#many-affected \
    --size 900x620 --screenshot "$png"
if command -v convert >/dev/null; then
    convert "$png" -strip +dither -colors 64 "PNG8:$png.small" && mv "$png.small" "$png"
fi
echo "$png: $(stat -c %s "$png") bytes"

# The guide's resource list names every page and picture of every language.
qrc=resources/guide/guide.qrc
{
    echo '<!DOCTYPE RCC>'
    echo '<!-- The user guide, shown by ui/help/HelpWindow; written by scripts/guide-screenshots.sh. -->'
    echo '<RCC version="1.0">'
    echo '    <qresource prefix="/guide">'
    (cd resources/guide && ls -1 -- */*.html */*.png | LC_ALL=C sort | sed 's|.*|        <file>&</file>|')
    echo '    </qresource>'
    echo '</RCC>'
} >"$qrc"
echo "$qrc: $(grep -c '<file>' "$qrc") files"
