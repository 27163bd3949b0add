// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Message.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trygg::json {

// A value of a JSON document (RFC 8259) with the place it starts in the text, so that a reader can
// name the line of a field it does not accept.
struct Member;

struct Value {
    enum class Type { Null, Boolean, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    bool integral = false;       // a number written without fraction or exponent that fits in long long
    long long integer = 0;       // its value when integral
    std::string text;            // String
    std::vector<Value> items;    // Array
    std::vector<Member> members; // Object, in the order written; keys are unique
    int line = 1;
    int column = 1;

    // The member named `key` of an object, or null.
    const Value *find(std::string_view key) const;
};

// A field of an object. (Not a std::pair: a pair of an incomplete Value does not compile with clang.)
struct Member {
    std::string key;
    Value value;
};

// The name of a type for a message: "a number", "text", "a list" ...
Message typeName(Value::Type type);

inline constexpr std::size_t MaxDocumentBytes = 1024 * 1024;
inline constexpr int MaxDepth = 32;

// Parses a whole document strictly: no comments, trailing commas, single quotes, NaN, leading zeros,
// duplicate keys, control characters or invalid UTF-8 (a leading UTF-8 byte-order mark is allowed).
// Throws InputError "SOURCE: line L, column C: what is wrong".
Value parse(std::string_view text, const std::string &source);

// `text` as a JSON string literal, quotes included; characters outside ASCII are written as they are.
std::string quote(std::string_view text);

} // namespace trygg::json
