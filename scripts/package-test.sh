#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The Debian package on this machine: builds it (`cpack -G DEB` in the default preset's build folder),
# checks it with lintian (no errors allowed), installs it with apt-get, checks that the desktop knows a
# register's file type and offers Trygg to open it and that the installed programs run, then removes it.
# Needs root or sudo (it installs a package). Exits non-zero on any failure.
#   scripts/package-test.sh             build/ (the default preset), configured and built if needed
#   TRYGG_BUILD_DIR=DIR scripts/package-test.sh    another build folder, already configured
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo=sudo
fi

build=${TRYGG_BUILD_DIR:-build}
if [ -z "${TRYGG_BUILD_DIR:-}" ]; then
    cmake --preset default >/dev/null
    cmake --build --preset default
else
    cmake --build "$build" -j2
fi

echo "== cpack -G DEB"
rm -f "$build"/trygg_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/trygg_*.deb)
echo "$deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb" | awk '{print $6}'

echo "== lintian"
# Errors fail; warnings and notes are shown. (Lintian says it should not run as root; it works.)
lintian --fail-on error --info "$deb" 2>&1 | grep -v "running with root privileges" || true
lintian --fail-on error "$deb" >/dev/null 2>&1 || { echo "lintian found errors in $deb" >&2; exit 1; }

if dpkg-query -W -f='${Status}' trygg 2>/dev/null | grep -q "install ok installed"; then
    echo "a trygg package is installed already: remove it first (apt-get remove trygg)" >&2
    exit 1
fi
echo "== apt-get install $deb"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$(realpath "$deb")" >/dev/null
work=$(mktemp -d)
remove() {
    rm -rf "$work"
    echo "== apt-get remove trygg"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq --purge trygg >/dev/null
}
trap remove EXIT

version=$(sed -n 's/^project(Trygg VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
failures=0
check() { # DESCRIPTION EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then
        echo "ok: $1: $3"
    else
        echo "FAILED: $1: expected '$2', got '$3'" >&2
        failures=$((failures + 1))
    fi
}

check "trygg-cli --version" "trygg-cli $version" "$(/usr/bin/trygg-cli --version 2>&1 | head -1 | sed 's/ (.*//')"
check "trygg --version (offscreen)" "Trygg $version" "$(QT_QPA_PLATFORM=offscreen /usr/bin/trygg --version 2>/dev/null | head -1)"
check "the libraries of trygg are installed" "" "$(ldd /usr/bin/trygg /usr/bin/trygg-cli | grep 'not found' || true)"
check "man -w trygg-cli" "/usr/share/man/man1/trygg-cli.1.gz" "$(man -w trygg-cli)"

# A register made by the installed trygg-cli; the desktop's answer for it and for a copy without the
# .trygg name (recognised by its content).
(cd "$work" && LC_ALL=C /usr/bin/trygg-cli init "kommune.trygg" --preset no --name "Test kommune" >/dev/null)
cp "$work/kommune.trygg" "$work/kommune-copy"
# xdg-mime asks the desktop's own tool; with no desktop running (as here) it uses File::MimeInfo's
# mimetype, which reads the shared MIME database the package's trigger updated.
check "xdg-mime query filetype kommune.trygg" application/x-trygg "$(xdg-mime query filetype "$work/kommune.trygg")"
check "xdg-mime query filetype (no .trygg name)" application/x-trygg "$(xdg-mime query filetype "$work/kommune-copy")"
check "xdg-mime query default application/x-trygg" trygg.desktop "$(xdg-mime query default application/x-trygg)"
if command -v gio >/dev/null; then
    check "gio's type (GNOME)" application/x-trygg \
        "$(gio info -a standard::content-type "$work/kommune-copy" | sed -n 's/^ *standard::content-type: //p')"
fi
check "the icon in hicolor" "yes" "$([ -f /usr/share/icons/hicolor/48x48/apps/trygg.png ] && echo yes || echo no)"
check "the AppStream metainfo" "yes" "$(appstreamcli validate --no-net /usr/share/metainfo/eu.trygg.trygg.metainfo.xml >/dev/null && echo yes || echo no)"

if ((failures > 0)); then
    echo "$failures checks of the installed package failed" >&2
    exit 1
fi
echo "The package installs, the desktop knows application/x-trygg and offers trygg.desktop for it."
