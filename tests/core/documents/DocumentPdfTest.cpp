// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentLayout.h"
#include "documents/DocumentSamples.h"
#include "documents/DocumentWriter.h"
#include "documents/PdfToUnicode.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::documents;

namespace {

/// The output of a poppler tool (pdftotext -layout FILE -, pdfinfo FILE).
QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    // poppler reports a broken cross-reference table or stream length on standard error.
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    INFO(errors.toStdString());
    CHECK_FALSE(errors.contains(QStringLiteral("Syntax Error")));
    CHECK_FALSE(errors.contains(QStringLiteral("xref"), Qt::CaseInsensitive));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& path)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                    path, QStringLiteral("-")});
}

int pdfPages(const QString& path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

/// Every object offset of the xref table points at that object, and startxref at the table:
/// the ToUnicode repair moved bytes, so this shows it kept the file consistent.
void checkCrossReferences(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    const qsizetype xref = pdf.lastIndexOf("\nxref\n0 ") + 1;
    REQUIRE(xref > 0);
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    REQUIRE(startxref > 0);
    CHECK(pdf.mid(startxref + 10).split('\n').value(0).trimmed().toLongLong() == xref);
    const qsizetype headerEnd = pdf.indexOf('\n', xref + 5);
    const int count = pdf.mid(xref + 7, headerEnd - xref - 7).trimmed().toInt();
    REQUIRE(count > 1);
    for (int i = 1; i < count; ++i) {
        const QByteArray entry = pdf.mid(headerEnd + 1 + i * 20, 20);
        if (entry.at(17) != 'n')
            continue;
        const qsizetype offset = entry.left(10).toLongLong();
        INFO("object " << i);
        CHECK(pdf.mid(offset, 20).startsWith(QByteArray(QByteArray::number(i) + " 0 obj")));
    }
}

/// Kinds whose form has no monthly cap (地域相談支援 has no user charge; a rejection has none).
bool hasCap(const QString& kind)
{
    return kind != u"community_support_certificate" && kind != u"rejection_notice";
}

/// Kinds that print the validity period (a rejection prints the application date instead).
bool hasValidity(const QString& kind)
{
    return kind != u"rejection_notice";
}

/// Text without the spaces pdftotext puts between characters of wide layouts.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[ \\x{3000}]")));
    return text;
}

} // namespace

TEST_CASE("every document kind renders to a PDF whose text is the true text", "[documents][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QStringList kinds = DocumentLayout::builtInKinds();
    REQUIRE(kinds.size() == 11);
    for (const SamplePerson& person : {sampleYamada(), sampleYoshino()}) {
        for (const QString& kind : kinds) {
            const DocumentData data = sampleDocument(kind, person);
            const QString path = dir.filePath(kind + QStringLiteral(".pdf"));
            const Status written = DocumentWriter::writePdf(path, {data});
            INFO(kind.toStdString() << " " << written.message().toStdString());
            REQUIRE(written.ok());
            CHECK(pdfPages(path) == 1);
            checkCrossReferences(path);
            const QString text = pdfText(path);
            const QString flat = squeezed(text);
            CHECK(flat.contains(data.value(QStringLiteral("recipient_number"))));
            CHECK(text.contains(person.name)); // 山田 太郎, 𠮷野 花子 (outside the BMP)
            CHECK(flat.contains(QStringLiteral("生年月日"))); // not Kangxi radicals ⽣⽉⽇
            CHECK(flat.contains(QStringLiteral("令和7年7月25日")) ==
                  (kind != u"copay_management_sheet")); // issue date (the sheet is per month)
            if (hasValidity(kind)) {
                CHECK(flat.contains(QStringLiteral("令和7年8月1日")));
                CHECK(flat.contains(QStringLiteral("令和8年7月31日")));
            } else {
                CHECK(flat.contains(QStringLiteral("令和7年6月30日")));
            }
            if (hasCap(kind)) {
                const QString cap = kind.startsWith(u"medical_") ? QStringLiteral("5,000円")
                                                                 : QStringLiteral("9,300円");
                CHECK(flat.contains(cap));
            }
            // No Kangxi radicals (U+2F00–U+2FDF, U+2E80–U+2EFF) anywhere in the text.
            CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"))));
            // The My Number given for the person is nowhere, nor are its last digits.
            CHECK_FALSE(flat.contains(person.myNumber));
            CHECK_FALSE(flat.contains(person.myNumber.right(8)));
            // The reissue mark only when asked for.
            CHECK_FALSE(flat.contains(QStringLiteral("再交付")));
        }
    }
}

TEST_CASE("a reissued certificate prints the reissue mark", "[documents][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    DocumentData data = sampleDocument(QStringLiteral("welfare_certificate"), sampleYamada());
    data.reissue = true;
    const QString path = dir.filePath(QStringLiteral("reissue.pdf"));
    REQUIRE(DocumentWriter::writePdf(path, {data}).ok());
    CHECK(squeezed(pdfText(path)).contains(QStringLiteral("再交付")));
}

TEST_CASE("a My Number smuggled into a value is not printed", "[documents][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SamplePerson person = sampleYamada();
    DocumentData data = sampleDocument(QStringLiteral("welfare_certificate"), person);
    data.fields.insert(QStringLiteral("address"), QStringLiteral("窓口市 ") + person.myNumber);
    data.fields.insert(QStringLiteral("cap_manager"), person.myNumber);
    const QString path = dir.filePath(QStringLiteral("smuggled.pdf"));
    REQUIRE(DocumentWriter::writePdf(path, {data}).ok());
    const QString flat = squeezed(pdfText(path));
    CHECK(flat.contains(QStringLiteral("窓口市")));
    CHECK_FALSE(flat.contains(person.myNumber));
}

TEST_CASE("several documents make one PDF with one page each", "[documents][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DocumentBatch batch = {
        sampleDocument(QStringLiteral("welfare_certificate"), sampleYamada()),
        sampleDocument(QStringLiteral("medical_psychiatric_certificate"), sampleYoshino()),
        sampleDocument(QStringLiteral("decision_notice"), sampleYamada()),
    };
    const QString path = dir.filePath(QStringLiteral("three.pdf"));
    int progressCalls = 0;
    REQUIRE(DocumentWriter::writePdf(path, batch, [&](int done, int total) {
                ++progressCalls;
                CHECK(total == 3);
                CHECK(done == progressCalls);
                return true;
            }).ok());
    CHECK(progressCalls == 3);
    CHECK(pdfPages(path) == 3);
    checkCrossReferences(path);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("山田 太郎")));
    CHECK(text.contains(QStringLiteral("𠮷野 花子")));
    // pdftotext separates pages with form feeds.
    CHECK(text.count(QChar(u'\f')) >= 2);
}

TEST_CASE("batch writing can be cancelled and refuses unknown kinds", "[documents][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    DocumentBatch batch(5, sampleDocument(QStringLiteral("welfare_certificate"), sampleYamada()));
    const Status cancelled =
        DocumentWriter::writePdf(path, batch, [](int done, int) { return done < 2; });
    CHECK_FALSE(cancelled.ok());
    CHECK_FALSE(QFile::exists(path));

    DocumentData unknown;
    unknown.kind = QStringLiteral("no_such_kind");
    const Status refused = DocumentWriter::writePdf(path, {unknown});
    CHECK(refused.code() == ErrorCode::NotFound);
    CHECK_FALSE(QFile::exists(path));
    CHECK(DocumentWriter::writePdf(path, {}).code() == ErrorCode::InvalidInput);
}

TEST_CASE("the QR code printed on a certificate reads back with an ordinary decoder",
          "[documents][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString payload = QStringLiteral("MDG1:WELFARE:1234567890:R7.8.1-R8.7.31:9300");
    const certificate::QrMatrix matrix = certificate::QrMatrix::encode(payload);
    REQUIRE_FALSE(matrix.isNull());
    DocumentData data = sampleDocument(QStringLiteral("welfare_certificate"), sampleYamada());
    data.qrModules = qrModulesOf(matrix);
    const QString path = dir.filePath(QStringLiteral("qr.pdf"));
    REQUIRE(DocumentWriter::writePdf(path, {data}).ok());
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
             QStringLiteral("-singlefile"), path, dir.filePath(QStringLiteral("qr"))});
    const QString decoded =
        runTool(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"),
                                            dir.filePath(QStringLiteral("qr.png"))});
    CHECK(decoded.trimmed() == payload);
}

TEST_CASE("the ToUnicode repair leaves malformed or foreign PDFs alone", "[documents][pdf]")
{
    const QHash<quint16, char32_t> aliases{{0xE122, char32_t(0x20BB7)}};
    for (const QByteArray& input :
         {QByteArray(), QByteArrayLiteral("garbage"), QByteArrayLiteral("%PDF-1.4\nxref\n"),
          QByteArrayLiteral("stream\n/CIDInit /ProcSet findresource begin\n<0001> <0001> <E122>"),
          QByteArrayLiteral("<< /Length 99999 >>\nstream\n/CIDInit /ProcSet findresource\nxref\n"),
          QByteArrayLiteral("<< /Length 60 >>\nstream\n/CIDInit /ProcSet findresource begin\n"
                            "<0001> <0001> <E122>\nendstream\nxref\n0 x\n")}) {
        CHECK(restoreSupplementaryCharacters(input, aliases) == input);
    }
    // A truncated real PDF: unchanged or repaired, never a crash or a read past the end.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("yoshino.pdf"));
    REQUIRE(DocumentWriter::writePdf(
                path, {sampleDocument(QStringLiteral("welfare_certificate"), sampleYoshino())})
                .ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    for (const qsizetype cut : {whole.size() / 3, whole.size() / 2, whole.size() - 30})
        CHECK(restoreSupplementaryCharacters(whole.left(cut), aliases).size() >= 0);
    // Already repaired: nothing left to change.
    CHECK(restoreSupplementaryCharacters(whole, aliases) == whole);
}

// Not run by ctest (hidden): writes one PDF per kind into $MADOGUCHI_DOCUMENT_OUT, from which the
// reference pictures docs/documents/<kind>.png are made (pdftoppm -r 60 -png).
TEST_CASE("write the reference documents", "[.reference]")
{
    const QString out = qEnvironmentVariable("MADOGUCHI_DOCUMENT_OUT");
    REQUIRE_FALSE(out.isEmpty());
    for (const QString& kind : DocumentLayout::builtInKinds()) {
        const bool yoshino = qEnvironmentVariable("MADOGUCHI_DOCUMENT_PERSON") == u"yoshino";
        DocumentData data = sampleDocument(kind, yoshino ? sampleYoshino() : sampleYamada());
        data.reissue = kind == u"welfare_certificate";
        REQUIRE(DocumentWriter::writePdf(out + u'/' + kind + QStringLiteral(".pdf"), {data}).ok());
    }
}
