#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Fails when lupdate would change a .ts file (a string was added without updating the
# translations) or when the Swedish translation has unfinished entries.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=$(command -v lupdate || true)
[ -x /usr/lib/qt6/bin/lupdate ] && lupdate=/usr/lib/qt6/bin/lupdate
if [ -z "$lupdate" ]; then
    echo "lupdate not found (qt6-l10n-tools)" >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/samsyn_sv.ts translations/samsyn_en.ts "$tmp/"
"$lupdate" -silent -locations none -no-obsolete core ui app -ts "$tmp/samsyn_sv.ts"
"$lupdate" -silent -locations none -no-obsolete -pluralonly core ui app -ts "$tmp/samsyn_en.ts"

status=0
for f in samsyn_sv.ts samsyn_en.ts; do
    if ! diff -q "translations/$f" "$tmp/$f" >/dev/null; then
        echo "translations/$f is out of date: run 'cmake --build <build> --target samsyn_lupdate' and translate." >&2
        diff -u "translations/$f" "$tmp/$f" | head -40 >&2 || true
        status=1
    fi
done
unfinished=$(grep -c 'type="unfinished"' translations/samsyn_sv.ts || true)
if [ "${unfinished:-0}" -gt 0 ]; then
    echo "translations/samsyn_sv.ts has $unfinished unfinished strings." >&2
    status=1
fi
# lupdate files a tr() it cannot place (an alias such as `using H = Foo; H::tr(...)`) under
# an empty context, while the program looks it up under Foo's: it would never be translated.
if grep -q '<name></name>' translations/samsyn_sv.ts; then
    echo "translations/samsyn_sv.ts has strings without a context: call tr() through the class, not an alias." >&2
    status=1
fi
exit $status
