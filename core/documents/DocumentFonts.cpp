// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentFonts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMutex>
#include <QStringList>

namespace madoguchi::documents {

namespace {

const QString kFileName = QStringLiteral("MadoguchiDocumentSans-Regular.otf");

QStringList candidateDirectories()
{
    QStringList dirs;
    const QString fromEnvironment = qEnvironmentVariable("MADOGUCHI_DOCUMENT_FONT_DIR");
    if (!fromEnvironment.isEmpty())
        dirs << fromEnvironment;
    const QString appDir = QCoreApplication::applicationDirPath();
    dirs << appDir + QStringLiteral("/fonts")
         << appDir + QStringLiteral("/../share/madoguchi/fonts")
         << QStringLiteral(MADOGUCHI_DOCUMENT_FONT_INSTALL_DIR)
         << QStringLiteral(MADOGUCHI_DOCUMENT_FONT_BUILD_DIR);
    return dirs;
}

QMutex g_mutex;
QString g_family;
QHash<quint16, char32_t> g_aliases;

QHash<quint16, char32_t> readAliases(const QString& path)
{
    QHash<quint16, char32_t> aliases;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return aliases;
    while (!file.atEnd()) {
        const QList<QByteArray> parts = file.readLine().trimmed().split('\t');
        bool aliasOk = false;
        bool codeOk = false;
        if (parts.size() != 2)
            continue;
        const uint alias = parts.at(0).toUInt(&aliasOk, 16);
        const uint code = parts.at(1).toUInt(&codeOk, 16);
        if (aliasOk && codeOk && alias >= 0xE000 && alias <= 0xF8FF && code > 0xFFFF &&
            code <= 0x10FFFF)
            aliases.insert(quint16(alias), char32_t(code));
    }
    return aliases;
}

} // namespace

QHash<quint16, char32_t> DocumentFonts::privateUseAliases()
{
    const QMutexLocker lock(&g_mutex);
    return g_aliases;
}

Result<QString> DocumentFonts::family()
{
    const QMutexLocker lock(&g_mutex);
    QString& loadedFamily = g_family;
    if (!loadedFamily.isEmpty())
        return loadedFamily;
    for (const QString& dir : candidateDirectories()) {
        const QString path = QDir(dir).filePath(kFileName);
        if (!QFileInfo::exists(path))
            continue;
        const int id = QFontDatabase::addApplicationFont(path);
        if (id < 0)
            continue;
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty())
            continue;
        loadedFamily = families.constFirst();
        g_aliases = readAliases(path + QStringLiteral(".pua.tsv"));
        return loadedFamily;
    }
    return Error{ErrorCode::Io,
                 tr("The font for printing documents (%1) was not found. Reinstall Madoguchi.")
                     .arg(kFileName)};
}

} // namespace madoguchi::documents
