#include "teachingrows.h"

#include "pseudonyms.h"
#include "storage/blobstore.h"
#include "storage/storagebackend.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace habeas::teaching {

namespace {

// Columns that hold no words: identities, hashes, dates, and the schema's fixed vocabularies.
bool structural(const QString &column)
{
    static const QSet<QString> columns { u"sha256"_s, u"bundle_id"_s, u"date"_s, u"from_date"_s,
        u"filed_on"_s, u"closed_on"_s, u"paid_on"_s, u"birth_date"_s, u"captured_at"_s,
        u"media_type"_s, u"role"_s, u"type"_s, u"kind"_s, u"stage"_s, u"precision"_s, u"head"_s,
        u"theory"_s, u"element"_s, u"status"_s, u"origin"_s, u"coefficients"_s, u"factors"_s,
        u"unit"_s, u"template"_s, u"format"_s, u"path"_s, u"agency"_s, u"authority"_s,
        u"special_powers"_s, u"sex"_s, u"expense_kind"_s, u"parse_state"_s, u"ocr_state"_s,
        u"apology_form"_s, u"field"_s };
    return column == u"id"_s || column.endsWith(u"_id"_s) || column.endsWith(u"_at"_s)
        || columns.contains(column);
}

QList<QJsonObject> rows(const QJsonObject &tables, const QString &table)
{
    QList<QJsonObject> list;
    for (const QJsonValue v : tables.value(table).toArray())
        list.append(v.toObject());
    return list;
}

QJsonArray toArray(const QList<QJsonObject> &list)
{
    QJsonArray array;
    for (const QJsonObject &o : list)
        array.append(o);
    return array;
}

// Every text of the row through the pseudonyms.
QJsonObject applied(QJsonObject row, const Pseudonyms &p)
{
    for (auto it = row.begin(); it != row.end(); ++it)
        if (it.value().isString() && !structural(it.key()))
            it.value() = p.apply(it.value().toString());
    return row;
}

QJsonObject party(QJsonObject row, const Pseudonyms &p)
{
    const QString name = row.value(u"name"_s).toString();
    const QString legalRep = row.value(u"legal_rep"_s).toString();
    row = applied(row, p);
    if (const QString pseudonym = p.pseudonymOf(name); !pseudonym.isEmpty())
        row.insert(u"name"_s, pseudonym);
    if (const QString pseudonym = p.pseudonymOf(legalRep); !pseudonym.isEmpty())
        row.insert(u"legal_rep"_s, pseudonym);
    for (const char *column : { "id_number", "uscc", "phone" })
        row.insert(QLatin1String(column), QString());
    row.insert(u"birth_date"_s, QJsonValue::Null);
    if (!row.value(u"address"_s).toString().trimmed().isEmpty())
        row.insert(u"address"_s, u"［住址已隐去］"_s);
    return row;
}

QJsonObject exhibit(QJsonObject row, const Pseudonyms &p, const Rendering &r)
{
    row = applied(row, p);
    row.insert(u"sha256"_s, r.sha256);
    row.insert(u"size"_s, r.size);
    row.insert(u"media_type"_s, r.mediaType);
    row.insert(u"original_name"_s, r.fileName);
    row.insert(u"parse_state"_s, u"ok"_s);
    row.insert(u"parse_note"_s, QString());
    row.insert(u"page_count"_s, r.pages);
    return row;
}

} // namespace

QList<ExhibitPlan> exhibitPlans(const QJsonObject &tables, const BlobStorage &blobs)
{
    QList<QJsonObject> items;
    for (const QJsonObject &item : rows(tables, u"evidence_items"_s))
        if (item.value(u"trashed_at"_s).isNull() || item.value(u"trashed_at"_s).isUndefined())
            items << item;
    std::stable_sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const auto key = [](const QJsonObject &o) {
            return std::pair(o.value(u"group_no"_s).toInteger(), o.value(u"seq"_s).toInteger());
        };
        return key(a) < key(b);
    });
    QList<ExhibitPlan> plans;
    for (const QJsonObject &item : items) {
        ExhibitPlan plan;
        plan.evidenceId = item.value(u"id"_s).toInteger();
        plan.exhibit = u"证据%1-%2"_s.arg(item.value(u"group_no"_s).toInteger())
                           .arg(item.value(u"seq"_s).toInteger());
        plan.neutralName = u"E%1"_s.arg(plans.size() + 1);
        plan.sha256 = item.value(u"sha256"_s).toString();
        const auto original = blobs.localFile(plan.sha256); // on a server, a checked copy
        plan.blobPath = original.ok() ? original.value() : QString();
        for (const QJsonObject &a : rows(tables, u"evidence_annotations"_s))
            if (a.value(u"evidence_id"_s).toInteger() == plan.evidenceId
                && a.value(u"kind"_s).toString() == u"redaction"_s
                && a.value(u"trashed_at"_s).isNull())
                plan.boxes[int(a.value(u"page"_s).toInteger()) - 1].append(
                    QRectF(a.value(u"x"_s).toDouble(), a.value(u"y"_s).toDouble(),
                        a.value(u"w"_s).toDouble(), a.value(u"h"_s).toDouble()));
        for (const QJsonObject &page : rows(tables, u"evidence_pages"_s))
            if (page.value(u"evidence_id"_s).toInteger() == plan.evidenceId)
                plan.pages.insert(int(page.value(u"page"_s).toInteger()),
                    { page.value(u"text"_s).toString(), page.value(u"origin"_s).toString() });
        plans << plan;
    }
    return plans;
}

QJsonObject anonymiseTables(const QJsonObject &tables, const Pseudonyms &p,
    const QHash<qint64, Rendering> &renderings, const QString &bundleId)
{
    const auto kept = [&](const QJsonObject &row) {
        const QJsonValue id = row.value(u"evidence_id"_s);
        return id.isNull() || id.isUndefined() || renderings.contains(id.toInteger());
    };
    QJsonObject out;
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const QString table = it.key();
        QList<QJsonObject> list;
        for (QJsonObject row : rows(tables, table)) {
            if (table == u"documents"_s)
                continue;
            if (table == u"evidence_items"_s) {
                const qint64 id = row.value(u"id"_s).toInteger();
                if (renderings.contains(id))
                    list << exhibit(row, p, renderings.value(id));
                continue;
            }
            if (table == u"damages_items"_s && !kept(row))
                row.insert(u"evidence_id"_s, QJsonValue::Null);
            else if (table != u"damages_items"_s && !kept(row))
                continue;
            if (table == u"parties"_s) {
                list << party(row, p);
                continue;
            }
            if (table == u"deadlines"_s)
                row.insert(u"document_id"_s, QJsonValue::Null);
            if (table == u"cases"_s) {
                row.insert(u"case_number"_s, QString());
                row.insert(u"bundle_id"_s, bundleId);
            }
            if (table == u"evidence_pages"_s) {
                const Rendering &r = renderings[row.value(u"evidence_id"_s).toInteger()];
                const int page = int(row.value(u"page"_s).toInteger());
                if (r.visibleText.contains(page))
                    row.insert(u"text"_s, r.visibleText.value(page));
            }
            list << applied(row, p);
        }
        out.insert(table, toArray(list));
    }
    return out;
}

QStringList objectLeaks(const QJsonObject &object, const QString &where, const Pseudonyms &p)
{
    QStringList leaks;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString() || it.key() == u"sha256"_s || it.key() == u"bundle_id"_s)
            continue;
        if (const QString leak = p.leakIn(it.value().toString()); !leak.isEmpty())
            leaks << u"%1 %2: %3"_s.arg(where, it.key(), leak);
    }
    return leaks;
}

QStringList tableLeaks(const QJsonObject &tables, const Pseudonyms &p)
{
    QStringList leaks;
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        int n = 0;
        for (const QJsonObject &row : rows(tables, it.key())) {
            ++n;
            const QJsonValue id = row.value(u"id"_s);
            const QString where =
                u"%1 %2"_s.arg(it.key()).arg(id.isDouble() ? id.toInteger() : qint64(n));
            leaks << objectLeaks(row, where, p);
        }
    }
    return leaks;
}

} // namespace habeas::teaching
