# SPDX-License-Identifier: EUPL-1.2
# The Debian package: `cmake --build build && (cd build && cpack -G DEB)` makes
# build/trygg_VERSION-1_ARCH.deb of everything `cmake --install` installs, under /usr.
# scripts/package-test.sh builds it, runs lintian, installs it and checks the desktop knows the file type.
set(TRYGG_PACKAGE_MAINTAINER "Trygg maintainers <trygg@trygg.example>" CACHE STRING
    "The Debian package's maintainer, as Name <address>")

set(CPACK_PACKAGE_NAME trygg)
set(CPACK_PACKAGE_VENDOR "Trygg")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${TRYGG_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "information-security risk registers for municipalities")
# Lines of at most 79 characters (Debian policy 3.4.1; an empty line becomes " .").
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Trygg keeps the information-security risk work of a Danish, Norwegian or"
    "Swedish municipality in one local file: the asset register, the risk"
    "assessments of each unit, the probability and consequence matrix with the"
    "municipality's own acceptance criteria, and the prioritised action plan that"
    "management approves. It works offline and speaks Danish, Norwegian, Swedish"
    "and English."
    ""
    "The package holds the desktop application trygg and the command line"
    "trygg-cli, and registers the file type application/x-trygg (*.trygg) with"
    "the desktop."
)
set(CPACK_PACKAGE_INSTALL_DIRECTORY trygg)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# What `cmake --install` installs: the programs and their files, no tests, no benchmarks.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${TRYGG_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the programs link, found by dpkg-shlibdeps (dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own translations of its dialogs (ui/common/Translations.cpp loads them from the system).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
