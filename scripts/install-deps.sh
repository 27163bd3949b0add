#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs the Debian packages Trygg builds and tests with, if any are missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    libsqlite3-dev libboost-dev libboost-date-time-dev zlib1g-dev
    libxlsxwriter-dev libminizip-dev libexpat1-dev libgcrypt20-dev libharfbuzz-dev
    googletest libgtest-dev libgmock-dev libbenchmark-dev
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    fonts-urw-base35 xvfb xauth poppler-utils python3-pikepdf
    clang libclang-rt-14-dev locales
    librsvg2-bin desktop-file-utils appstream shared-mime-info libglib2.0-bin man-db
    dpkg-dev lintian xdg-utils libfile-mimeinfo-perl
    # The shared register (issue 16): libpq, and the server for the tests' throwaway cluster
    # (scripts/pg-cluster.sh; initdb and pg_ctl are in /usr/lib/postgresql/15/bin).
    libpq-dev postgresql
    # The core and trygg-cli for Windows, tested under Wine (scripts/test-windows.sh): the compiler, zlib,
    # Wine, and what scripts/build-windows-deps.sh needs to build the other libraries from Debian's
    # sources (apt-get source: dpkg-dev; SQLite's amalgamation is generated with tclsh).
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 libz-mingw-w64-dev
    wine wine64 tcl8.6
)
# The Nordic locales the tests run under (a decimal comma, the users' collation).
nordic_locales() {
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo=sudo
    fi
    for locale in da_DK nb_NO sv_SE; do
        locale -a 2>/dev/null | grep -qix "${locale}.utf-\?8" || $sudo localedef -i "$locale" -f UTF-8 "$locale.UTF-8"
    done
}
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
    nordic_locales
    exit 0
fi
echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo=sudo
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
nordic_locales
