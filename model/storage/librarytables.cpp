#include "storage/librarytables.h"

#include "storage/sql.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace habeas::LibraryTables {

namespace {

bool isPostgres(const QSqlDatabase &db)
{
    return sqlDialect(db) == SqlDialect::Postgres;
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

enum class ValueClass { Integer, Real, Bytes, Text };

ValueClass classOf(const QString &declaredType)
{
    const QString t = declaredType.toUpper();
    if (t.contains(u"INT"_s))
        return ValueClass::Integer;
    if (t.contains(u"REAL"_s) || t.contains(u"DOUBLE"_s) || t.contains(u"FLOA"_s))
        return ValueClass::Real;
    if (t.contains(u"BLOB"_s) || t.contains(u"BYTEA"_s))
        return ValueClass::Bytes;
    return ValueClass::Text;
}

// One value as "<class><length>:<payload>", so that no two rows read alike.
void appendValue(QByteArray &row, const QSqlQuery &q, int column, ValueClass cls)
{
    if (q.isNull(column)) {
        row += "n;";
        return;
    }
    QByteArray payload;
    char tag = 't';
    const QVariant v = q.value(column);
    switch (cls) {
    case ValueClass::Integer:
        tag = 'i';
        payload = QByteArray::number(v.toLongLong());
        break;
    case ValueClass::Real:
        tag = 'r';
        payload = QByteArray::number(v.toDouble(), 'g', 17);
        break;
    case ValueClass::Bytes:
        tag = 'b';
        payload = v.toByteArray();
        break;
    case ValueClass::Text:
        payload = v.toString().toUtf8();
        break;
    }
    row += tag;
    row += QByteArray::number(payload.size());
    row += ':';
    row += payload;
    row += ';';
}

Result<QHash<QString, QStringList>> foreignKeyParents(
    const QSqlDatabase &db, const QStringList &tables)
{
    QHash<QString, QStringList> parents;
    for (const QString &table : tables) {
        SqlQuery q(db,
            isPostgres(db)
                ? u"SELECT DISTINCT c.confrelid::regclass::text FROM pg_constraint c WHERE "
                  "c.contype = 'f' AND c.conrelid = to_regclass(:table)"_s
                : u"SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(:table)"_s);
        q.bind(u":table"_s, table);
        if (auto st = q.exec(); !st.ok())
            return st.error();
        while (q.next()) {
            const QString parent = q.value(0).toString().remove(u'"');
            if (parent != table && tables.contains(parent))
                parents[table] << parent;
        }
    }
    return parents;
}

} // namespace

const QStringList &serverOnly()
{
    static const QStringList names { u"blob_holders"_s, u"evidence_grams"_s };
    return names;
}

Result<QStringList> dataTables(const QSqlDatabase &db)
{
    QStringList names;
    if (isPostgres(db)) {
        const auto all = sqlTables(db);
        if (!all.ok())
            return all.error();
        for (const QString &name : all.value()) {
            if (!serverOnly().contains(name))
                names << name;
        }
        return names;
    }
    // pragma_table_list (SQLite 3.37) tells plain tables from virtual and shadow ones.
    SqlQuery q(db,
        u"SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND "
        "name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<QStringList> inForeignKeyOrder(const QSqlDatabase &db, const QStringList &tables)
{
    const auto parents = foreignKeyParents(db, tables);
    if (!parents.ok())
        return parents.error();
    QStringList remaining = tables;
    std::sort(remaining.begin(), remaining.end());
    QStringList ordered;
    QSet<QString> placed;
    while (!remaining.isEmpty()) {
        const auto ready = std::find_if(remaining.begin(), remaining.end(), [&](const QString &t) {
            const QStringList needs = parents->value(t);
            return std::all_of(
                needs.begin(), needs.end(), [&](const QString &p) { return placed.contains(p); });
        });
        if (ready == remaining.end())
            return Error::library(QCoreApplication::translate("habeas::LibraryTables",
                "The tables %1 reference one another in a cycle; they cannot be copied in order.")
                                      .arg(remaining.join(u", "_s)));
        placed.insert(*ready);
        ordered << *ready;
        remaining.erase(ready);
    }
    return ordered;
}

Result<TableDigest> digest(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    const auto declared = sqlColumns(db, table);
    if (!declared.ok())
        return declared.error();
    QList<ValueClass> classes;
    QStringList selected;
    for (const QString &name : columns) {
        const auto found = std::find_if(
            declared->begin(), declared->end(), [&](const SqlColumn &c) { return c.name == name; });
        classes << classOf(found == declared->end() ? QString() : found->type);
        selected << quoted(name);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + selected.join(u", "_s) + u" FROM "_s + quoted(table)))
        return sqlError(q.lastError());
    QList<QByteArray> rowHashes;
    QByteArray row;
    while (q.next()) {
        row.clear();
        for (int i = 0; i < classes.size(); ++i)
            appendValue(row, q, i, classes.at(i));
        rowHashes << QCryptographicHash::hash(row, QCryptographicHash::Sha256);
    }
    if (q.lastError().isValid())
        return sqlError(q.lastError());
    q.clear();
    std::sort(rowHashes.begin(), rowHashes.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray &h : std::as_const(rowHashes))
        all.addData(h);
    return TableDigest { qint64(rowHashes.size()), all.result().toHex() };
}

} // namespace habeas::LibraryTables
