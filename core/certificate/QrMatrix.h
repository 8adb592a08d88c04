// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace madoguchi::certificate {

/// A QR code as modules (libqrencode, error correction M), without any drawing: the core has no
/// Qt Gui. libqrencode picks the modes: runs of QR alphanumeric characters (0–9, A–Z, space,
/// $%*+-./:), such as a whole certificate code, in alphanumeric mode, the rest as UTF-8 bytes.
class QrMatrix
{
public:
    static constexpr int kQuietZoneModules = 4; // the margin the QR specification asks for

    /// The code for text; isNull() if it is empty or too long for any QR version.
    static QrMatrix encode(const QString& text);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; }       // modules per side, without the quiet zone
    int version() const { return m_version; } // 1–40
    /// True for a dark module; x and y from 0 to size() - 1 (false outside).
    bool isDark(int x, int y) const;

private:
    int m_size = 0;
    int m_version = 0;
    QVector<bool> m_dark;
};

} // namespace madoguchi::certificate
