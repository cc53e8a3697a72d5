#include "damages/damagesstore.h"

#include "cases/casestore.h"
#include "core/clock.h"
#include "evidence/evidencestore.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/rowversion.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/trashmove.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString coefficientsJson(const QList<LabelledCoefficient> &list)
{
    QJsonArray array;
    for (const LabelledCoefficient &c : list)
        array.append(QJsonObject { { u"label"_s, c.label }, { u"factor"_s, c.factor } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<LabelledCoefficient> coefficientsFrom(const QString &json)
{
    QList<LabelledCoefficient> list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue v : array)
        list << LabelledCoefficient { v[u"label"_s].toString(), v[u"factor"_s].toString() };
    return list;
}

QString columns(const QSqlDatabase &db)
{
    return u"id, case_id, head, scenario, position, amount_fen, description, basis, note, records, "
           "per_record_fen, coefficients, factors, expense_kind, paid_on, payee, receipt, "
           "trashed_at, evidence_id, "
           "(SELECT %1 FROM (SELECT party_id FROM damages_defendants d "
           "WHERE d.item_id = damages_items.id ORDER BY party_id) AS d), serious_harm, recipient, "
           "recipient_name, register_basis, row_version, updated_by "_s.arg(
               sqlGroupConcat(db, u"party_id"_s, u","_s));
}

DamagesRecord recordFrom(const SqlQuery &q)
{
    DamagesRecord r;
    r.id = q.value(0).toLongLong();
    r.caseId = q.value(1).toLongLong();
    r.head = headFromId(q.value(2).toString()).value_or(DamagesHead::PropertyLoss);
    r.scenario = q.value(3).toString();
    r.position = q.value(4).toInt();
    r.amountFen = q.value(5).toLongLong();
    r.description = q.value(6).toString();
    r.basis = q.value(7).toString();
    r.note = q.value(8).toString();
    r.records = q.value(9).toLongLong();
    r.perRecordFen = q.value(10).toLongLong();
    r.coefficients = coefficientsFrom(q.value(11).toString());
    for (const QJsonValue v : QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array())
        r.factors << v.toString();
    if (!q.value(13).isNull())
        r.expenseKind = expenseKindFromId(q.value(13).toString());
    r.paidOn = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    r.payee = q.value(15).toString();
    r.receipt = q.value(16).toString();
    r.trashedAt = q.value(17).toString();
    r.evidenceId = q.value(18).toLongLong();
    for (const QString &id : q.value(19).toString().split(u',', Qt::SkipEmptyParts))
        r.defendantIds << id.toLongLong();
    r.seriousHarm = q.value(20).toString();
    r.recipient = recipientFromId(q.value(21).toString()).value_or(Recipient::Unset);
    r.recipientName = q.value(22).toString();
    r.registerBasis = q.value(23).toString();
    r.rowVersion = q.value(24).toLongLong();
    r.updatedBy = q.value(25).toString();
    return r;
}

QString itemLabel(const DamagesRecord &r)
{
    return QCoreApplication::translate("habeas::Damages", "the damages item “%1”")
        .arg(r.description.isEmpty() ? headDisplayName(r.head) : r.description);
}

void bindRecord(SqlQuery &q, const DamagesRecord &r)
{
    q.bind(u":head"_s, headId(r.head))
        .bind(u":scenario"_s, textValue(r.scenario))
        .bind(u":amount"_s, r.amountFen)
        .bind(u":description"_s, textValue(r.description))
        .bind(u":basis"_s, textValue(r.basis))
        .bind(u":note"_s, textValue(r.note))
        .bind(u":records"_s,
            r.records ? QVariant(r.records) : QVariant(QMetaType::fromType<qint64>()))
        .bind(u":perRecord"_s,
            r.perRecordFen ? QVariant(r.perRecordFen) : QVariant(QMetaType::fromType<qint64>()))
        .bind(u":coefficients"_s, coefficientsJson(r.coefficients))
        .bind(u":factors"_s,
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.factors))
                                  .toJson(QJsonDocument::Compact)))
        .bind(u":expenseKind"_s,
            r.expenseKind ? QVariant(toId(*r.expenseKind))
                          : QVariant(QMetaType::fromType<QString>()))
        .bind(u":paidOn"_s,
            r.paidOn.isValid() ? QVariant(r.paidOn.toString(Qt::ISODate))
                               : QVariant(QMetaType::fromType<QString>()))
        .bind(u":payee"_s, textValue(r.payee))
        .bind(u":receipt"_s, textValue(r.receipt))
        .bind(u":seriousHarm"_s, textValue(r.seriousHarm))
        .bind(u":recipient"_s, textValue(toId(r.recipient)))
        .bind(u":recipientName"_s, textValue(r.recipientName))
        .bind(u":registerBasis"_s, textValue(r.registerBasis))
        .bind(u":evidence"_s,
            r.evidenceId ? QVariant(r.evidenceId) : QVariant(QMetaType::fromType<qint64>()));
}

QJsonObject auditDetail(const DamagesRecord &r)
{
    return { { u"head"_s, headId(r.head) }, { u"scenario"_s, r.scenario },
        { u"amountFen"_s, r.amountFen } };
}

} // namespace

DamagesStore::DamagesStore(Library &library)
    : m_library(library)
{
}

Status DamagesStore::check(DamagesRecord &record) const
{
    const auto owner =
        m_library.whenWritable([&] { return m_library.cases().caseById(record.caseId); });
    if (!owner.ok())
        return owner.error();
    if (owner->isTrashed())
        return Error::input(
            QCoreApplication::translate("habeas::Damages", "Case %1 is in the trash.")
                .arg(record.caseId));
    const auto parties = m_library.cases().parties(record.caseId, CaseStore::Trash::Include);
    if (!parties.ok())
        return parties.error();
    record.scenario = record.scenario.trimmed();
    std::sort(record.defendantIds.begin(), record.defendantIds.end());
    record.defendantIds.erase(std::unique(record.defendantIds.begin(), record.defendantIds.end()),
        record.defendantIds.end());
    if (record.evidenceId) {
        const auto exhibit = m_library.evidence().item(record.evidenceId);
        if (!exhibit.ok() || exhibit->caseId != record.caseId || exhibit->isTrashed())
            return Error::input(QCoreApplication::translate(
                "habeas::Damages", "Exhibit %1 is not evidence of this case.")
                                    .arg(record.evidenceId));
    }
    const QList<FieldProblem> problems = validateDamages(record, parties.value());
    if (!problems.isEmpty())
        return Error::input(problems.first().message);
    return {};
}

Status DamagesStore::writeDefendants(qint64 itemId, const QList<qint64> &defendants)
{
    const QSqlDatabase db = m_library.database();
    SqlQuery clear(db, u"DELETE FROM damages_defendants WHERE item_id = :item"_s);
    clear.bind(u":item"_s, itemId);
    if (auto st = clear.exec(); !st.ok())
        return st;
    for (qint64 party : defendants) {
        SqlQuery insert(
            db, u"INSERT INTO damages_defendants (item_id, party_id) VALUES (:item, :party)"_s);
        insert.bind(u":item"_s, itemId).bind(u":party"_s, party);
        if (auto st = insert.exec(); !st.ok())
            return st;
    }
    return {};
}

Result<qint64> DamagesStore::addItem(const DamagesRecord &input)
{
    DamagesRecord record = input;
    if (auto st = check(record); !st.ok())
        return st.error();
    const QSqlDatabase db = m_library.database();
    qint64 id = 0;
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery q(db,
            u"INSERT INTO damages_items (case_id, head, scenario, position, amount_fen, "
            u"description, basis, "
            "note, records, per_record_fen, coefficients, factors, expense_kind, paid_on, payee, "
            "receipt, "
            "evidence_id, serious_harm, recipient, recipient_name, register_basis, created_at, "
            "updated_at) VALUES (:case, :head, :scenario, (SELECT "
            "coalesce(max(position), 0) + 1 "
            "FROM damages_items WHERE case_id = :case), :amount, :description, :basis, :note, "
            ":records, "
            ":perRecord, :coefficients, :factors, :expenseKind, :paidOn, :payee, :receipt, :evidence, :seriousHarm, :recipient, :recipientName, :registerBasis, :now, :now) RETURNING id"_s);
        bindRecord(q, record);
        q.bind(u":case"_s, record.caseId).bind(u":now"_s, Clock::isoNow());
        if (auto e = q.exec(); !e.ok())
            return e;
        id = q.returnedId();
        if (auto e = writeDefendants(id, record.defendantIds); !e.ok())
            return e;
        return m_library.audit().append(
            record.caseId, u"damages.add"_s, u"damages"_s, id, auditDetail(record));
    });
    if (!st.ok())
        return st.error();
    emit damagesChanged(record.caseId);
    return id;
}

Result<qint64> DamagesStore::updateItem(const DamagesRecord &input)
{
    const auto before = item(input.id);
    if (!before.ok())
        return before.error();
    const QString what = itemLabel(*before);
    if (auto st = checkSeen(input.rowVersion, { before->rowVersion, before->updatedBy }, what);
        !st.ok())
        return st.error();
    DamagesRecord record = input;
    record.caseId = before->caseId;
    if (auto st = check(record); !st.ok())
        return st.error();
    if (record.sameContent(before.value()))
        return before->rowVersion;
    const QSqlDatabase db = m_library.database();
    const Status st = inTransaction(
        db,
        [&]() -> Status {
            SqlQuery q(db,
                u"UPDATE damages_items SET head = :head, scenario = :scenario, amount_fen = "
                u":amount, "
                "description = :description, basis = :basis, note = :note, records = :records, "
                "per_record_fen = :perRecord, coefficients = :coefficients, factors = :factors, "
                "expense_kind = :expenseKind, paid_on = :paidOn, payee = :payee, receipt = "
                ":receipt, "
                "evidence_id = :evidence, serious_harm = :seriousHarm, recipient = :recipient, "
                "recipient_name = :recipientName, register_basis = :registerBasis, updated_at = :now"_s
                    + kVersionedWhere);
            bindRecord(q, record);
            if (auto e = execVersioned(q, record.id, before->rowVersion, what); !e.ok())
                return e;
            if (auto e = writeDefendants(record.id, record.defendantIds); !e.ok())
                return e;
            QJsonObject detail = auditDetail(record);
            detail.insert(u"previousAmountFen"_s, before->amountFen);
            return m_library.audit().append(
                record.caseId, u"damages.edit"_s, u"damages"_s, record.id, detail);
        },
        [&] { emit damagesChanged(record.caseId); });
    return versionAfter(st, before->rowVersion);
}

Status DamagesStore::setTrashed(qint64 id, bool trashed)
{
    const auto before = m_library.whenWritable([&] { return item(id); });
    if (!before.ok())
        return before.error();
    if (auto st = refuseSameTrashState(before->isTrashed(), trashed,
            QCoreApplication::translate("habeas::Damages", "Item %1 is already removed.").arg(id),
            QCoreApplication::translate("habeas::Damages", "Item %1 is not removed.").arg(id));
        !st.ok())
        return st;
    return moveTrash(m_library,
        { u"damages_items"_s, id, trashed, before->caseId,
            trashed ? u"damages.remove"_s : u"damages.restore"_s, u"damages"_s,
            auditDetail(before.value()) },
        [&] { emit damagesChanged(before->caseId); });
}

Status DamagesStore::trashItem(qint64 id)
{
    return setTrashed(id, true);
}
Status DamagesStore::restoreItem(qint64 id)
{
    return setTrashed(id, false);
}

Result<DamagesRecord> DamagesStore::item(qint64 id) const
{
    return rowById(m_library.database(),
        u"SELECT "_s + columns(m_library.database()) + u"FROM damages_items WHERE id = :id"_s, id,
        Error::notFound(
            QCoreApplication::translate("habeas::Damages", "There is no damages item %1.").arg(id)),
        recordFrom);
}

Result<QList<DamagesRecord>> DamagesStore::items(qint64 caseId, const QString &scenario) const
{
    SqlQuery q(m_library.database(),
        u"SELECT "_s + columns(m_library.database())
            + u"FROM damages_items WHERE case_id = :case AND trashed_at IS NULL "
              "AND (:scenario = '' OR scenario = :scenario) ORDER BY position, id"_s);
    q.bind(u":case"_s, caseId).bind(u":scenario"_s, textValue(scenario));
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<DamagesRecord> list;
    while (q.next())
        list << recordFrom(q);
    return list;
}

Result<QStringList> DamagesStore::scenarios(qint64 caseId) const
{
    SqlQuery q(m_library.database(),
        u"SELECT DISTINCT scenario FROM damages_items WHERE case_id = :case "
        "AND trashed_at IS NULL ORDER BY scenario"_s);
    q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QStringList names { scenario::kClaimed, scenario::kExpected, scenario::kConservative };
    while (q.next())
        if (!names.contains(q.value(0).toString()))
            names << q.value(0).toString();
    return names;
}

Result<DamagesTotals> DamagesStore::totals(qint64 caseId, const QString &scenarioName) const
{
    const auto list = items(caseId, scenarioName);
    if (!list.ok())
        return list.error();
    QList<DamagesItem> calc;
    for (const DamagesRecord &r : list.value())
        calc << r.toCalcItem();
    DamagesTotals totals = computeTotals(calc, scenarioName);
    totals.warnings << distressWarnings(list.value(), scenarioName);
    return totals;
}

} // namespace habeas
