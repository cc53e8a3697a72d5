#include "storage/migrations.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
// One entry per schema version, in order. Never edit a released step; add a new one.
const char *const kSteps[] = {
    ":/sql/0001_schema_v1.sql",
    ":/sql/0002_damages.sql",
    ":/sql/0003_evidence.sql",
    ":/sql/0004_claims.sql",
    ":/sql/0005_evidence_text.sql",
    ":/sql/0006_requests.sql",
    ":/sql/0007_deadlines.sql",
    ":/sql/0008_search_grams.sql",
    ":/sql/0009_liability.sql",
    ":/sql/0010_letters_parties.sql",
    ":/sql/0011_case_bundle_id.sql",
    ":/sql/0012_register.sql",
    ":/sql/0013_public_interest.sql",
    ":/sql/0014_teaching.sql",
    ":/sql/0015_review.sql",
    ":/sql/0016_pending_indexes.sql",
    ":/sql/0017_case_teams.sql",
    ":/sql/0018_row_versions.sql",
    ":/sql/0019_exhibit_versions.sql",
    ":/sql/0020_register_case_keys.sql",
    ":/sql/0021_claim_versions.sql",
};
} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(std::size(kSteps));
}

QStringList Migrations::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(u"--"_s) || (line.isEmpty() && current.isEmpty()))
            continue;
        if (current.isEmpty() && line.startsWith(u"CREATE TRIGGER"_s, Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + u'\n';
        const bool ends =
            inTrigger ? line.compare(u"END;"_s, Qt::CaseInsensitive) == 0 : line.endsWith(u';');
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Status Migrations::apply(const QSqlDatabase &db, int fromVersion)
{
    for (int version = fromVersion + 1; version <= latestVersion(); ++version) {
        const QString resource = QString::fromLatin1(kSteps[version - 1]);
        QFile file(resource);
        if (!file.open(QIODevice::ReadOnly))
            return Error::library(QCoreApplication::translate(
                "habeas::Migrations", "Migration step %1 is missing from this build.")
                                      .arg(version));
        const QString script = QString::fromUtf8(file.readAll());
        for (const QString &statement : splitStatements(script)) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return sqlError(query.lastError());
        }
    }
    return {};
}

} // namespace habeas
