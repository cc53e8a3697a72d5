#include "register/registerstore.h"

#include "cases/eventstore.h"
#include "core/clock.h"
#include "register/registerpipeline.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"
#include "storage/storagebackend.h"
#include "validation/identitycodes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Register)
};

const QList<std::pair<QString, QMap<QString, qint64> RegisterStats::*>> &dimensions()
{
    static const QList<std::pair<QString, QMap<QString, qint64> RegisterStats::*>> list {
        { u"category"_s, &RegisterStats::byCategory },
        { u"province"_s, &RegisterStats::byProvince },
        { u"age-band"_s, &RegisterStats::byAgeBand },
    };
    return list;
}

} // namespace

RegisterStore::RegisterStore(Library &library)
    : m_library(library)
{
}

Result<bool> RegisterStore::hasRegister(qint64 caseId) const
{
    SqlQuery q(m_library.database(), u"SELECT 1 FROM register_imports WHERE case_id = :c"_s);
    q.bind(u":c"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    return q.next();
}

Result<QDate> RegisterStore::defaultAsOf(qint64 caseId) const
{
    const auto events = m_library.events().events(caseId);
    if (!events.ok())
        return events.error();
    QDate earliest;
    for (const EventRecord &e : events.value()) {
        const QDate d = QDate::fromString(e.date, Qt::ISODate);
        if (e.precision == DatePrecision::Day && d.isValid()
            && (!earliest.isValid() || d < earliest))
            earliest = d;
    }
    if (!earliest.isValid())
        return Error::input(
            Text::tr("case %1 has no chronology event dated to the day to count ages "
                     "on; give the date of the conduct with --as-of")
                .arg(caseId));
    return earliest;
}

Result<RegisterImportReport> RegisterStore::preview(const QString &path,
    const RegisterImportOptions &options, QList<QStringList> *firstRows, int count) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::input(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    RegisterImportReport report;
    QString headerProblem;
    const auto sink = [&](const registerfile::TableRow &row) {
        if (report.header.isEmpty()) {
            if (!row.problem.isEmpty()) {
                headerProblem = row.problem;
                return false;
            }
            report.header = row.cells;
            return firstRows != nullptr && count > 0;
        }
        if (firstRows)
            firstRows->append(row.problem.isEmpty() ? row.cells : QStringList { row.problem });
        return firstRows && firstRows->size() < count;
    };
    if (auto st = registerfile::readTable(file, options.sheet, sink); !st.ok())
        return st.error();
    if (!headerProblem.isEmpty())
        return Error::input(Text::tr("the header row of %1 cannot be read: %2")
                                .arg(QFileInfo(path).fileName(), headerProblem));
    if (report.header.isEmpty())
        return Error::input(Text::tr("%1 holds no rows").arg(QFileInfo(path).fileName()));
    const auto mapping = mapColumns(report.header, options.columns);
    if (!mapping.ok())
        return mapping.error();
    report.mapping = mapping.value();
    return report;
}

Status RegisterStore::deleteRegister(qint64 caseId)
{
    const QSqlDatabase db = m_library.database();
    for (const QString &table : { u"register_keys"_s, u"register_counts"_s,
             u"register_categories"_s, u"register_imports"_s }) {
        SqlQuery q(db, u"DELETE FROM %1 WHERE case_id = :c"_s.arg(table));
        if (auto st = q.bind(u":c"_s, caseId).exec(); !st.ok())
            return st;
    }
    return {};
}

Status RegisterStore::clear(qint64 caseId)
{
    const auto before = m_library.whenWritable([&] { return stats(caseId); });
    if (!before.ok())
        return before.error();
    const auto has = hasRegister(caseId);
    if (!has.ok())
        return has.error();
    if (!has.value())
        return Error::notFound(Text::tr("case %1 has no register of affected persons").arg(caseId));
    return inTransaction(m_library.database(), [&]() -> Status {
        if (auto st = deleteRegister(caseId); !st.ok())
            return st;
        return m_library.audit().append(caseId, u"register.clear"_s, u"register"_s, caseId,
            { { u"source"_s, before->sourceName }, { u"rows"_s, before->rows },
                { u"records"_s, before->records } });
    });
}

Result<RegisterStats> RegisterStore::stats(qint64 caseId) const
{
    const QSqlDatabase db = m_library.database();
    SqlQuery q(db,
        u"SELECT source_name, as_of, row_count, unreadable_rows, invalid_ids, duplicates, "
        "records, minors, under14, invalid_phones FROM register_imports WHERE case_id = :c"_s);
    if (auto st = q.bind(u":c"_s, caseId).exec(); !st.ok())
        return st.error();
    RegisterStats s;
    if (!q.next())
        return s;
    s.sourceName = q.value(0).toString();
    s.asOf = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    s.rows = q.value(2).toLongLong();
    s.unreadableRows = q.value(3).toLongLong();
    s.invalidIdNumbers = q.value(4).toLongLong();
    s.duplicates = q.value(5).toLongLong();
    s.records = q.value(6).toLongLong();
    s.minors = q.value(7).toLongLong();
    s.under14 = q.value(8).toLongLong();
    s.invalidPhones = q.value(9).toLongLong();
    SqlQuery c(db, u"SELECT dimension, value, n FROM register_counts WHERE case_id = :c"_s);
    if (auto st = c.bind(u":c"_s, caseId).exec(); !st.ok())
        return st.error();
    while (c.next())
        for (const auto &[name, member] : dimensions())
            if (c.value(0).toString() == name)
                (s.*member).insert(c.value(1).toString(), c.value(2).toLongLong());
    return s;
}

Result<QList<RegisterMatch>> RegisterStore::findIdNumber(
    qint64 caseId, const QString &idNumber) const
{
    const CodeCheck check = checkResidentId(idNumber);
    if (!check.ok)
        return Error::input(check.message);
    const auto key = searchKey(caseId);
    if (!key.ok())
        return key.error();
    return find(caseId, true, key->idNumberHash(idNumber.trimmed().toUpper()));
}

Result<QList<RegisterMatch>> RegisterStore::findPhone(qint64 caseId, const QString &phone) const
{
    const CodeCheck check = checkPhone(phone);
    if (!check.ok)
        return Error::input(check.message);
    const auto key = searchKey(caseId);
    if (!key.ok())
        return key.error();
    return find(caseId, false, key->phoneHash(phone.trimmed()));
}

// The key a case's register was hashed with: the register first, then the key.
Result<RegisterKey> RegisterStore::searchKey(qint64 caseId) const
{
    SqlQuery k(m_library.database(), u"SELECT key_id FROM register_imports WHERE case_id = :c"_s);
    if (auto st = k.bind(u":c"_s, caseId).exec(); !st.ok())
        return st.error();
    if (!k.next())
        return Error::notFound(Text::tr("case %1 has no register of affected persons").arg(caseId));
    auto key = RegisterKey::load(m_library.backend(), caseId, false);
    if (!key.ok() || key->id() != k.value(0).toString())
        return Error::library(
            Text::tr("the register of case %1 was hashed with another key than the "
                     "one the library keeps for it; import it again to search it")
                .arg(caseId));
    return key;
}

Result<QList<RegisterMatch>> RegisterStore::find(
    qint64 caseId, bool byId, const RegisterKey::Hash &hash) const
{
    const QSqlDatabase db = m_library.database();
    QHash<qint64, QString> categories;
    SqlQuery c(db, u"SELECT number, name FROM register_categories WHERE case_id = :c"_s);
    if (auto st = c.bind(u":c"_s, caseId).exec(); !st.ok())
        return st.error();
    while (c.next())
        categories.insert(c.value(0).toLongLong(), c.value(1).toString());
    SqlQuery q(db,
        u"SELECT entries FROM register_keys WHERE case_id = :c AND kind = :kind "
        "AND bucket = :bucket ORDER BY chunk"_s);
    q.bind(u":c"_s, caseId)
        .bind(u":kind"_s, byId ? u"id"_s : u"phone"_s)
        .bind(u":bucket"_s, qint64(registerpipeline::KeyWriter::bucketOf(hash)));
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<RegisterMatch> matches;
    while (q.next())
        for (const PersonRow &row :
            registerpipeline::KeyWriter::decode(q.value(0).toByteArray(), hash))
            matches.append({ qint64(row.line), categories.value(row.category), row.age, byId });
    std::sort(matches.begin(), matches.end(),
        [](const RegisterMatch &a, const RegisterMatch &b) { return a.line < b.line; });
    return matches;
}

Status RegisterStore::storeFigures(qint64 caseId, const RegisterImportReport &report,
    const QStringList &categories, const QString &keyId)
{
    const QSqlDatabase db = m_library.database();
    const RegisterStats &s = report.stats;
    SqlQuery q(db,
        u"UPDATE register_imports SET key_id = :key, row_count = :rows, unreadable_rows = :un, "
        "invalid_ids = :inv, duplicates = :dup, records = :rec, minors = :min, under14 = :u14, "
        "invalid_phones = :ph WHERE case_id = :c"_s);
    q.bind(u":key"_s, keyId)
        .bind(u":rows"_s, s.rows)
        .bind(u":un"_s, s.unreadableRows)
        .bind(u":inv"_s, s.invalidIdNumbers)
        .bind(u":dup"_s, s.duplicates)
        .bind(u":rec"_s, s.records)
        .bind(u":min"_s, s.minors)
        .bind(u":u14"_s, s.under14)
        .bind(u":ph"_s, s.invalidPhones)
        .bind(u":c"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st;
    for (const auto &[name, member] : dimensions()) {
        const auto &map = s.*member;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            SqlQuery c(db,
                u"INSERT INTO register_counts (case_id, dimension, value, n) "
                "VALUES (:c, :d, :v, :n)"_s);
            c.bind(u":c"_s, caseId)
                .bind(u":d"_s, name)
                .bind(u":v"_s, it.key())
                .bind(u":n"_s, it.value());
            if (auto st = c.exec(); !st.ok())
                return st;
        }
    }
    for (qsizetype i = 0; i < categories.size(); ++i) {
        SqlQuery c(db,
            u"INSERT INTO register_categories (case_id, number, name) "
            "VALUES (:c, :i, :n)"_s);
        if (auto st =
                c.bind(u":c"_s, caseId).bind(u":i"_s, i).bind(u":n"_s, categories.at(i)).exec();
            !st.ok())
            return st;
    }
    return {};
}

} // namespace habeas
