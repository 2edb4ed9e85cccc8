#!/usr/bin/env bash
# Refresh resources/translations/infosec_desk_<lang>.ts from every GUI source file with
# pyside6-lupdate (translations already made are kept; contexts stay sorted, without line
# numbers so that files merge cleanly), then compile each .ts into the .qm the application loads.
# Usage: scripts/update_translations.sh [LANG...]   (default: every existing .ts, or az)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"
DIR=resources/translations
# The core's messages reach lupdate through desktop_app/gui/core_texts.py, written here.
"$BIN/python" scripts/core_messages.py
# The CLI's own lines are in its "cli" context (desktop_app/cli/texts.py).
mapfile -t SOURCES < <(find desktop_app/gui desktop_app/cli -name '*.py' | sort)
if [ "$#" -gt 0 ]; then
    LANGS=("$@")
else
    mapfile -t LANGS < <(ls "$DIR"/infosec_desk_*.ts 2>/dev/null | sed 's/.*infosec_desk_\(.*\)\.ts/\1/')
    [ "${#LANGS[@]}" -gt 0 ] || LANGS=(az)
fi
for lang in "${LANGS[@]}"; do
    ts="$DIR/infosec_desk_$lang.ts"
    "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -target-language "$lang" \
        "${SOURCES[@]}" -ts "$ts"
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
# English needs only the plural forms of the %n messages ("1 bundle", "2 bundles").
en="$DIR/plurals_en.ts"
"$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -pluralonly -target-language en \
    "${SOURCES[@]}" -ts "$en"
"$BIN/pyside6-lrelease" -silent "$en" -qm "${en%.ts}.qm"
# Qt's own widgets in the languages Qt does not translate (qtbase_az.ts, kept by hand).
for ts in "$DIR"/qtbase_*.ts; do
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
