// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "security/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace madoguchi::mynumber {

/// A My Number (個人番号) that passed its check: 12 ASCII digits held in guarded memory only.
///
/// The check digit (検査用数字) follows 総務省令第85号 第5条 (rules.md §8): the first 11 digits are
/// weighted 6,5,4,3,2,7,6,5,4,3,2 from the left; r = sum mod 11; the check digit is 0 when r ≤ 1,
/// else 11 − r. 000000000000 passes that arithmetic but is never issued, so it is refused with its
/// own reason (MyNumber::Problem::AllZero). Move-only; the digits never pass through QString.
class MyNumber
{
    Q_DECLARE_TR_FUNCTIONS(MyNumber)

public:
    static constexpr int kLength = 12;

    /// Why a text is not a My Number.
    enum class Problem
    {
        None,
        WrongLength, // not 12 digits after normalizing
        NotDigits,   // a character other than a digit, space or hyphen
        CheckDigit,  // the 12th digit does not match the other 11
        AllZero,     // 000000000000: passes the arithmetic, never issued
        OutOfMemory, // guarded memory could not be allocated
    };

    MyNumber() = default;
    MyNumber(MyNumber&&) noexcept = default;
    MyNumber& operator=(MyNumber&&) noexcept = default;

    /// Reads a number as typed: full-width digits become ASCII, spaces (also 全角) and hyphens
    /// (-, ‐, −, －) are dropped. InvalidInput with a translated reason otherwise; the message
    /// never repeats the input.
    static Result<MyNumber> parse(QStringView text);
    /// The same from bytes (e.g. a buffer returned by reveal()).
    static Result<MyNumber> fromDigits(const security::SecureBuffer& digits);
    /// What is wrong with text, or Problem::None.
    static Problem problem(QStringView text);
    static bool isValid(QStringView text) { return problem(text) == Problem::None; }
    /// The translated sentence for a problem (empty for None).
    static QString problemMessage(Problem problem);
    /// The check digit for 11 leading digits ('0'–'9' each), or -1 if they are not 11 digits.
    static int checkDigit(QStringView first11);

    /// "●●●●●●●●" followed by last4 (the form shown everywhere by default).
    static QString maskFromLast4(QStringView last4);

    bool isNull() const { return !m_digits.isValid(); }
    /// The 12 ASCII digits.
    const security::SecureBuffer& digits() const { return m_digits; }
    /// The last four digits (not secret: they are shown in the mask).
    QString last4() const;
    /// ●●●●●●●●1234
    QString mask() const { return maskFromLast4(last4()); }
    /// Constant-time comparison of the digits.
    bool equals(const MyNumber& other) const { return m_digits.equals(other.m_digits); }

private:
    explicit MyNumber(security::SecureBuffer digits) : m_digits(std::move(digits)) {}
    security::SecureBuffer m_digits;
};

} // namespace madoguchi::mynumber
