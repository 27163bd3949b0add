#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The file type application/x-trygg (resources/trygg-mime.xml) names a register made by trygg-cli, by its
# name and by its content alone (a copy without the .trygg name), and not a plain SQLite database; the
# desktop entry opens it. The type is installed into a private XDG data folder, so nothing of the machine
# changes.
#   check-mime-type.sh TRYGG_CLI MIME_XML DESKTOP_ENTRY
set -euo pipefail
cli=$1
mime_xml=$2
desktop=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data/mime/packages" "$work/data/applications" "$work/home"
cp "$mime_xml" "$work/data/mime/packages/trygg.xml"
export XDG_DATA_DIRS="$work/data:/usr/share" XDG_DATA_HOME="$work/home"
update-mime-database "$work/data/mime"

# What the desktop's type detection says: GLib's gio (GNOME and most desktops), or File::MimeInfo's
# mimetype (xdg-mime's choice outside a known desktop).
if command -v gio >/dev/null 2>&1; then
    type_of() { gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'; }
elif command -v mimetype >/dev/null 2>&1; then
    type_of() { mimetype --brief "$1"; }
else
    echo "SKIPPED: neither gio (libglib2.0-bin) nor mimetype (libfile-mimeinfo-perl) is installed"
    exit 77
fi

status=0
expect() { # FILE TYPE
    local found
    found=$(type_of "$1")
    if [ "$found" = "$2" ]; then
        echo "$(basename "$1"): $found"
    else
        echo "$(basename "$1") is $found, expected $2" >&2
        status=1
    fi
}

LC_ALL=C "$cli" init "$work/register.trygg" --preset dk --name Test >/dev/null
cp "$work/register.trygg" "$work/register-without-name"
expect "$work/register.trygg" application/x-trygg
expect "$work/register-without-name" application/x-trygg
# Another SQLite database (another application id at offset 68) is not a register.
head -c 100 "$work/register.trygg" > "$work/other.db"
printf 'XXXX' | dd of="$work/other.db" bs=1 seek=68 conv=notrunc status=none
head -c 4096 /dev/zero >> "$work/other.db"
expect "$work/other.db" application/vnd.sqlite3

# The desktop entry offers Trygg for the type.
if ! grep -q '^MimeType=\(.*;\)\?application/x-trygg;' "$desktop"; then
    echo "$desktop does not name application/x-trygg in MimeType" >&2
    status=1
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    cp "$desktop" "$work/data/applications/trygg.desktop"
    update-desktop-database "$work/data/applications"
    if ! grep -q '^application/x-trygg=.*trygg.desktop' "$work/data/applications/mimeinfo.cache"; then
        echo "update-desktop-database does not list trygg.desktop for application/x-trygg" >&2
        status=1
    fi
fi
exit $status
