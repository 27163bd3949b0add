// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Message.h"

#include <stdexcept>
#include <string>

namespace trygg {

// An error the user is meant to read: what() is the English message, message() the translatable one.
class Error : public std::runtime_error {
public:
    explicit Error(Message message) : std::runtime_error(message.english()), m_message(std::move(message)) {}
    const Message &message() const { return m_message; }

private:
    Message m_message;
};

// Bad input from a user or a file: the message names what is wrong and where.
// The CLI maps it to exit code 1.
class InputError : public Error {
public:
    using Error::Error;
};

// A file that cannot be used as a register (not a Trygg file, newer version, unreadable, read-only).
class FileError : public Error {
public:
    using Error::Error;
};

// The register's file was replaced by another (or moved or removed) since it was opened: nothing was
// changed, and what is open is no longer what is at its path; reopening it shows what is there now
// (issue 19).
class RegisterReplaced : public FileError {
public:
    using FileError::FileError;
};

// The message of any exception: the translatable one of an Error, else what() verbatim.
inline Message messageOf(const std::exception &error)
{
    if (const auto *own = dynamic_cast<const Error *>(&error))
        return own->message();
    return Message(error.what());
}

} // namespace trygg
