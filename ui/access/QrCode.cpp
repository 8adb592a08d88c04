// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/QrCode.h"

#include "certificate/QrMatrix.h"

#include <QPainter>
#include <QUrl>
#include <QUrlQuery>

namespace madoguchi::ui {

QImage QrCode::render(const QString& text, int moduleSize)
{
    if (text.isEmpty() || moduleSize < 1)
        return {};
    const certificate::QrMatrix matrix = certificate::QrMatrix::encode(text);
    if (matrix.isNull())
        return {};

    const int modules = matrix.size();
    const int side = (modules + 2 * kQuietZoneModules) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            if (matrix.isDark(x, y)) {
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
