// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/QrCode.h"

#include <QPainter>
#include <QUrl>
#include <QUrlQuery>
#include <memory>
#include <qrencode.h>

namespace madoguchi::ui {

QImage QrCode::render(const QString& text, int moduleSize)
{
    if (text.isEmpty() || moduleSize < 1)
        return {};
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};

    const int modules = code->width;
    const int side = (modules + 2 * kQuietZoneModules) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each byte is the module's colour (1 = dark); the rest is encoder data.
            if (code->data[y * modules + x] & 1) {
                painter.drawRect((x + kQuietZoneModules) * moduleSize,
                                 (y + kQuietZoneModules) * moduleSize, moduleSize, moduleSize);
            }
        }
    }
    painter.end();
    return image;
}

QString QrCode::groupedSecret(const QString& otpauthUri)
{
    const QString secret =
        QUrlQuery(QUrl(otpauthUri)).queryItemValue(QStringLiteral("secret")).toUpper();
    QString grouped;
    for (int i = 0; i < secret.size(); i += 4) {
        if (!grouped.isEmpty())
            grouped += QLatin1Char(' ');
        grouped += secret.mid(i, 4);
    }
    return grouped;
}

} // namespace madoguchi::ui
