// SPDX-License-Identifier: EUPL-1.2
#include "platform/Paths.h"

namespace trygg::files {

std::filesystem::path pathFromUtf8(std::string_view utf8)
{
    // C++20: a path made from char8_t is UTF-8 on every system (on Windows it becomes the wide name).
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

std::string utf8Of(const std::filesystem::path &path)
{
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

} // namespace trygg::files
