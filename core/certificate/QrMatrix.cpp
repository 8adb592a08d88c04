// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate/QrMatrix.h"

#include <memory>
#include <qrencode.h>

namespace madoguchi::certificate {

QrMatrix QrMatrix::encode(const QString& text)
{
    if (text.isEmpty())
        return {};
    const QByteArray data = text.toUtf8();
    // Case-sensitive, with no Kanji mode: libqrencode splits the text into the cheapest modes
    // itself (alphanumeric for upper-case letters, digits and ":", 8-bit for the rest).
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || code->width <= 0)
        return {};
    QrMatrix matrix;
    matrix.m_size = code->width;
    matrix.m_version = code->version;
    matrix.m_dark.resize(qsizetype(code->width) * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        matrix.m_dark[i] = (code->data[i] & 1) != 0; // bit 0 is the module's colour (1 = dark)
    return matrix;
}

bool QrMatrix::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_dark.at(qsizetype(y) * m_size + x);
}

} // namespace madoguchi::certificate
