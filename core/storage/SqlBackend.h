// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What a kind of database does for one prepared statement (SqlConnection.h's Statement forwards to it).
// Only the implementations of SqlConnection include this.

#include "model/Message.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace trygg {

class SqlStatementBackend {
public:
    virtual ~SqlStatementBackend() = default;

    virtual void bindInt64(int index, std::int64_t value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindText(int index, std::string_view text) = 0;
    virtual void bindNull(int index) = 0;

    // A step after the last row runs the statement again, with the same parameters (as SQLite does).
    virtual bool step() = 0;
    virtual void reset() = 0;

    virtual bool isNull(int column) const = 0;
    virtual bool isInteger(int column) const = 0;
    virtual bool isNumber(int column) const = 0;
    virtual std::int64_t int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual std::string_view textView(int column) const = 0;
    virtual int columnCount() const = 0;
    virtual std::string_view columnName(int column) const = 0;
};

namespace sql {

// What both kinds of database say alike, after the register's place and what was being done.
Message timeoutProblem();
Message constraintProblem(const std::string &detail);

} // namespace sql

} // namespace trygg
