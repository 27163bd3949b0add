// SPDX-License-Identifier: EUPL-1.2
// model/Sha256.h with Windows' own cryptography (BCrypt, bcrypt.lib): no libgcrypt to build for Windows.

#include "model/Sha256.h"

#include <array>
#include <stdexcept>

#include <windows.h>

#include <bcrypt.h>

namespace trygg {

std::string sha256Hex(std::string_view data)
{
    // The provider is opened once and kept for the life of the process (it is safe to share between threads).
    static const BCRYPT_ALG_HANDLE provider = [] {
        BCRYPT_ALG_HANDLE handle = nullptr;
        if (BCryptOpenAlgorithmProvider(&handle, BCRYPT_SHA256_ALGORITHM, nullptr, 0) < 0)
            throw std::runtime_error("Windows has no SHA-256 provider (BCryptOpenAlgorithmProvider)");
        return handle;
    }();
    std::array<unsigned char, 32> digest{};
    BCRYPT_HASH_HANDLE hash = nullptr;
    bool done = BCryptCreateHash(provider, &hash, nullptr, 0, nullptr, 0, 0) >= 0;
    // At most 2^31 bytes at a time: the length is a ULONG.
    for (std::string_view rest = data; done && !rest.empty();) {
        const std::string_view part = rest.substr(0, 1u << 31);
        done = BCryptHashData(hash, reinterpret_cast<PUCHAR>(const_cast<char *>(part.data())),
                              static_cast<ULONG>(part.size()), 0) >= 0;
        rest.remove_prefix(part.size());
    }
    done = done && BCryptFinishHash(hash, digest.data(), static_cast<ULONG>(digest.size()), 0) >= 0;
    if (hash)
        BCryptDestroyHash(hash);
    if (!done)
        throw std::runtime_error("Windows could not compute a SHA-256 hash (BCrypt)");
    static constexpr char Hex[] = "0123456789abcdef";
    std::string text;
    text.reserve(64);
    for (const unsigned char byte : digest) {
        text += Hex[byte >> 4];
        text += Hex[byte & 0xf];
    }
    return text;
}

} // namespace trygg
