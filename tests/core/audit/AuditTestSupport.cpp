// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTestSupport.h"

#include "store/Migrator.h"
#include "store/SqlCipherDriver.h"

#include <QProcess>
#include <QSqlError>
#include <QUuid>

namespace madoguchi::test {

namespace {

// Test-only raw database key: bytes 0x40, 0x41, … so the shell can be given it.
security::SecureBuffer knownKey()
{
    security::SecureBuffer key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(0x40 + i);
    return key;
}

} // namespace

AuditStore::AuditStore()
    : m_name(QStringLiteral("audit-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_path(m_dir.filePath(QStringLiteral("audit.db"))), m_key(knownKey()),
      m_wrapKey(security::SecureBuffer::random(32)),
      m_clock(QDateTime(QDate(2025, 7, 18), QTime(9, 30), Qt::UTC))
{
    REQUIRE(m_dir.isValid());
    reopen();
    REQUIRE(store::Migrator::builtIn()->migrate(m_db));
}

AuditStore::~AuditStore()
{
    m_device.reset();
    close();
}

void AuditStore::reopen()
{
    m_db = QSqlDatabase::addDatabase(QString::fromLatin1(store::kSqlCipherDriverName), m_name);
    m_db.setDatabaseName(m_path);
    REQUIRE(store::setConnectionKey(m_db, m_key));
    REQUIRE(m_db.open());
    // The same page size as Database and the shell script below, before the first read.
    exec(QStringLiteral("PRAGMA cipher_page_size = 4096"));
    exec(QStringLiteral("PRAGMA synchronous = OFF")); // tests only: hundreds of small commits
    REQUIRE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() >= 0);
}

void AuditStore::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

const audit::DeviceIdentity& AuditStore::device()
{
    if (!m_device) {
        auto identity = audit::DeviceIdentity::loadOrCreate(m_db, m_wrapKey, m_clock);
        INFO(identity.message().toStdString());
        REQUIRE(identity.ok());
        m_device.emplace(std::move(identity).value());
    }
    return *m_device;
}

audit::AuditLog AuditStore::log(int every)
{
    return audit::AuditLog(m_db, device(), m_clock, every);
}

void AuditStore::appendMany(audit::AuditLog& log, int count)
{
    for (int i = 0; i < count; ++i) {
        const Status appended = log.append(sampleEvent(i));
        INFO(appended.message().toStdString());
        REQUIRE(appended.ok());
        m_clock.advanceMs(60 * 1000);
    }
}

void AuditStore::exec(const QString& sql)
{
    exec(sql, {});
}

void AuditStore::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_db);
    REQUIRE(query.prepare(sql));
    for (const QVariant& value : values)
        query.addBindValue(value);
    const bool ok = query.exec();
    INFO(sql.toStdString() << " -> " << query.lastError().text().toStdString());
    REQUIRE(ok);
}

QVariant AuditStore::scalar(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

void AuditStore::dropAppendOnlyTriggers()
{
    exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    exec(QStringLiteral("DROP TRIGGER audit_log_next_seq"));
    exec(QStringLiteral("DROP TRIGGER audit_checkpoint_no_update"));
    exec(QStringLiteral("DROP TRIGGER audit_checkpoint_no_delete"));
}

QString AuditStore::runShell(const QString& sql)
{
    // Test-only key: fine in a QByteArray here, never in product code.
    const QByteArray hex =
        QByteArray(reinterpret_cast<const char*>(m_key.data()), qsizetype(m_key.size())).toHex();
    const QByteArray script = "PRAGMA key = \"x'" + hex +
                              "'\";\nPRAGMA cipher_page_size = 4096;\n" + sql.toUtf8() +
                              "\n.quit\n";
    QProcess shell;
    shell.start(QStringLiteral(MADOGUCHI_SQLCIPHER_SHELL), {m_path});
    REQUIRE(shell.waitForStarted(10000));
    shell.write(script);
    shell.closeWriteChannel();
    REQUIRE(shell.waitForFinished(30000));
    return QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
}

audit::AuditEvent sampleEvent(int n)
{
    using audit::EventType;
    static const EventType types[] = {EventType::PersonView, EventType::PersonSearch,
                                      EventType::Print, EventType::MyNumberReveal,
                                      EventType::PermissionDenied};
    const EventType type = types[n % 5];
    const auto outcome =
        type == EventType::PermissionDenied ? audit::Outcome::Denied : audit::Outcome::Success;
    const QString purpose = type == EventType::PersonSearch     ? QStringLiteral("kana_name")
                            : type == EventType::MyNumberReveal ? QStringLiteral("本人確認")
                                                                : QString();
    return audit::AuditEvent::of(
        type, outcome, QStringLiteral("clerk%1").arg(n % 3 + 1),
        type == EventType::PersonSearch ? QString() : QStringLiteral("person"),
        type == EventType::PersonSearch
            ? QString()
            : QStringLiteral("0198a1b2-0000-7000-8000-00000000000%1").arg(n % 7),
        purpose);
}

} // namespace madoguchi::test
