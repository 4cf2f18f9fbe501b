#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs the Debian 12 packages Samsyn needs to build, run and test. Only the missing
# ones are installed, so a second run costs nothing. Called by run.sh and test.sh.
set -euo pipefail

packages=(
    # build
    cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    # tests: Catch2 2.13, PDF text and page rendering, sqldiff, desktop/AppStream checks
    catch2 poppler-utils sqlite3 sqlite3-tools desktop-file-utils appstream
    # fonts with å, ä, ö for offscreen rendering and PDFs
    fonts-dejavu-core
    # the CSV exports opened in LibreOffice Calc (scripts/check-csv-in-calc.sh, ctest label
    # slow): about 85 MB to download, 260 MB installed
    libreoffice-calc-nogui
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
