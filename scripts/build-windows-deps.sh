#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Builds the libraries the core needs that Debian does not ship for mingw-w64 (SQLite, expat, minizip,
# libxlsxwriter, HarfBuzz with its subsetter, GoogleTest), for 64-bit Windows, from Debian's own source packages, into a cache
# folder that is reused when present:
#
#   scripts/build-windows-deps.sh            # into ${TRYGG_MINGW_CACHE:-~/.cache/trygg-mingw}
#
# The sources come from `apt-get source` with a deb-src entry of its own (the URIs and suites of the
# machine's Debian sources; the machine's apt configuration and lists are left alone: the script keeps
# its own lists in the cache). GoogleTest comes from /usr/src/googletest (Debian's googletest package).
# zlib is Debian's libz-mingw-w64-dev; Boost is header-only here (Boost.DateTime's gregorian calendar)
# and comes from the host's /usr/include. The core's SHA-256 uses Windows' own BCrypt, not libgcrypt.
# Needs: mingw-w64 (g++-posix), cmake, dpkg-dev, tclsh (SQLite's amalgamation is generated), gcc, make.
set -eu

CACHE=${TRYGG_MINGW_CACHE:-${HOME}/.cache/trygg-mingw}
PREFIX=$CACHE/prefix
SRC=$CACHE/src
JOBS=${TRYGG_JOBS:-2}
HOST=x86_64-w64-mingw32
CC="$HOST-gcc-posix"
AR="$HOST-ar"
TOOLCHAIN=$(cd "$(dirname "$0")/.." && pwd)/cmake/mingw-w64.cmake
export TRYGG_MINGW_PREFIX="$PREFIX"

# The Debian source package of each library: the version of the -dev package installed on the host
# when it is there (the same code the native build uses), else bookworm's.
SOURCES="sqlite3:libsqlite3-dev expat:libexpat1-dev minizip:libminizip-dev libxlsxwriter:libxlsxwriter-dev
 harfbuzz:libharfbuzz-dev"

# Complete when every library is there (a cache made before HarfBuzz was needed gets it added).
if [ -f "$PREFIX/.complete" ] && [ -f "$PREFIX/lib/libharfbuzz-subset.a" ]; then
    echo "build-windows-deps: using $PREFIX"
    exit 0
fi
mkdir -p "$PREFIX/include" "$PREFIX/lib/pkgconfig" "$SRC"

# --- Debian sources -----------------------------------------------------------------------------------
APT=$CACHE/apt
mkdir -p "$APT/sources.list.d" "$APT/lists/partial" "$APT/archives/partial"
{
    # Every Types: deb stanza of the machine's sources again as deb-src.
    for file in /etc/apt/sources.list.d/*.sources; do
        [ -f "$file" ] && sed 's/^Types:.*/Types: deb-src/' "$file" && echo
    done
} >"$APT/sources.list.d/trygg-deb-src.sources"
if [ -f /etc/apt/sources.list ]; then
    sed -n 's/^deb \(.*\)/deb-src \1/p' /etc/apt/sources.list >"$APT/sources.list.d/trygg-deb-src.list"
fi
set -- -o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$APT/sources.list.d" \
    -o "Dir::State::Lists=$APT/lists" -o "Dir::Cache=$APT" -o "Dir::Cache::archives=$APT/archives" \
    -o "APT::Sandbox::User=root" -o "Debug::NoLocking=1"
if [ ! -f "$APT/.updated" ]; then
    apt-get "$@" update >"$APT/update.log" 2>&1 || {
        cat "$APT/update.log" >&2
        echo "build-windows-deps: apt-get update of the deb-src lists failed (no network to the Debian mirror?)" >&2
        exit 1
    }
    touch "$APT/.updated"
fi
CODENAME=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
for entry in $SOURCES; do
    package=${entry%%:*}
    dev=${entry#*:}
    [ -n "$(find "$SRC" -maxdepth 1 -type d -name "$package-*" -print -quit)" ] && continue
    version=$(dpkg-query -W -f='${source:Version}' "$dev" 2>/dev/null || true)
    (
        cd "$SRC"
        # The host's version; else the release's own (the security mirror may lack older uploads).
        for wanted in ${version:+"$package=$version"} "$package/$CODENAME" "$package"; do
            if apt-get "$@" source -q "$wanted" >"$package.log" 2>&1; then
                exit 0
            fi
            rm -f "$package"_* && rm -rf "$package"-*/
        done
        cat "$package.log" >&2
        echo "build-windows-deps: apt-get source $package failed" >&2
        exit 1
    )
done
dir_of() { find "$SRC" -maxdepth 1 -type d -name "$1-*" | sort | head -n 1; }

# --- SQLite: the amalgamation, generated on the host (tclsh), compiled for Windows -----------------
# The options of Debian's build (debian/rules) that change what SQL the library accepts.
SQLITE_FLAGS="-DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_FTS4
 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_UNLOCK_NOTIFY
 -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_PREUPDATE_HOOK
 -DSQLITE_ENABLE_SESSION -DSQLITE_ENABLE_STMTVTAB -DSQLITE_MAX_VARIABLE_NUMBER=250000"
if [ ! -f "$PREFIX/lib/libsqlite3.a" ]; then
    sqlite=$(dir_of sqlite3)
    mkdir -p "$CACHE/build/sqlite3"
    (
        cd "$CACHE/build/sqlite3"
        [ -f sqlite3.c ] || { "$sqlite/configure" --disable-tcl >configure.log 2>&1 && make sqlite3.c >make.log 2>&1; }
        # shellcheck disable=SC2086
        $CC -O2 $SQLITE_FLAGS -c sqlite3.c -o sqlite3.o
        rm -f libsqlite3.a && $AR rcs libsqlite3.a sqlite3.o
        cp libsqlite3.a "$PREFIX/lib/" && cp sqlite3.h sqlite3ext.h "$PREFIX/include/"
    )
    version=$(sed -n 's/^#define SQLITE_VERSION *"\(.*\)"/\1/p' "$PREFIX/include/sqlite3.h")
    cat >"$PREFIX/lib/pkgconfig/sqlite3.pc" <<PC
prefix=$PREFIX
Name: SQLite
Description: SQL database engine (built for Windows by build-windows-deps.sh)
Version: $version
Libs: -L\${prefix}/lib -lsqlite3
Cflags: -I\${prefix}/include
PC
fi

cmake_build() { # source-dir build-name cmake-options...
    source=$1
    name=$2
    shift 2
    cmake -S "$source" -B "$CACHE/build/$name" -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" -DBUILD_SHARED_LIBS=OFF "$@" \
        >"$CACHE/build/$name.log" 2>&1 || { cat "$CACHE/build/$name.log" >&2; exit 1; }
    cmake --build "$CACHE/build/$name" -j "$JOBS" >>"$CACHE/build/$name.log" 2>&1 \
        && cmake --install "$CACHE/build/$name" >>"$CACHE/build/$name.log" 2>&1 \
        || { tail -n 40 "$CACHE/build/$name.log" >&2; exit 1; }
}

# --- expat --------------------------------------------------------------------------------------------
if [ ! -f "$PREFIX/lib/libexpat.a" ] && [ ! -f "$PREFIX/lib/libexpatMD.a" ]; then
    expat=$(dir_of expat)
    [ -f "$expat/CMakeLists.txt" ] || expat=$expat/expat
    # Debian's security patches test `#if XML_DTD == 1` (its build uses autoconf, which defines it as 1);
    # expat's CMake defines it empty.
    sed -i 's/^#cmakedefine XML_DTD$/#cmakedefine XML_DTD 1/' "$expat/expat_config.h.cmake"
    cmake_build "$expat" expat -DEXPAT_SHARED_LIBS=OFF -DEXPAT_BUILD_TOOLS=OFF -DEXPAT_BUILD_EXAMPLES=OFF \
        -DEXPAT_BUILD_TESTS=OFF -DEXPAT_BUILD_DOCS=OFF -DEXPAT_BUILD_PKGCONFIG=ON
fi

# --- minizip (zlib's contrib/minizip, Debian's minizip source package) -------------------------------
if [ ! -f "$PREFIX/lib/libminizip.a" ]; then
    minizip=$(dir_of minizip)
    mkdir -p "$CACHE/build/minizip" "$PREFIX/include/minizip"
    (
        cd "$CACHE/build/minizip"
        for file in ioapi unzip zip mztools iowin32; do
            $CC -O2 -I/usr/$HOST/include -c "$minizip/$file.c" -o "$file.o"
        done
        rm -f libminizip.a && $AR rcs libminizip.a ./*.o
        cp libminizip.a "$PREFIX/lib/"
        cp "$minizip"/ioapi.h "$minizip"/unzip.h "$minizip"/zip.h "$minizip"/mztools.h "$minizip"/iowin32.h \
            "$PREFIX/include/minizip/"
    )
    cat >"$PREFIX/lib/pkgconfig/minizip.pc" <<PC
prefix=$PREFIX
Name: minizip
Description: zip and unzip (built for Windows by build-windows-deps.sh)
Version: 1.1
Libs: -L\${prefix}/lib -lminizip -lz
Cflags: -I\${prefix}/include/minizip
PC
fi

# --- libxlsxwriter: with the minizip above and mingw's zlib -------------------------------------------
if [ ! -f "$PREFIX/lib/libxlsxwriter.a" ]; then
    xlsx=$(dir_of libxlsxwriter)
    # Its FindMINIZIP reads the zlib version from zlib.h beside minizip's headers.
    ln -sf /usr/$HOST/include/zlib.h /usr/$HOST/include/zconf.h "$PREFIX/include/"
    cmake_build "$xlsx" xlsxwriter -DUSE_SYSTEM_MINIZIP=ON -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF \
        -DUSE_STATIC_MSVC_RUNTIME=OFF -DZLIB_USE_STATIC_LIBS=ON \
        -DMINIZIP_INCLUDE_DIRS="$PREFIX/include/minizip" -DMINIZIP_LIBRARIES="$PREFIX/lib/libminizip.a"
    cat >"$PREFIX/lib/pkgconfig/xlsxwriter.pc" <<PC
prefix=$PREFIX
Name: libxlsxwriter
Description: writes XLSX files (built for Windows by build-windows-deps.sh)
Version: 1.1
Libs: -L\${prefix}/lib -lxlsxwriter -lminizip -lz
Cflags: -I\${prefix}/include
PC
fi

# --- HarfBuzz and its subsetter (the reports' embedded font subsets): its single-file sources, no
# FreeType, GLib or ICU (the core only subsets fonts; it does not shape text) --------------------------
if [ ! -f "$PREFIX/lib/libharfbuzz-subset.a" ]; then
    harfbuzz=$(dir_of harfbuzz)
    mkdir -p "$CACHE/build/harfbuzz" "$PREFIX/include/harfbuzz"
    (
        cd "$CACHE/build/harfbuzz"
        $HOST-g++-posix -O2 -w -std=c++17 -fno-exceptions -fno-rtti -c "$harfbuzz/src/harfbuzz.cc" -o harfbuzz.o
        $HOST-g++-posix -O2 -w -std=c++17 -fno-exceptions -fno-rtti -c "$harfbuzz/src/harfbuzz-subset.cc" \
            -o harfbuzz-subset.o
        rm -f libharfbuzz.a libharfbuzz-subset.a
        $AR rcs libharfbuzz.a harfbuzz.o && $AR rcs libharfbuzz-subset.a harfbuzz-subset.o
        cp libharfbuzz.a libharfbuzz-subset.a "$PREFIX/lib/"
        cp "$harfbuzz"/src/hb.h "$harfbuzz"/src/hb-*.h "$PREFIX/include/harfbuzz/"
    )
    version=$(sed -n "s/^ *version: '\([0-9.]*\)'.*/\1/p" "$harfbuzz/meson.build" | head -n 1)
    cat >"$PREFIX/lib/pkgconfig/harfbuzz-subset.pc" <<PC
prefix=$PREFIX
Name: harfbuzz-subset
Description: HarfBuzz font subsetter (built for Windows by build-windows-deps.sh)
Version: ${version:-6.0.0}
Libs: -L\${prefix}/lib -lharfbuzz-subset -lharfbuzz
Cflags: -I\${prefix}/include/harfbuzz
PC
fi

# --- GoogleTest (Debian's googletest package ships its source) ---------------------------------------
if [ ! -f "$PREFIX/lib/libgtest.a" ]; then
    cmake_build /usr/src/googletest googletest -DBUILD_GMOCK=OFF -DINSTALL_GTEST=ON -Dgtest_disable_pthreads=OFF
fi

# --- Boost: header-only parts from the host -------------------------------------------------------------
[ -e "$PREFIX/include/boost" ] || ln -s /usr/include/boost "$PREFIX/include/boost"

touch "$PREFIX/.complete"
echo "build-windows-deps: built into $PREFIX"
