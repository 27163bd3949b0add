// SPDX-License-Identifier: EUPL-1.2
#pragma once

// File names are UTF-8 strings throughout Trygg. std::filesystem::path made from a std::string takes it
// in the system's narrow encoding, which on Windows is the ANSI code page, not UTF-8: "Sikkerhedsrådet"
// would name another folder there. These two convert explicitly, the same on every system.

#include <filesystem>
#include <string>
#include <string_view>

namespace trygg::files {

// The path a UTF-8 name stands for.
std::filesystem::path pathFromUtf8(std::string_view utf8);
// A path as UTF-8 (what messages, SQLite and the rest of Trygg take).
std::string utf8Of(const std::filesystem::path &path);

} // namespace trygg::files
