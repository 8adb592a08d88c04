// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchBench.h"

#include "BenchSupport.h"
#include "japanese/Wareki.h"
#include "registry/DemoData.h"
#include "registry/PersonRegistry.h"
#include "security/SecureBuffer.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <random>

namespace madoguchi::bench {

namespace {

struct Sample
{
    QString familyName, givenName, familyKana, givenKana, atenaNumber, birthDate, phone;
};

struct Query
{
    QString kind;
    QString text;
};

QString toHiragana(const QString& katakana)
{
    QString text = katakana;
    for (QChar& c : text) {
        if (c.unicode() >= 0x30a1 && c.unicode() <= 0x30f6)
            c = QChar(char16_t(c.unicode() - 0x60));
    }
    return text;
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(fraction * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

SearchKindTimes summarize(const QString& kind, const QList<double>& times, qint64 rows)
{
    SearchKindTimes result;
    result.kind = kind;
    result.queries = int(times.size());
    result.p50 = percentile(times, 0.50);
    result.p95 = percentile(times, 0.95);
    result.max = times.isEmpty() ? 0 : *std::max_element(times.begin(), times.end());
    result.meanRows = times.isEmpty() ? 0 : double(rows) / double(times.size());
    return result;
}

// Text as a clerk types it: each kind in full and as a prefix, kana in both scripts, with and
// without the space between family and given name.
QList<Query> makeQueries(const QList<Sample>& samples, int count, std::mt19937& random)
{
    QList<Query> queries;
    const QString kana = QStringLiteral("kana");
    const QString kanji = QStringLiteral("kanji_name");
    const QString atena = QStringLiteral("atena_number");
    const QString birth = QStringLiteral("birth_date");
    const QString phone = QStringLiteral("phone");
    for (int i = 0; i < count; ++i) {
        const Sample& s = samples.at(int(random() % samples.size()));
        const int variant = int(random() % 3);
        switch (i % 5) {
        case 0:
            queries << Query{kana, variant == 0   ? toHiragana(s.familyKana)
                                   : variant == 1 ? s.familyKana + u' ' + s.givenKana
                                                  : toHiragana(s.familyKana + s.givenKana.left(1))};
            break;
        case 1:
            queries << Query{kanji, variant == 0   ? s.familyName
                                    : variant == 1 ? s.familyName + u'\u3000' + s.givenName
                                                   : s.givenName};
            break;
        case 2:
            queries << Query{atena, variant == 0 ? s.atenaNumber.left(7) : s.atenaNumber};
            break;
        case 3: {
            const QDate date = QDate::fromString(s.birthDate, Qt::ISODate);
            queries << Query{birth, variant == 0   ? japanese::Wareki::formatShort(date)
                                    : variant == 1 ? japanese::Wareki::formatLong(date)
                                                   : s.birthDate};
            break;
        }
        default:
            queries << Query{phone, s.phone.isEmpty() ? QStringLiteral("090")
                                    : variant == 0    ? s.phone.left(8)
                                                      : s.phone};
            break;
        }
    }
    return queries;
}

} // namespace

SearchBenchResult runSearchBench(const QString& directory, const SearchBenchConfig& config)
{
    SearchBenchResult result;
    const QString path = directory + QStringLiteral("/search.db");
    auto created =
        store::Database::create(path, QStringLiteral("bench"),
                                security::SecureBuffer::fromUtf8(u"bench-password-not-secret"),
                                security::KdfParams::interactive());
    if (!created) {
        result.error = QStringLiteral("create: ") + created.message();
        return result;
    }
    auto attached = Workspace::attach(std::move(created->database));
    if (!attached) {
        result.error = QStringLiteral("attach: ") + attached.message();
        return result;
    }
    Workspace& workspace = *attached.value();
    QSqlDatabase db = workspace.database().connection();

    QElapsedTimer timer;
    timer.start();
    registry::DemoOptions options;
    options.persons = config.persons;
    options.seed = config.seed;
    options.progress = [&](int written) {
        if (written % 50000 == 0 || written == config.persons)
            printLine(QStringLiteral("search bench: %1 persons written, %2 ms")
                          .arg(written)
                          .arg(ms(elapsedMs(timer), 0).trimmed()));
    };
    auto generated = registry::DemoData::generate(db, options);
    if (!generated) {
        result.error = QStringLiteral("demo data: ") + generated.message();
        return result;
    }
    result.generateMs = elapsedMs(timer);
    {
        QSqlQuery analyze(db);
        if (!analyze.exec(QStringLiteral("ANALYZE"))) {
            result.error = QStringLiteral("analyze: ") + analyze.lastError().text();
            return result;
        }
    }
    result.fileBytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();

    // Real rows to ask for, so every kind finds something.
    QList<Sample> samples;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral(
                "SELECT family_name, given_name, family_kana, given_kana, atena_number, "
                "birth_date, coalesce(phone, '') FROM person ORDER BY random() LIMIT 1000"))) {
            result.error = QStringLiteral("samples: ") + query.lastError().text();
            return result;
        }
        while (query.next())
            samples << Sample{query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toString(), query.value(5).toString(),
                              query.value(6).toString()};
    }
    if (samples.isEmpty()) {
        result.error = QStringLiteral("no persons were generated");
        return result;
    }

    security::Session clerk;
    clerk.accountId = QStringLiteral("bench-clerk");
    clerk.login = QStringLiteral("bench");
    clerk.displayName = QStringLiteral("bench");
    clerk.roles = {security::Role::Clerk};
    clerk.startedAtUtc = QDateTime::currentDateTimeUtc();
    registry::PersonRegistry registry(db, workspace.audit(), workspace.authorizer());

    std::mt19937 random(config.seed);
    const QList<Query> warmUp = makeQueries(samples, 100, random);
    for (const Query& query : warmUp) {
        if (auto found = registry.search(clerk, query.text); !found) {
            result.error = QStringLiteral("search: ") + found.message();
            return result;
        }
    }
    const QList<Query> queries = makeQueries(samples, config.queries, random);
    QHash<QString, QList<double>> times;
    QHash<QString, qint64> rows;
    QList<double> allTimes;
    qint64 allRows = 0;
    const double cpuBefore = threadCpuMs();
    for (const Query& query : queries) {
        timer.restart();
        auto found = registry.search(clerk, query.text);
        const double elapsed = elapsedMs(timer);
        if (!found) {
            result.error = QStringLiteral("search: ") + found.message();
            return result;
        }
        // Bucketed by the kind the registry decided (a given name written in hiragana, such as
        // さくら, is a kana query).
        const QString kind = registry::searchKindCode(found->kind);
        times[kind] << elapsed;
        rows[kind] += found->rows.size();
        allTimes << elapsed;
        allRows += found->rows.size();
    }
    result.cpuMsPerQuery = (threadCpuMs() - cpuBefore) / double(std::max(1, config.queries));
    for (const QString& kind :
         {QStringLiteral("kana"), QStringLiteral("kanji_name"), QStringLiteral("atena_number"),
          QStringLiteral("birth_date"), QStringLiteral("phone")})
        result.kinds << summarize(kind, times.value(kind), rows.value(kind));
    result.all = summarize(QStringLiteral("all"), allTimes, allRows);
    result.ok = true;
    return result;
}

} // namespace madoguchi::bench
