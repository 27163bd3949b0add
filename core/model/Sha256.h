#pragma once

#include <string>
#include <string_view>

namespace trygg {

// SHA-256 of `data` as 64 lower-case hex digits (issue 12: the audit trail's chain). libgcrypt does the
// work (Sha256.cpp); nothing else includes it.
std::string sha256Hex(std::string_view data);

} // namespace trygg
