// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Date.h"
#include "model/DateTime.h"
#include "model/Ids.h"

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace trygg {

// The content of records as one text, field by field, that is the same on every machine, under every
// locale and on every platform: what an approval's fingerprint digests (Approvals.h) and what combining
// compares (CombineContent.h). Numbers never go through the C locale: a decimal comma under da_DK,
// nb_NO or sv_SE would make the same plan look changed on the next machine.
//
// Fields end with a unit separator (0x1f), records with a record separator (0x1e); an absent optional
// is '-', a flag '1' or '0', a date ISO, a real number with six decimals ("12.500000").
class ContentText {
public:
    // Versions before 0.11 wrote real numbers with the decimal mark of the process's locale; the comma
    // is there only to recognise what they recorded.
    enum class DecimalMark { Point, Comma };
    explicit ContentText(DecimalMark mark = DecimalMark::Point) : m_mark(mark) {}

    template <typename T> ContentText &operator<<(const T &value)
    {
        add(value);
        m_text += '\x1f';
        return *this;
    }
    void endRecord() { m_text += '\x1e'; }
    const std::string &text() const { return m_text; }
    // A text a version before 0.11 wrote under a decimal-comma locale, as this version writes it: every
    // field that is a real number as std::to_string wrote it there ("12,500000") gets its point back.
    static std::string withDecimalPoint(std::string_view legacy);
    // A 64-bit FNV-1a digest of the text as 16 hex digits: enough to notice a change, not a security
    // measure.
    std::string digest() const;

private:
    void add(std::string_view value) { m_text += value; }
    void add(const std::string &value) { m_text += value; }
    void add(const char *value) { m_text += value; }
    void add(bool value) { m_text += value ? '1' : '0'; }
    template <typename T>
        requires(std::is_integral_v<T> && !std::is_same_v<T, bool>)
    void add(T value)
    {
        addInteger(static_cast<long long>(value));
    }
    void add(double value);
    void add(const Date &value) { m_text += value.toIso(); }
    void add(const DateTime &value) { m_text += value.toText(); }
    template <typename T> void add(const std::optional<T> &value)
    {
        if (value)
            add(*value);
        else
            m_text += '-';
    }
    // Ids as "1,2,3," (the order given).
    void add(const std::vector<Id> &ids);
    void addInteger(long long value);

    DecimalMark m_mark;
    std::string m_text;
};

} // namespace trygg
