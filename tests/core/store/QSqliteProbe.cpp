// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a file with Qt's plain QSQLITE driver and reads its schema. Exit 0: readable (a plain
// SQLite file), 1: not readable (encrypted), 2: the QSQLITE driver is not installed.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2 || !QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return 2;
    int result = 1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next())
                result = 0;
        }
    }
    return result;
}
