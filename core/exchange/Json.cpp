// SPDX-License-Identifier: EUPL-1.2
#include "exchange/Json.h"

#include "model/Error.h"

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <unordered_set>

// Messages are written trygg::trMsg: lupdate takes the context from that qualification, and unqualified
// it would take the namespace or class ("trygg::json"), where the translator never looks.

namespace trygg::json {
namespace {

class Parser {
public:
    Parser(std::string_view text, const std::string &source) : m_text(text), m_source(source) {}

    Value document()
    {
        if (m_text.size() > MaxDocumentBytes)
            throw InputError(trygg::trMsg("%1: the file is %2 bytes; a matrix definition is at most %3", m_source,
                                          m_text.size(), MaxDocumentBytes));
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF")
            m_pos = 3;
        skipSpace();
        if (atEnd())
            fail(trygg::trMsg("the file is empty; expected a JSON object"));
        Value value = parseValue(0);
        skipSpace();
        if (!atEnd())
            fail(trygg::trMsg("unexpected %1 after the end of the document", describeHere()));
        return value;
    }

private:
    [[noreturn]] void fail(const Message &what) const { failAt(m_line, m_column, what); }

    [[noreturn]] void failAt(int line, int column, const Message &what) const
    {
        throw InputError(trygg::trMsg("%1: line %2, column %3: %4", m_source, line, column, what));
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    Message describeHere() const
    {
        if (atEnd())
            return trygg::trMsg("end of file");
        const auto ch = static_cast<unsigned char>(m_text[m_pos]);
        if (ch >= 0x20 && ch < 0x7f)
            return std::string("'") + static_cast<char>(ch) + "'";
        return trygg::trMsg("byte 0x%1", hex(ch));
    }

    static std::string hex(unsigned value)
    {
        const char *digits = "0123456789abcdef";
        return {digits[(value >> 4) & 0xf], digits[value & 0xf]};
    }

    // Moves one byte on; a line feed starts a new line, and a column counts characters, not the
    // continuation bytes of UTF-8.
    void advance()
    {
        const auto ch = static_cast<unsigned char>(m_text[m_pos++]);
        if (ch == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((ch & 0xC0) != 0x80) {
            ++m_column;
        }
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const char ch = m_text[m_pos];
            if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r')
                return;
            advance();
        }
    }

    void expect(char wanted, const Message &what)
    {
        if (peek() != wanted)
            fail(trygg::trMsg("expected %1, found %2", what, describeHere()));
        advance();
    }

    Value parseValue(int depth)
    {
        if (depth >= MaxDepth)
            fail(trygg::trMsg("the document nests deeper than %1 levels", MaxDepth));
        Value value;
        value.line = m_line;
        value.column = m_column;
        switch (peek()) {
        case '{': parseObject(value, depth); break;
        case '[': parseArray(value, depth); break;
        case '"':
            value.type = Value::Type::String;
            value.text = parseString();
            break;
        case 't':
            literal("true");
            value.type = Value::Type::Boolean;
            value.boolean = true;
            break;
        case 'f':
            literal("false");
            value.type = Value::Type::Boolean;
            break;
        case 'n': literal("null"); break;
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9')) {
                parseNumber(value);
                break;
            }
            fail(trygg::trMsg("expected a value (an object, list, text, number, true, false or null), found %1",
                              describeHere()));
        }
        return value;
    }

    void literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            fail(trygg::trMsg("expected a value, found %1 (text must be in double quotes)", describeHere()));
        for (std::size_t i = 0; i < word.size(); ++i)
            advance();
    }

    void parseObject(Value &value, int depth)
    {
        value.type = Value::Type::Object;
        advance(); // {
        skipSpace();
        if (peek() == '}') {
            advance();
            return;
        }
        // The keys seen so far, hashed: comparing each with all before it took n^2 (issue 12).
        std::unordered_set<std::string> keys;
        while (true) {
            skipSpace();
            if (peek() != '"')
                fail(peek() == '}'
                         ? trygg::trMsg("expected a field name in double quotes, found %1 (a comma before '}' is not "
                                        "allowed)",
                                        describeHere())
                         : trygg::trMsg("expected a field name in double quotes, found %1", describeHere()));
            const int line = m_line;
            const int column = m_column;
            std::string key = parseString();
            if (!keys.insert(key).second)
                failAt(line, column, trygg::trMsg("the field '%1' appears twice in the same object", key));
            skipSpace();
            expect(':', trygg::trMsg("':' after the field name"));
            skipSpace();
            Value member = parseValue(depth + 1);
            value.members.push_back(Member{std::move(key), std::move(member)});
            skipSpace();
            if (peek() == ',') {
                advance();
                continue;
            }
            expect('}', trygg::trMsg("',' or '}'"));
            return;
        }
    }

    void parseArray(Value &value, int depth)
    {
        value.type = Value::Type::Array;
        advance(); // [
        skipSpace();
        if (peek() == ']') {
            advance();
            return;
        }
        while (true) {
            skipSpace();
            if (peek() == ']')
                fail(trygg::trMsg("a comma before ']' is not allowed"));
            value.items.push_back(parseValue(depth + 1));
            skipSpace();
            if (peek() == ',') {
                advance();
                continue;
            }
            expect(']', trygg::trMsg("',' or ']'"));
            return;
        }
    }

    unsigned hexDigits()
    {
        unsigned code = 0;
        for (int i = 0; i < 4; ++i) {
            const char ch = peek();
            unsigned digit = 0;
            if (ch >= '0' && ch <= '9')
                digit = static_cast<unsigned>(ch - '0');
            else if (ch >= 'a' && ch <= 'f')
                digit = static_cast<unsigned>(ch - 'a' + 10);
            else if (ch >= 'A' && ch <= 'F')
                digit = static_cast<unsigned>(ch - 'A' + 10);
            else
                fail(trygg::trMsg("\\u must be followed by four hexadecimal digits, found %1", describeHere()));
            code = code * 16 + digit;
            advance();
        }
        return code;
    }

    static void appendUtf8(std::string &out, std::uint32_t code)
    {
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }

    // One UTF-8 encoded character, checked (no overlong forms, surrogates or values above U+10FFFF).
    void copyUtf8(std::string &out)
    {
        const auto lead = static_cast<unsigned char>(m_text[m_pos]);
        int length = 0;
        std::uint32_t code = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            code = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            code = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            code = lead & 0x07;
        } else {
            fail(trygg::trMsg("the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8", hex(lead)));
        }
        if (m_pos + static_cast<std::size_t>(length) > m_text.size())
            fail(trygg::trMsg("the text is not valid UTF-8 (a character is cut off at the end of the file)"));
        for (int i = 1; i < length; ++i) {
            const auto next = static_cast<unsigned char>(m_text[m_pos + static_cast<std::size_t>(i)]);
            if ((next & 0xC0) != 0x80)
                fail(trygg::trMsg("the text is not valid UTF-8 (byte 0x%1 inside a character); save the file as UTF-8",
                                  hex(next)));
            code = (code << 6) | (next & 0x3F);
        }
        const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
        if (overlong || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            fail(trygg::trMsg("the text is not valid UTF-8; save the file as UTF-8"));
        out.append(m_text.substr(m_pos, static_cast<std::size_t>(length)));
        for (int i = 0; i < length; ++i)
            advance();
    }

    std::string parseString()
    {
        advance(); // opening quote
        std::string out;
        while (true) {
            if (atEnd())
                fail(trygg::trMsg("the text has no closing '\"'"));
            const auto ch = static_cast<unsigned char>(m_text[m_pos]);
            if (ch == '"') {
                advance();
                return out;
            }
            if (ch < 0x20)
                fail(ch == '\n' ? trygg::trMsg("a line break inside text must be written \\n")
                                : trygg::trMsg("a control character (0x%1) inside text must be escaped", hex(ch)));
            if (ch >= 0x80) {
                copyUtf8(out);
                continue;
            }
            if (ch != '\\') {
                out += static_cast<char>(ch);
                advance();
                continue;
            }
            advance(); // backslash
            const char escape = peek();
            if (atEnd())
                fail(trygg::trMsg("the text has no closing '\"'"));
            advance();
            switch (escape) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                std::uint32_t code = hexDigits();
                if (code >= 0xDC00 && code <= 0xDFFF)
                    fail(trygg::trMsg("\\u%1 is half of a character (a lone surrogate)",
                                      hex(code >> 8) + hex(code & 0xff)));
                if (code >= 0xD800 && code <= 0xDBFF) {
                    if (m_text.substr(m_pos, 2) != "\\u")
                        fail(trygg::trMsg("\\u%1 must be followed by the second half of its character",
                                          hex(code >> 8) + hex(code & 0xff)));
                    advance();
                    advance();
                    const std::uint32_t low = hexDigits();
                    if (low < 0xDC00 || low > 0xDFFF)
                        fail(trygg::trMsg("\\u%1 must be followed by the second half of its character",
                                          hex(code >> 8) + hex(code & 0xff)));
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                if (code == 0)
                    fail(trygg::trMsg("text must not contain the character \\u0000"));
                appendUtf8(out, code);
                break;
            }
            default:
                fail(trygg::trMsg("unknown escape '\\%1' in text",
                                  std::string(1, escape >= 0x20 && escape < 0x7f ? escape : '?')));
            }
        }
    }

    void parseNumber(Value &value)
    {
        const std::size_t start = m_pos;
        bool fraction = false;
        if (peek() == '-')
            advance();
        if (peek() == '0') {
            advance();
            if (peek() >= '0' && peek() <= '9')
                fail(trygg::trMsg("a number must not start with 0"));
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9')
                advance();
        } else {
            fail(trygg::trMsg("expected a digit, found %1", describeHere()));
        }
        if (peek() == '.') {
            fraction = true;
            advance();
            if (!(peek() >= '0' && peek() <= '9'))
                fail(trygg::trMsg("expected a digit after the decimal point, found %1", describeHere()));
            while (peek() >= '0' && peek() <= '9')
                advance();
        }
        if (peek() == 'e' || peek() == 'E') {
            fraction = true;
            advance();
            if (peek() == '+' || peek() == '-')
                advance();
            if (!(peek() >= '0' && peek() <= '9'))
                fail(trygg::trMsg("expected a digit in the exponent, found %1", describeHere()));
            while (peek() >= '0' && peek() <= '9')
                advance();
        }
        const std::string literal(m_text.substr(start, m_pos - start));
        value.type = Value::Type::Number;
        errno = 0;
        value.number = std::strtod(literal.c_str(), nullptr);
        if (!std::isfinite(value.number))
            failAt(value.line, value.column, trygg::trMsg("the number %1 is too large", literal));
        if (!fraction) {
            errno = 0;
            const long long integer = std::strtoll(literal.c_str(), nullptr, 10);
            if (errno == 0) {
                value.integral = true;
                value.integer = integer;
            }
        }
    }

    std::string_view m_text;
    const std::string &m_source;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace

const Value *Value::find(std::string_view key) const
{
    for (const auto &member : members)
        if (member.key == key)
            return &member.value;
    return nullptr;
}

Message typeName(Value::Type type)
{
    switch (type) {
    case Value::Type::Null: return "null";
    case Value::Type::Boolean: return trygg::trMsg("true or false");
    case Value::Type::Number: return trygg::trMsg("a number");
    case Value::Type::String: return trygg::trMsg("text");
    case Value::Type::Array: return trygg::trMsg("a list");
    case Value::Type::Object: return trygg::trMsg("an object");
    }
    return trygg::trMsg("a value");
}

Value parse(std::string_view text, const std::string &source)
{
    return Parser(text, source).document();
}

std::string quote(std::string_view text)
{
    std::string out = "\"";
    for (const char ch : text) {
        switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(ch) < 0x20) {
                const char *digits = "0123456789abcdef";
                out += "\\u00";
                out += digits[(static_cast<unsigned char>(ch) >> 4) & 0xf];
                out += digits[static_cast<unsigned char>(ch) & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

} // namespace trygg::json
