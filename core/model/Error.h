#pragma once

#include <stdexcept>
#include <string>

namespace trygg {

// Bad input from a user or a file: the message names what is wrong and where.
// The CLI maps it to exit code 1.
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A file that cannot be used as a register (not a Trygg file, newer version, unreadable, read-only).
class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace trygg
