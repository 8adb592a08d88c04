// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Base32.h"

#include <sodium.h>

namespace madoguchi::security::base32 {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QString encode(const unsigned char* data, std::size_t size)
{
    QString text;
    text.reserve(static_cast<qsizetype>((size * 8 + 4) / 5));
    unsigned int buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < size; ++i) {
        buffer = (buffer << 8) | data[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            text.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        text.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    return text;
}

int digitValue(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'2' && c <= u'7')
        return 26 + (c - u'2');
    return -1;
}

SecureBuffer decodeDigits(const unsigned char* digits, std::size_t count)
{
    if ((count * 5) % 8 != 0)
        return {};
    SecureBuffer bytes(count * 5 / 8);
    if (!bytes.isValid())
        return bytes;
    unsigned int buffer = 0;
    int bits = 0;
    std::size_t out = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (digits[i] > 31)
            return {};
        buffer = (buffer << 5) | digits[i];
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.data()[out++] = static_cast<unsigned char>((buffer >> bits) & 0xff);
        }
    }
    sodium_memzero(&buffer, sizeof buffer);
    return bytes;
}

} // namespace madoguchi::security::base32
