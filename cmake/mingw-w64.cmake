# SPDX-License-Identifier: EUPL-1.2
# Cross-compiling the core, trygg-cli and their tests for 64-bit Windows with Debian's mingw-w64 (the
# POSIX threads flavour: std::thread and std::mutex need it). The libraries Debian does not ship for
# mingw are built by scripts/build-windows-deps.sh into TRYGG_MINGW_PREFIX; scripts/test-windows.sh
# configures with this file and runs the tests under Wine.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(TRYGG_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${TRYGG_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${TRYGG_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${TRYGG_MINGW_TRIPLE}-windres)

if(NOT TRYGG_MINGW_PREFIX)
    if(DEFINED ENV{TRYGG_MINGW_PREFIX})
        set(TRYGG_MINGW_PREFIX $ENV{TRYGG_MINGW_PREFIX})
    else()
        set(TRYGG_MINGW_PREFIX $ENV{HOME}/.cache/trygg-mingw/prefix)
    endif()
endif()
# Passed on to try_compile projects, which read this file again.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES TRYGG_MINGW_PREFIX)

set(CMAKE_FIND_ROOT_PATH /usr/${TRYGG_MINGW_TRIPLE} ${TRYGG_MINGW_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# No libpq for Windows: the PostgreSQL storage is left out (TRYGG_POSTGRES defaults to OFF on WIN32), and a
# server's address gets "this build of Trygg has no PostgreSQL support".

# pkg-config finds the Windows libraries only.
set(ENV{PKG_CONFIG_LIBDIR} ${TRYGG_MINGW_PREFIX}/lib/pkgconfig)
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
# zlib: the static libz.a of libz-mingw-w64-dev, so the programs need no DLL beside them.
set(ZLIB_USE_STATIC_LIBS ON)

# Self-contained programs: Wine (and a Windows desktop) runs them without the compiler's DLLs.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")

# Programs built here run under Wine (gtest discovery, tests).
find_program(TRYGG_WINE NAMES wine64 wine)
if(TRYGG_WINE)
    set(CMAKE_CROSSCOMPILING_EMULATOR ${TRYGG_WINE})
endif()
