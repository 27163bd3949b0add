// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Permission bits in tests (POSIX): a file's mode, and a umask set for one test.

#include <gtest/gtest.h>

#include <string>

#include <sys/stat.h>

inline unsigned modeOf(const std::string &path)
{
    struct stat info {};
    EXPECT_EQ(::lstat(path.c_str(), &info), 0) << path;
    return static_cast<unsigned>(info.st_mode) & 0777u;
}

// Sets the process's umask for one test and puts the old one back.
class Umask {
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }
    Umask(const Umask &) = delete;
    Umask &operator=(const Umask &) = delete;

private:
    mode_t m_old;
};
