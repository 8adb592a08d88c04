// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace madoguchi::ui {

/// QR codes as images: second-factor set-up and certificates (core certificate::QrMatrix).
class QrCode
{
public:
    static constexpr int kQuietZoneModules = 4; // the margin the QR specification asks for

    /// The code for text as black modules on white, moduleSize pixels each, with the quiet zone.
    /// Square; a null image if the text cannot be encoded.
    static QImage render(const QString& text, int moduleSize = 6);

    /// The base32 secret of an otpauth URI in groups of four ("ABCD EFGH …") for typing by hand.
    static QString groupedSecret(const QString& otpauthUri);
};

} // namespace madoguchi::ui
