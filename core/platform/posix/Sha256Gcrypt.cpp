// SPDX-License-Identifier: EUPL-1.2
// model/Sha256.h with libgcrypt (Linux and other POSIX systems).

#include "model/Sha256.h"

#include <gcrypt.h>

#include <array>
#include <mutex>
#include <stdexcept>

namespace trygg {
namespace {

// libgcrypt wants gcry_check_version called once before its first use.
void initialiseGcrypt()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (!gcry_check_version(GCRYPT_VERSION))
            throw std::runtime_error("libgcrypt is older than the version Trygg was built with");
        gcry_control(GCRYCTL_DISABLE_SECMEM, 0); // hashes only: no secrets to keep out of swap
        gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
    });
}

} // namespace

std::string sha256Hex(std::string_view data)
{
    initialiseGcrypt();
    std::array<unsigned char, 32> digest{};
    gcry_md_hash_buffer(GCRY_MD_SHA256, digest.data(), data.data(), data.size());
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
