// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Reading and writing whole files in tests, to check that a file is byte-for-byte unchanged.

#include <fstream>
#include <iterator>
#include <string>

inline std::string readBytes(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeBytes(const std::string &path, const std::string &bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}
