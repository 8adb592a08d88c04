// SPDX-License-Identifier: GPL-3.0-or-later
#include "mynumber/MyNumber.h"

#include <array>

namespace madoguchi::mynumber {

using security::SecureBuffer;

namespace {

constexpr std::array<int, 11> kWeights = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

bool isSeparator(char16_t c)
{
    return c == u' ' || c == u'\u3000' || c == u'-' || c == u'\u2010' || c == u'\u2011' ||
           c == u'\u2212' || c == u'\uFF0D';
}

// '0'–'9' for an ASCII or full-width digit, 0 otherwise.
char asciiDigit(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return char(c);
    if (c >= u'\uFF10' && c <= u'\uFF19')
        return char('0' + (c - u'\uFF10'));
    return 0;
}

int checkDigitOf(const unsigned char* first11)
{
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i)
        sum += (first11[i] - '0') * kWeights[i];
    const int remainder = sum % 11;
    return remainder <= 1 ? 0 : 11 - remainder;
}

MyNumber::Problem checkDigits(const SecureBuffer& digits)
{
    if (digits.size() != std::size_t(MyNumber::kLength))
        return MyNumber::Problem::WrongLength;
    bool allZero = true;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (digits.data()[i] < '0' || digits.data()[i] > '9')
            return MyNumber::Problem::NotDigits;
        allZero = allZero && digits.data()[i] == '0';
    }
    if (checkDigitOf(digits.data()) != digits.data()[11] - '0')
        return MyNumber::Problem::CheckDigit;
    if (allZero)
        return MyNumber::Problem::AllZero;
    return MyNumber::Problem::None;
}

// Normalizes text into guarded memory; problem() tells what was wrong with the characters.
SecureBuffer normalize(QStringView text, MyNumber::Problem* problem)
{
    *problem = MyNumber::Problem::None;
    std::size_t count = 0;
    for (const QChar c : text) {
        if (asciiDigit(c.unicode()) != 0)
            ++count;
        else if (!isSeparator(c.unicode())) {
            *problem = MyNumber::Problem::NotDigits;
            return {};
        }
    }
    if (count != std::size_t(MyNumber::kLength)) {
        *problem = MyNumber::Problem::WrongLength;
        return {};
    }
    SecureBuffer digits(count);
    if (!digits.isValid()) {
        *problem = MyNumber::Problem::OutOfMemory;
        return {};
    }
    std::size_t at = 0;
    for (const QChar c : text) {
        if (const char d = asciiDigit(c.unicode()); d != 0)
            digits.data()[at++] = static_cast<unsigned char>(d);
    }
    return digits;
}

} // namespace

int MyNumber::checkDigit(QStringView first11)
{
    if (first11.size() != 11)
        return -1;
    std::array<unsigned char, 11> digits{};
    for (qsizetype i = 0; i < first11.size(); ++i) {
        const char16_t c = first11[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        digits[std::size_t(i)] = static_cast<unsigned char>(c);
    }
    return checkDigitOf(digits.data());
}

MyNumber::Problem MyNumber::problem(QStringView text)
{
    Problem found = Problem::None;
    const SecureBuffer digits = normalize(text, &found);
    if (found != Problem::None)
        return found;
    return checkDigits(digits);
}

Result<MyNumber> MyNumber::parse(QStringView text)
{
    Problem found = Problem::None;
    SecureBuffer digits = normalize(text, &found);
    if (found == Problem::None)
        found = checkDigits(digits);
    if (found != Problem::None)
        return Error{found == Problem::OutOfMemory ? ErrorCode::Crypto : ErrorCode::InvalidInput,
                     problemMessage(found)};
    return MyNumber(std::move(digits));
}

Result<MyNumber> MyNumber::fromDigits(const SecureBuffer& digits)
{
    if (!digits.isValid())
        return Error{ErrorCode::InvalidInput, problemMessage(Problem::WrongLength)};
    const Problem found = checkDigits(digits);
    if (found != Problem::None)
        return Error{ErrorCode::InvalidInput, problemMessage(found)};
    SecureBuffer copy = SecureBuffer::copyOf(digits.data(), digits.size());
    if (!copy.isValid())
        return Error{ErrorCode::Crypto, problemMessage(Problem::OutOfMemory)};
    return MyNumber(std::move(copy));
}

QString MyNumber::problemMessage(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::WrongLength:
        return tr("A My Number has exactly 12 digits.");
    case Problem::NotDigits:
        return tr("A My Number consists of digits only (spaces and hyphens are ignored).");
    case Problem::CheckDigit:
        return tr("This is not a valid My Number: the check digit (検査用数字) does not match. "
                  "Check the number against the card or document again.");
    case Problem::AllZero:
        return tr("000000000000 passes the check digit but is never issued as a My Number.");
    case Problem::OutOfMemory:
        return tr("Protected memory for the My Number could not be allocated.");
    }
    return {};
}

QString MyNumber::maskFromLast4(QStringView last4)
{
    return QString(8, QChar(u'\u25CF')) + last4;
}

QString MyNumber::last4() const
{
    if (!m_digits.isValid() || m_digits.size() != std::size_t(kLength))
        return {};
    return QString::fromLatin1(reinterpret_cast<const char*>(m_digits.data()) + 8, 4);
}

} // namespace madoguchi::mynumber
