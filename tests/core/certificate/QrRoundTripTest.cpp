// SPDX-License-Identifier: GPL-3.0-or-later
// A signed certificate code drawn as a QR code, read back by an ordinary decoder (zbarimg), and
// verified: what a provider's scanner would do with a printed certificate.
#include "CertificateTestSupport.h"
#include "certificate/CertificateVerifier.h"
#include "certificate/QrMatrix.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::certificate;
using namespace madoguchi::certtest;

namespace {

QImage draw(const QrMatrix& matrix, int moduleSize)
{
    const int quiet = QrMatrix::kQuietZoneModules;
    const int side = (matrix.size() + 2 * quiet) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.size(); ++y)
        for (int x = 0; x < matrix.size(); ++x)
            if (matrix.isDark(x, y))
                for (int dy = 0; dy < moduleSize; ++dy)
                    for (int dx = 0; dx < moduleSize; ++dx)
                        image.setPixel((x + quiet) * moduleSize + dx, (y + quiet) * moduleSize + dy,
                                       qRgb(0, 0, 0));
    return image;
}

/// What zbarimg reads from the PNG, or fails the test if the decoder is missing.
QString decode(const QString& png)
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral(MADOGUCHI_ZBARIMG));
    INFO("zbarimg is missing: install the Debian package zbar-tools "
         "(packaging/install-deps.sh lists it)");
    REQUIRE_FALSE(zbarimg.isEmpty());
    QProcess process;
    process.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("A QR code of a signed certificate reads back and verifies", "[certificate][qr][zbar]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const TestKey city;
    const TestKey device;
    TrustedKeys keys;
    REQUIRE(keys.add(city.trusted()).ok());
    const QDate today(2025, 7, 18);
    const QString direct = signDirect(sampleFields(), city);
    const QString chained =
        signChained(sampleFields(), device,
                    certifyDevice(city, device, QDate(2025, 1, 1), QDate(2025, 12, 31)));

    int n = 0;
    for (const QString& text : {direct, chained}) {
        const QrMatrix matrix = QrMatrix::encode(text);
        REQUIRE_FALSE(matrix.isNull());
        CHECK(matrix.version() <= 15);
        const QString png = dir.filePath(QStringLiteral("qr%1.png").arg(++n));
        REQUIRE(draw(matrix, 4).save(png));

        const QString read = decode(png);
        CHECK(read == text);
        CHECK(CertificateVerifier::verify(read, keys, today).verdict == Verdict::Valid);

        // One character changed after reading: no longer valid.
        QString changed = read;
        const qsizetype middle = changed.size() / 2;
        changed[middle] = changed.at(middle) == u'A' ? u'B' : u'A';
        CHECK(CertificateVerifier::verify(changed, keys, today).verdict != Verdict::Valid);
    }
}

TEST_CASE("QR matrices refuse what they cannot hold", "[certificate][qr]")
{
    CHECK(QrMatrix::encode(QString()).isNull());
    CHECK(QrMatrix::encode(QString(8000, u'A')).isNull()); // beyond version 40
    const QrMatrix small = QrMatrix::encode(QStringLiteral("MDG1:ABC"));
    REQUIRE_FALSE(small.isNull());
    CHECK(small.version() == 1);
    CHECK(small.size() == 21);
    CHECK_FALSE(small.isDark(-1, 0));
    CHECK_FALSE(small.isDark(21, 0));
    // The finder pattern's corner is dark.
    CHECK(small.isDark(0, 0));
    CHECK(small.isDark(20, 0));
    CHECK(small.isDark(0, 20));
}
