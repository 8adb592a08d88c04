// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlCipherTestSupport.h"

#include "store/SqlCipherDriver.h"

#include <QSqlError>
#include <QUuid>
#include <catch2/catch.hpp>

namespace madoguchi::test {

CipherConnection::CipherConnection(const QString& path, const security::SecureBuffer* key,
                                   const QString& connectOptions)
    : m_name(QStringLiteral("sqlcipher-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QString::fromLatin1(store::kSqlCipherDriverName), m_name);
    REQUIRE(m_db.isValid());
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(connectOptions);
    if (key)
        REQUIRE(store::setConnectionKey(m_db, *key));
    m_db.open();
}

CipherConnection::~CipherConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void CipherConnection::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    INFO(sql.toStdString() << " -> " << query.lastError().text().toStdString());
    const bool ok = query.exec(sql);
    INFO(query.lastError().text().toStdString());
    REQUIRE(ok);
}

QVariant CipherConnection::scalar(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

security::SecureBuffer testKey(unsigned char seed)
{
    security::SecureBuffer key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(seed + i);
    return key;
}

QSqlQuery prepared(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    const bool ok = query.prepare(sql);
    INFO(sql.toStdString() << " -> " << query.lastError().text().toStdString());
    REQUIRE(ok);
    return query;
}

} // namespace madoguchi::test
