#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Collects the program's texts into translations/*.ts after a change: the GUI's tr() calls, the core's
# messages (trMsg, trCount) and the command line's (cliMsg, cliCount). Translate the entries it marks
# unfinished (Qt Linguist, or by hand); TranslationFilesTest fails while any is left. English has
# only its plural forms, filled by fill-english-plurals.py.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=/usr/lib/qt6/bin/lupdate
aliases=QT_TR_NOOP+=trMsg,QT_TR_N_NOOP+=trCount,QT_TR_NOOP+=cliMsg,QT_TR_N_NOOP+=cliCount
sources=(core ui app)
for language in da nb sv; do
    "$lupdate" -silent -no-obsolete -locations relative -tr-function-alias "$aliases" \
        -target-language "$language" "${sources[@]}" -ts translations/trygg_"$language".ts
done
"$lupdate" -silent -pluralonly -no-obsolete -locations none -tr-function-alias "$aliases" \
    -target-language en "${sources[@]}" -ts translations/trygg_en.ts
python3 scripts/fill-english-plurals.py translations/trygg_en.ts
grep -c "type=\"unfinished\"" translations/trygg_*.ts || true # entries left to translate, per language
