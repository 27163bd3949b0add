// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The message of the error an action throws, in tests.

#include "model/Error.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

// The message of the error of kind E an action throws; fails the test if it throws nothing or another kind.
template <typename E> std::string errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const E &error) {
        return error.what();
    } catch (const std::exception &error) {
        ADD_FAILURE() << "expected another kind of error, got: " << error.what();
        return {};
    }
    ADD_FAILURE() << "expected an error, nothing was thrown";
    return {};
}

inline std::string fileErrorOf(const std::function<void()> &action)
{
    return errorOf<trygg::FileError>(action);
}
