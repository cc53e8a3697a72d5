#include "bundle/casesnapshot.h"

#include "bundle/bundletext.h"
#include "storage/blobstore.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace habeas::bundle {

namespace {

struct Ref {
    const char *column;
    const char *table;
};

struct TableSpec {
    const char *name;
    const char *where; // selects the case's rows; :case is its id
    bool hasId;
    QList<Ref> refs;
};

// In the order an import inserts them: each table after those it refers to. parties refers to
// itself (an agent represents a party): that column is set once every party has its new id.
const QList<TableSpec> &tables()
{
    static const QList<TableSpec> specs {
        { "cases", "id = :case", true, {} },
        { "parties", "case_id = :case", true, { { "case_id", "cases" } } },
        { "events", "case_id = :case", true, { { "case_id", "cases" } } },
        { "evidence_items", "case_id = :case", true, { { "case_id", "cases" } } },
        { "event_evidence", "event_id IN (SELECT id FROM events WHERE case_id = :case)", false,
            { { "event_id", "events" }, { "evidence_id", "evidence_items" } } },
        { "evidence_pages", "evidence_id IN (SELECT id FROM evidence_items WHERE case_id = :case)",
            true, { { "evidence_id", "evidence_items" } } },
        { "evidence_annotations",
            "evidence_id IN (SELECT id FROM evidence_items WHERE case_id = :case)", true,
            { { "evidence_id", "evidence_items" } } },
        { "claims", "case_id = :case", true, { { "case_id", "cases" } } },
        { "claim_elements", "claim_id IN (SELECT id FROM claims WHERE case_id = :case)", false,
            { { "claim_id", "claims" } } },
        { "element_citations", "claim_id IN (SELECT id FROM claims WHERE case_id = :case)", true,
            { { "claim_id", "claims" }, { "evidence_id", "evidence_items" },
                { "annotation_id", "evidence_annotations" } } },
        { "documents", "case_id = :case", true, { { "case_id", "cases" } } },
        { "damages_items", "case_id = :case", true,
            { { "case_id", "cases" }, { "evidence_id", "evidence_items" } } },
        { "damages_defendants", "item_id IN (SELECT id FROM damages_items WHERE case_id = :case)",
            false, { { "item_id", "damages_items" }, { "party_id", "parties" } } },
        { "case_requests", "case_id = :case", true, { { "case_id", "cases" } } },
        { "document_fields", "case_id = :case", true, { { "case_id", "cases" } } },
        { "deadlines", "case_id = :case", true,
            { { "case_id", "cases" }, { "event_id", "events" }, { "document_id", "documents" } } },
    };
    return specs;
}

constexpr char kDeferred[] = "represents_id"; // parties → parties

struct Column {
    QString name;
    bool integer = false;
    bool real = false;
};

Outcome<QList<Column>> columnsOf(const QSqlDatabase &db, const QString &table)
{
    const auto found = sqlColumns(db, table);
    if (!found.ok())
        return Failure::other(found.error());
    QList<Column> columns;
    for (const SqlColumn &c : found.value()) {
        columns.append({ c.name, c.type.contains(u"INT"_s),
            c.type.contains(u"REAL"_s) || c.type.contains(u"FLOA"_s)
                || c.type.contains(u"DOUBLE"_s) });
    }
    return columns;
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

const TableSpec *specFor(const QString &name)
{
    for (const TableSpec &s : tables())
        if (QLatin1String(s.name) == name)
            return &s;
    return nullptr;
}

Failure badRow(const QString &table, const QString &what)
{
    return Failure::integrity(Text::tr("case.json: a row of %1 %2.").arg(table, what));
}

} // namespace

Outcome<CaseSnapshot> CaseSnapshot::read(const QSqlDatabase &db, qint64 caseId)
{
    CaseSnapshot snapshot;
    for (const TableSpec &spec : tables()) {
        const QString table = QLatin1String(spec.name);
        auto columns = columnsOf(db, table);
        if (!columns.ok())
            return columns.failure();
        QStringList names;
        for (const Column &c : columns.value())
            names << c.name;
        SqlQuery q(db,
            u"SELECT %1 FROM %2 WHERE %3"_s.arg(
                names.join(u", "_s), table, QLatin1String(spec.where)));
        q.bind(u":case"_s, caseId);
        if (auto st = q.exec(); !st.ok())
            return Failure::other(st.error());
        QJsonArray rows;
        while (q.next()) {
            QJsonObject row;
            for (int i = 0; i < names.size(); ++i)
                row.insert(names.at(i), jsonValue(q.value(i)));
            rows.append(row);
        }
        if (table == u"cases"_s && rows.size() != 1)
            return Failure::input(Text::tr("There is no case %1.").arg(caseId));
        snapshot.m_tables.insert(table, rows);
    }
    return snapshot;
}

QByteArray CaseSnapshot::toJson() const
{
    return QJsonDocument(QJsonObject { { u"tables"_s, m_tables } }).toJson(QJsonDocument::Indented);
}

QJsonObject CaseSnapshot::counts() const
{
    QJsonObject counts;
    for (auto it = m_tables.begin(); it != m_tables.end(); ++it)
        counts.insert(it.key(), it.value().toArray().size());
    return counts;
}

namespace {
QSet<QString> hashesOf(const QJsonObject &tables, const QString &table)
{
    QSet<QString> hashes;
    for (const QJsonValue row : tables.value(table).toArray())
        hashes.insert(row.toObject().value(u"sha256"_s).toString());
    return hashes;
}
} // namespace

QSet<QString> CaseSnapshot::exhibitHashes() const
{
    return hashesOf(m_tables, u"evidence_items"_s);
}

QSet<QString> CaseSnapshot::documentHashes() const
{
    return hashesOf(m_tables, u"documents"_s);
}

CaseSnapshot CaseSnapshot::fromTables(QJsonObject tables)
{
    CaseSnapshot snapshot;
    snapshot.m_tables = std::move(tables);
    return snapshot;
}

QString CaseSnapshot::title() const
{
    return m_tables.value(u"cases"_s).toArray().first().toObject().value(u"title"_s).toString();
}

namespace {

// One table of case.json: an array of flat objects whose columns this library knows, each
// row's id unique, each reference to a row the bundle holds (or null).
Failure checkTable(const QSqlDatabase &db, const TableSpec &spec, const QJsonValue &value,
    QHash<QString, QSet<qint64>> &ids, bool *ok)
{
    *ok = false;
    const QString table = QLatin1String(spec.name);
    if (!value.isArray() && !value.isUndefined())
        return Failure::integrity(Text::tr("case.json: %1 is not a list of rows.").arg(table));
    auto columns = columnsOf(db, table);
    if (!columns.ok())
        return columns.failure();
    QSet<QString> known;
    for (const Column &c : columns.value())
        known.insert(c.name);
    QSet<qint64> &own = ids[table];
    for (const QJsonValue rowValue : value.toArray()) {
        if (!rowValue.isObject())
            return badRow(table, Text::tr("is not an object"));
        const QJsonObject row = rowValue.toObject();
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (!known.contains(it.key()))
                return badRow(table,
                    Text::tr("has the column \"%1\", which this library does not know")
                        .arg(it.key()));
            if (it.value().isObject() || it.value().isArray())
                return badRow(table, Text::tr("holds a list or object in \"%1\"").arg(it.key()));
        }
        if (spec.hasId) {
            const double id = row.value(u"id"_s).toDouble(0);
            if (id < 1 || id != double(qint64(id)) || own.contains(qint64(id)))
                return badRow(table, Text::tr("has no id of its own"));
            own.insert(qint64(id));
        }
        for (const Ref &ref : spec.refs) {
            const QJsonValue target = row.value(QLatin1String(ref.column));
            if (target.isNull() || target.isUndefined()) {
                if (QLatin1String(ref.table) == u"cases"_s || !spec.hasId)
                    return badRow(table, Text::tr("lacks its %1").arg(QLatin1String(ref.column)));
                continue;
            }
            if (!ids.value(QLatin1String(ref.table)).contains(target.toInteger(-1)))
                return badRow(table,
                    Text::tr("refers to a row of %1 the bundle does not hold")
                        .arg(QLatin1String(ref.table)));
        }
        if (table == u"evidence_items"_s || table == u"documents"_s) {
            if (!BlobStore::isSha256(row.value(u"sha256"_s).toString()))
                return badRow(table, Text::tr("has no valid SHA-256"));
        }
    }
    *ok = true;
    return {};
}

} // namespace

Outcome<CaseSnapshot> CaseSnapshot::fromJson(const QByteArray &bytes, const QSqlDatabase &db)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject() || !doc.object().value(u"tables"_s).isObject())
        return Failure::integrity(
            Text::tr("case.json is not a Habeas case: %1").arg(parseError.errorString()));
    CaseSnapshot snapshot;
    snapshot.m_tables = doc.object().value(u"tables"_s).toObject();
    for (auto it = snapshot.m_tables.begin(); it != snapshot.m_tables.end(); ++it)
        if (!specFor(it.key()))
            return Failure::input(
                Text::tr("case.json holds the table \"%1\", which this Habeas does not know.")
                    .arg(it.key()));
    if (snapshot.m_tables.value(u"cases"_s).toArray().size() != 1)
        return Failure::integrity(Text::tr("case.json does not hold exactly one case."));
    QHash<QString, QSet<qint64>> ids;
    for (const TableSpec &spec : tables()) {
        bool ok = false;
        Failure f =
            checkTable(db, spec, snapshot.m_tables.value(QLatin1String(spec.name)), ids, &ok);
        if (!ok)
            return f;
    }
    // The deferred reference: an agent represents a party of the same case.
    for (const QJsonValue row : snapshot.m_tables.value(u"parties"_s).toArray()) {
        const QJsonValue target = row.toObject().value(QLatin1String(kDeferred));
        if (!target.isNull() && !target.isUndefined()
            && !ids.value(u"parties"_s).contains(target.toInteger(-1)))
            return badRow(
                u"parties"_s, Text::tr("refers to a row of parties the bundle does not hold"));
    }
    return snapshot;
}

namespace {

QVariant sqlValue(const QJsonValue &v, const Column &column)
{
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (column.integer && d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    return v.toString();
}

Outcome<qint64> insertRow(const QSqlDatabase &db, const TableSpec &spec, const QJsonObject &row,
    const QHash<QString, Column> &columns, QHash<QString, QHash<qint64, qint64>> &idMap)
{
    const QString table = QLatin1String(spec.name);
    QStringList names;
    QVariantList values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.key() == u"id"_s || (table == u"parties"_s && it.key() == QLatin1String(kDeferred)))
            continue;
        QVariant value = sqlValue(it.value(), columns.value(it.key()));
        for (const Ref &ref : spec.refs)
            if (it.key() == QLatin1String(ref.column) && !value.isNull())
                value = idMap.value(QLatin1String(ref.table)).value(value.toLongLong());
        names << it.key();
        values << value;
    }
    QStringList placeholders;
    for (int i = 0; i < names.size(); ++i)
        placeholders << u":v%1"_s.arg(i);
    SqlQuery q(db,
        u"INSERT INTO %1 (%2) VALUES (%3)%4"_s.arg(table, names.join(u", "_s),
            placeholders.join(u", "_s), spec.hasId ? u" RETURNING id"_s : QString()));
    for (int i = 0; i < names.size(); ++i)
        q.bind(placeholders.at(i), values.at(i));
    if (auto st = q.exec(); !st.ok())
        return Failure::integrity(Text::tr("case.json: the library refuses a row of %1: %2")
                                      .arg(table, st.error().message));
    return spec.hasId ? q.returnedId() : 0;
}

} // namespace

Outcome<qint64> CaseSnapshot::insert(const QSqlDatabase &db) const
{
    QHash<QString, QHash<qint64, qint64>> idMap;
    for (const TableSpec &spec : tables()) {
        const QString table = QLatin1String(spec.name);
        auto columns = columnsOf(db, table);
        if (!columns.ok())
            return columns.failure();
        QHash<QString, Column> byName;
        for (const Column &c : columns.value())
            byName.insert(c.name, c);
        for (const QJsonValue rowValue : m_tables.value(table).toArray()) {
            const QJsonObject row = rowValue.toObject();
            auto id = insertRow(db, spec, row, byName, idMap);
            if (!id.ok())
                return id.failure();
            if (spec.hasId)
                idMap[table].insert(row.value(u"id"_s).toInteger(), id.value());
        }
    }
    const QHash<qint64, qint64> &parties = idMap.value(u"parties"_s);
    for (const QJsonValue rowValue : m_tables.value(u"parties"_s).toArray()) {
        const QJsonObject row = rowValue.toObject();
        const QJsonValue target = row.value(QLatin1String(kDeferred));
        if (target.isNull() || target.isUndefined())
            continue;
        SqlQuery q(db, u"UPDATE parties SET represents_id = :to WHERE id = :id"_s);
        q.bind(u":to"_s, parties.value(target.toInteger()))
            .bind(u":id"_s, parties.value(row.value(u"id"_s).toInteger()));
        if (auto st = q.exec(); !st.ok())
            return Failure::other(st.error());
    }
    return idMap.value(u"cases"_s).begin().value();
}

} // namespace habeas::bundle
