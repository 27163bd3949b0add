// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>
#include <string_view>

namespace trygg {

// SHA-256 of `data` as 64 lower-case hex digits (issue 12: the audit trail's chain). libgcrypt does the
// work on Linux (platform/posix/Sha256Gcrypt.cpp), Windows' BCrypt on Windows
// (platform/windows/Sha256BCrypt.cpp); nothing else includes either.
std::string sha256Hex(std::string_view data);

} // namespace trygg
