#include "storage/pgschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

// One entry per schema version, in order, each the twin of the SQLite step of the same number
// (storage/migrations.cpp). Never edit a released step; add a new pair.
const char *const kSteps[] = {
    ":/sql/pg/0001_schema_v1.sql",
    ":/sql/pg/0002_damages.sql",
    ":/sql/pg/0003_evidence.sql",
    ":/sql/pg/0004_claims.sql",
    ":/sql/pg/0005_evidence_text.sql",
    ":/sql/pg/0006_requests.sql",
    ":/sql/pg/0007_deadlines.sql",
    ":/sql/pg/0008_search_grams.sql",
    ":/sql/pg/0009_liability.sql",
    ":/sql/pg/0010_letters_parties.sql",
    ":/sql/pg/0011_case_bundle_id.sql",
    ":/sql/pg/0012_register.sql",
    ":/sql/pg/0013_public_interest.sql",
    ":/sql/pg/0014_teaching.sql",
    ":/sql/pg/0015_review.sql",
    ":/sql/pg/0016_pending_indexes.sql",
    ":/sql/pg/0017_case_teams.sql",
    ":/sql/pg/0018_row_versions.sql",
    ":/sql/pg/0019_exhibit_versions.sql",
    ":/sql/pg/0020_register_case_keys.sql",
    ":/sql/pg/0021_claim_versions.sql",
};

// The key of the advisory lock that serialises migrations ("HABS").
constexpr qint64 kMigrationLock = 0x48414253;

Error serverError(const QSqlError &error)
{
    return Error::library(
        QCoreApplication::translate("habeas::PgSchema", "Server error: %1").arg(error.text()));
}

// Runs one statement; its error as an Error.
Status run(const QSqlDatabase &db, const QString &sql, QSqlQuery *result = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return serverError(q.lastError());
    if (result)
        *result = std::move(q);
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (auto st = run(db, sql, &q); !st.ok())
        return st.error();
    if (!q.next())
        return QVariant();
    return q.value(0);
}

Status rollback(const QSqlDatabase &db, const Error &error)
{
    QSqlQuery(db).exec(u"ROLLBACK"_s);
    return error;
}

// Step `version` in its own transaction, unless another client applied it meanwhile.
Status applyStep(const QSqlDatabase &db, int version)
{
    QFile file(QString::fromLatin1(kSteps[version - 1]));
    if (!file.open(QIODevice::ReadOnly))
        return Error::library(QCoreApplication::translate(
            "habeas::PgSchema", "Server migration step %1 is missing from this build.")
                                  .arg(version));
    const QStringList statements = PgSchema::splitStatements(QString::fromUtf8(file.readAll()));
    if (auto st = run(db, u"BEGIN"_s); !st.ok())
        return st;
    for (const QString &sql : { u"SET LOCAL client_min_messages = warning"_s,
             u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kMigrationLock) }) {
        if (auto st = run(db, sql); !st.ok())
            return rollback(db, st.error());
    }
    const auto found = PgSchema::version(db);
    if (!found.ok())
        return rollback(db, found.error());
    if (found.value() >= version)
        return run(db, u"COMMIT"_s);
    if (found.value() != version - 1)
        return rollback(db,
            Error::library(QCoreApplication::translate("habeas::PgSchema",
                "The server library's schema changed while it was being "
                "updated (found %1, expected %2).")
                               .arg(found.value())
                               .arg(version - 1)));
    for (const QString &sql : statements) {
        if (auto st = run(db, sql); !st.ok())
            return rollback(db,
                Error::library(QCoreApplication::translate("habeas::PgSchema",
                    "Updating the server library to schema %1 failed; nothing "
                    "was changed: %2")
                                   .arg(version)
                                   .arg(st.error().message)));
    }
    if (auto st = run(db, u"UPDATE schema_version SET version = %1"_s.arg(version)); !st.ok())
        return rollback(db, st.error());
    return run(db, u"COMMIT"_s);
}

} // namespace

int PgSchema::latestVersion()
{
    return static_cast<int>(std::size(kSteps));
}

Result<int> PgSchema::version(const QSqlDatabase &db)
{
    // The tables are counted before schema_version is looked for: step 1 commits both at once,
    // so a client migrating meanwhile may make the count grow, never show tables without it.
    const auto tables = scalar(
        db, u"SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"_s);
    if (!tables.ok())
        return tables.error();
    const auto table = scalar(db, u"SELECT to_regclass('schema_version') IS NOT NULL"_s);
    if (!table.ok())
        return table.error();
    if (table.value().toBool()) {
        const auto v =
            scalar(db, u"SELECT version FROM schema_version WHERE application = 'habeas'"_s);
        if (!v.ok())
            return v.error();
        if (!v.value().isNull())
            return v.value().toInt();
    }
    if (tables.value().toLongLong() > 0)
        return Error::library(QCoreApplication::translate(
            "habeas::PgSchema", "The database %1 holds tables but is not a Habeas library.")
                                  .arg(db.databaseName()));
    return 0;
}

Status PgSchema::checkDatabase(const QSqlDatabase &db)
{
    const auto encoding = scalar(db,
        u"SELECT pg_encoding_to_char(encoding) FROM pg_database "
        "WHERE datname = current_database()"_s);
    if (!encoding.ok())
        return encoding.error();
    if (encoding.value().toString() != u"UTF8"_s)
        return Error::library(QCoreApplication::translate("habeas::PgSchema",
            "The database %1 is encoded in %2; a Habeas library needs UTF8 "
            "(docs/server.md).")
                                  .arg(db.databaseName(), encoding.value().toString()));
    // Regular expressions and pg_trgm classify characters alike, by the database's LC_CTYPE.
    const auto letters = scalar(db, u"SELECT '中文检索' ~ '^[[:alpha:]]+$'"_s);
    if (!letters.ok())
        return letters.error();
    if (!letters.value().toBool()) {
        const auto ctype =
            scalar(db, u"SELECT datctype FROM pg_database WHERE datname = current_database()"_s);
        return Error::library(
            QCoreApplication::translate("habeas::PgSchema",
                "The database %1 was created with LC_CTYPE %2, under which Chinese characters "
                "are not letters: its search index would hold nothing of a Chinese text. Create "
                "it with LC_CTYPE 'C.UTF-8' (docs/server.md).")
                .arg(db.databaseName(), ctype.ok() ? ctype.value().toString() : QString()));
    }
    return {};
}

Result<int> PgSchema::migrate(const QSqlDatabase &db)
{
    if (auto st = checkDatabase(db); !st.ok())
        return st.error();
    const auto found = version(db);
    if (!found.ok())
        return found.error();
    if (found.value() > latestVersion())
        return Error::library(QCoreApplication::translate("habeas::PgSchema",
            "This server library was written by a newer version of Habeas "
            "(schema %1; this version reads up to %2). Update Habeas to "
            "use it.")
                                  .arg(found.value())
                                  .arg(latestVersion()));
    for (int step = found.value() + 1; step <= latestVersion(); ++step) {
        if (auto st = applyStep(db, step); !st.ok())
            return st.error();
    }
    return found.value();
}

QStringList PgSchema::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool hasCode = false;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        const QStringView rest = QStringView(script).mid(i);
        qsizetype skip = 0; // a quoted or commented run starting at i, its length
        if (rest.startsWith(u"--")) {
            const qsizetype end = script.indexOf(u'\n', i);
            i = (end < 0 ? n : end) - 1; // comments are left out of the statement
            continue;
        }
        if (rest.startsWith(u"/*")) {
            const qsizetype end = script.indexOf(u"*/"_s, i + 2);
            i = (end < 0 ? n : end + 2) - 1;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            const qsizetype end = script.indexOf(c, i + 1); // '' and "" re-enter at once
            skip = (end < 0 ? n : end + 1) - i;
        } else if (c == u'$') {
            static const QRegularExpression tag(u"^\\$[A-Za-z_]*\\$"_s);
            const auto m = tag.match(rest);
            if (m.hasMatch()) {
                const qsizetype end = script.indexOf(m.captured(), i + m.capturedLength());
                skip = (end < 0 ? n : end + m.capturedLength()) - i;
            }
        }
        if (skip > 0) {
            current += rest.first(skip);
            hasCode = true;
            i += skip - 1;
            continue;
        }
        if (c == u';') {
            if (hasCode)
                statements << current.trimmed();
            current.clear();
            hasCode = false;
            continue;
        }
        current += c;
        hasCode = hasCode || !c.isSpace();
    }
    if (hasCode)
        statements << current.trimmed();
    return statements;
}

} // namespace habeas
