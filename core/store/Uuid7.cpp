// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Uuid7.h"

#include <QByteArray>
#include <QMutexLocker>
#include <QRegularExpression>

#include <sodium.h>

#include <array>

namespace madoguchi::store {

QString Uuid7Generator::next()
{
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());

    qint64 ms = m_clock.nowUtc().toMSecsSinceEpoch();
    quint16 counter = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (ms <= m_lastMs) {
            // Same millisecond (or the clock went back): keep order with the counter; when it
            // overflows, borrow the next millisecond rather than repeat or reorder.
            ms = m_lastMs;
            if (++m_counter > 0x0FFF) {
                ++ms;
                m_counter = 0;
            }
        } else {
            m_counter = static_cast<quint16>(bytes[6] & 0x03); // small random start, room to grow
        }
        m_lastMs = ms;
        counter = m_counter;
    }

    for (int i = 0; i < 6; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    bytes[6] = static_cast<unsigned char>(0x70 | ((counter >> 8) & 0x0F));
    bytes[7] = static_cast<unsigned char>(counter & 0xFF);
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3F));

    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(bytes.data()), 16).toHex();
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' +
                               hex.mid(16, 4) + '-' + hex.mid(20, 12));
}

Uuid7Generator& Uuid7Generator::instance()
{
    static Uuid7Generator generator;
    return generator;
}

bool Uuid7Generator::isUuid7(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

QString newUuid7()
{
    return Uuid7Generator::instance().next();
}

} // namespace madoguchi::store
