#pragma once

// The message of the error an action throws, in tests.

#include "model/Error.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

// The FileError an action throws; fails the test if it throws nothing or something else.
inline std::string fileErrorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const trygg::FileError &error) {
        return error.what();
    } catch (const std::exception &error) {
        ADD_FAILURE() << "expected a FileError, got: " << error.what();
        return {};
    }
    ADD_FAILURE() << "expected a FileError, nothing was thrown";
    return {};
}
