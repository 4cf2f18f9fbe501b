#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Checks that CSV files written by Samsyn open in LibreOffice Calc as intended: every field
# in its own column, å, ä and ö intact, nothing turned into something else.
#
#   scripts/check-csv-in-calc.sh FILE.csv|DIR ...
#
# Each file is opened the way Calc opens it on a Swedish desktop (';' between fields, '"'
# around text, UTF-8: --infilter="CSV:59,34,76,1") and saved as .xlsx, which is what the
# user then has in front of them. That workbook is opened again and saved back as CSV
# (';', '"', UTF-8, values as shown, quotes only where needed), and the result must be the
# original file byte for byte, apart from the byte-order mark and CRLF line ends, which
# Calc does not write back. A split column, a lost quote, a mangled letter, a date or
# personnummer turned into another number: each shows up as a difference, printed.
#
# Needs soffice (Debian: libreoffice-calc-nogui). Exit status 0 when every file survives,
# 1 when one does not, 2 when the check cannot run.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 FILE.csv|DIR ..." >&2
    exit 2
fi
if ! command -v soffice >/dev/null 2>&1; then
    echo "soffice not found: install libreoffice-calc-nogui" >&2
    exit 2
fi

files=()
for arg in "$@"; do
    if [ -d "$arg" ]; then
        while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$arg" -maxdepth 1 -name '*.csv' -print0 | sort -z)
    elif [ -f "$arg" ]; then
        files+=("$arg")
    else
        echo "no such file or folder: $arg" >&2
        exit 2
    fi
done
if [ ${#files[@]} -eq 0 ]; then
    echo "no .csv files in: $*" >&2
    exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A profile of its own: a running LibreOffice (or a parallel test) would otherwise take
# over the conversion, and the user's settings must not change the result.
soffice_run() {
    HOME="$work/home" soffice "-env:UserInstallation=file://$work/profile" --headless --norestore "$@" \
        >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log" >&2; return 1; }
}

mkdir -p "$work/in" "$work/xlsx" "$work/back" "$work/home"
for f in "${files[@]}"; do
    cp "$f" "$work/in/"
done

soffice_run --infilter="CSV:59,34,76,1" --convert-to xlsx --outdir "$work/xlsx" "$work"/in/*.csv
# Token 7 false: quote only what needs it; token 9 true: values as shown in the cells.
soffice_run --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,false,true' --outdir "$work/back" \
    "$work"/xlsx/*.xlsx

status=0
for f in "${files[@]}"; do
    name="$(basename "$f")"
    if ! head -c 3 "$f" | cmp -s - <(printf '\xef\xbb\xbf'); then
        echo "FAIL $name: no UTF-8 byte-order mark (Excel would read it as Windows-1252)"
        status=1
        continue
    fi
    if [ ! -s "$work/back/$name" ]; then
        echo "FAIL $name: Calc did not open it"
        status=1
        continue
    fi
    # What the file says, without BOM and CR, is what Calc must give back.
    tail -c +4 "$f" | tr -d '\r' >"$work/expected.csv"
    if cmp -s "$work/expected.csv" "$work/back/$name"; then
        columns=$(head -n 1 "$work/expected.csv" | awk -F';' '{print NF}')
        rows=$(grep -c '' "$work/expected.csv")
        echo "ok   $name: $columns columns, $rows lines, identical after Calc"
    else
        echo "FAIL $name: Calc reads it differently (- the file, + what Calc made of it):"
        diff -u "$work/expected.csv" "$work/back/$name" | tail -n +3 | head -40 || true
        status=1
    fi
done
exit $status
