#include "cases/casestore.h"

#include "core/clock.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/rowversion.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/trashmove.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

QString caseColumns(const QSqlDatabase &db)
{
    const QString names = sqlGroupConcat(db, u"name"_s, u"、"_s);
    return u"c.id, c.title, c.kind, c.stage, c.case_number, c.court, c.cause, c.filed_on, c.notes, "
           "c.created_at, c.updated_at, c.trashed_at, "
           "(SELECT %1 FROM (SELECT name FROM parties p WHERE p.case_id = c.id "
           "  AND p.trashed_at IS NULL AND p.role IN ('plaintiff', 'public-interest-plaintiff') "
           "ORDER BY position, id) AS n), "
           "(SELECT %1 FROM (SELECT name FROM parties p WHERE p.case_id = c.id "
           "  AND p.trashed_at IS NULL AND p.role = 'defendant' ORDER BY position, id) AS n), "
           "c.closed_on, c.public_interest_form, c.procuratorate_number, c.row_version, c.updated_by "_s
               .arg(names);
}

CaseRecord caseFrom(const SqlQuery &q)
{
    CaseRecord c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.kind = caseKindFromId(q.value(2).toString()).value_or(CaseKind::Private);
    c.stage = caseStageFromId(q.value(3).toString()).value_or(CaseStage::Intake);
    c.number = q.value(4).toString();
    c.court = q.value(5).toString();
    c.cause = q.value(6).toString();
    c.filedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    c.notes = q.value(8).toString();
    c.createdAt = q.value(9).toString();
    c.updatedAt = q.value(10).toString();
    c.trashedAt = q.value(11).toString();
    c.closedOn = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    if (c.kind == CaseKind::PublicInterest && q.value(15).toString() == u"criminal-incidental")
        c.kind = CaseKind::CriminalIncidentalPublicInterest;
    c.procuratorateNumber = q.value(16).toString();
    c.rowVersion = q.value(17).toLongLong();
    c.updatedBy = q.value(18).toString();
    const QString plaintiffs = q.value(12).toString();
    const QString defendants = q.value(13).toString();
    if (!plaintiffs.isEmpty() || !defendants.isEmpty())
        c.partiesSummary = QCoreApplication::translate("habeas::CaseStore", "%1 v. %2")
                               .arg(plaintiffs.isEmpty() ? u"—"_s : plaintiffs,
                                   defendants.isEmpty() ? u"—"_s : defendants);
    return c;
}

const QString kPartyColumns =
    u"id, case_id, role, type, position, name, sex, birth_date, ethnicity, occupation, employer, "
    u"address, "
    "id_number, uscc, legal_rep, legal_rep_title, phone, represents_id, created_at, updated_at, "
    "trashed_at, "
    "agency, relation, authority, special_powers, row_version, updated_by "_s;

QString caseLabel(const CaseRecord &c)
{
    return QCoreApplication::translate("habeas::CaseStore", "the case “%1”").arg(c.title);
}

QString partyLabel(const PartyRecord &p)
{
    return QCoreApplication::translate("habeas::CaseStore", "the party “%1”").arg(p.name);
}

PartyRecord partyFrom(const SqlQuery &q)
{
    PartyRecord p;
    p.id = q.value(0).toLongLong();
    p.caseId = q.value(1).toLongLong();
    p.role = partyRoleFromId(q.value(2).toString()).value_or(PartyRole::Plaintiff);
    p.type = partyTypeFromId(q.value(3).toString()).value_or(PartyType::Person);
    p.position = q.value(4).toInt();
    p.name = q.value(5).toString();
    p.sex = sexFromId(q.value(6).toString()).value_or(Sex::Unspecified);
    p.birthDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    p.ethnicity = q.value(8).toString();
    p.occupation = q.value(9).toString();
    p.employer = q.value(10).toString();
    p.address = q.value(11).toString();
    p.idNumber = q.value(12).toString();
    p.uscc = q.value(13).toString();
    p.legalRep = q.value(14).toString();
    p.legalRepTitle = q.value(15).toString();
    p.phone = q.value(16).toString();
    p.representsId = q.value(17).toLongLong();
    p.createdAt = q.value(18).toString();
    p.updatedAt = q.value(19).toString();
    p.trashedAt = q.value(20).toString();
    p.agency = agencyFromId(q.value(21).toString()).value_or(Agency::Entrusted);
    p.relation = q.value(22).toString();
    p.authority = authorityFromId(q.value(23).toString()).value_or(Authority::Unset);
    p.specialPowers = q.value(24).toString().split(u',', Qt::SkipEmptyParts);
    p.rowVersion = q.value(25).toLongLong();
    p.updatedBy = q.value(26).toString();
    return p;
}

void bindParty(SqlQuery &q, const PartyRecord &p)
{
    q.bind(u":role"_s, toId(p.role))
        .bind(u":type"_s, toId(p.type))
        .bind(u":name"_s, textValue(p.name))
        .bind(u":sex"_s, nullIfEmpty(toId(p.sex)))
        .bind(u":birth"_s, dateOrNull(p.birthDate))
        .bind(u":ethnicity"_s, textValue(p.ethnicity))
        .bind(u":occupation"_s, textValue(p.occupation))
        .bind(u":employer"_s, textValue(p.employer))
        .bind(u":address"_s, textValue(p.address))
        .bind(u":idNumber"_s, textValue(p.idNumber.toUpper()))
        .bind(u":uscc"_s, textValue(p.uscc.toUpper()))
        .bind(u":legalRep"_s, textValue(p.legalRep))
        .bind(u":legalRepTitle"_s, textValue(p.legalRepTitle))
        .bind(u":phone"_s, textValue(p.phone))
        .bind(u":represents"_s,
            p.representsId ? QVariant(p.representsId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(u":agency"_s, toId(p.agency))
        .bind(u":relation"_s, textValue(p.relation))
        .bind(u":authority"_s, textValue(toId(p.authority)))
        .bind(u":powers"_s, textValue(p.specialPowers.join(u',')));
}

QJsonArray changedPartyFields(const PartyRecord &a, const PartyRecord &b)
{
    // Field names only: the audit log records what changed, not the personal data itself.
    QJsonArray fields;
    const auto add = [&](bool differs, const char16_t *name) {
        if (differs)
            fields.append(QString::fromUtf16(name));
    };
    add(a.role != b.role, u"role");
    add(a.type != b.type, u"type");
    add(a.name != b.name, u"name");
    add(a.sex != b.sex, u"sex");
    add(a.birthDate != b.birthDate, u"birth-date");
    add(a.ethnicity != b.ethnicity, u"ethnicity");
    add(a.occupation != b.occupation, u"occupation");
    add(a.employer != b.employer, u"employer");
    add(a.address != b.address, u"address");
    add(a.idNumber != b.idNumber, u"id-number");
    add(a.uscc != b.uscc, u"uscc");
    add(a.legalRep != b.legalRep, u"legal-rep");
    add(a.legalRepTitle != b.legalRepTitle, u"legal-rep-title");
    add(a.phone != b.phone, u"phone");
    add(a.representsId != b.representsId, u"represents");
    add(a.agency != b.agency, u"agency");
    add(a.relation != b.relation, u"relation");
    add(a.authority != b.authority, u"authority");
    add(a.specialPowers != b.specialPowers, u"special-powers");
    return fields;
}

// The kind as stored: both public-interest kinds are 'public-interest', the form apart.
QString storedKind(CaseKind kind)
{
    return toId(isPublicInterest(kind) ? CaseKind::PublicInterest : kind);
}

QString storedForm(CaseKind kind)
{
    return kind == CaseKind::CriminalIncidentalPublicInterest ? u"criminal-incidental"_s
                                                              : QString();
}

// The columns a case's insert and update both write, bound from the record.
SqlQuery &bindCase(SqlQuery &q, const CaseRecord &record)
{
    return q.bind(u":title"_s, textValue(record.title))
        .bind(u":kind"_s, storedKind(record.kind))
        .bind(u":form"_s, textValue(storedForm(record.kind)))
        .bind(u":procuratorate"_s, textValue(record.procuratorateNumber))
        .bind(u":stage"_s, toId(record.stage))
        .bind(u":number"_s, textValue(record.number))
        .bind(u":court"_s, textValue(record.court))
        .bind(u":cause"_s, textValue(record.cause))
        .bind(u":filed"_s, dateOrNull(record.filedOn))
        .bind(u":closed"_s, dateOrNull(record.closedOn))
        .bind(u":notes"_s, textValue(record.notes));
}

} // namespace

CaseStore::CaseStore(Library &library)
    : m_library(library)
{
}

Status CaseStore::rejectInvalid(const QList<FieldProblem> &problems) const
{
    if (problems.isEmpty())
        return {};
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << p.message;
    return Error::input(lines.join(u' '));
}

Result<qint64> CaseStore::createCase(const CaseRecord &record)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st.error();
    if (auto st = rejectInvalid(validateCase(record)); !st.ok())
        return st.error();
    const QSqlDatabase db = m_library.database();
    qint64 id = 0;
    const Status st = inTransaction(db, [&]() -> Status {
        const QString now = Clock::isoNow();
        SqlQuery q(db,
            u"INSERT INTO cases (title, kind, stage, case_number, court, cause, filed_on, "
            "closed_on, notes, created_at, updated_at, public_interest_form, procuratorate_number) "
            "VALUES (:title, :kind, :stage, :number, :court, :cause, :filed, :closed, :notes, "
            ":now, :now, :form, :procuratorate) RETURNING id"_s);
        bindCase(q, record).bind(u":now"_s, now);
        if (auto e = q.exec(); !e.ok())
            return e;
        id = q.returnedId();
        return m_library.audit().append(
            id, u"case.create"_s, u"case"_s, id, { { u"title"_s, record.title.trimmed() } });
    });
    if (!st.ok())
        return st.error();
    emit caseChanged(id);
    return id;
}

Result<qint64> CaseStore::updateCase(const CaseRecord &record)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st.error();
    if (auto st = rejectInvalid(validateCase(record)); !st.ok())
        return st.error();
    const auto before = caseById(record.id);
    if (!before.ok())
        return before.error();
    const QString what = caseLabel(*before);
    if (auto st = checkSeen(record.rowVersion, { before->rowVersion, before->updatedBy }, what);
        !st.ok())
        return st.error();
    if (before->sameContent(record))
        return before->rowVersion;
    const QSqlDatabase db = m_library.database();
    const Status st = inTransaction(
        db,
        [&]() -> Status {
            SqlQuery q(db,
                u"UPDATE cases SET title = :title, kind = :kind, stage = :stage, case_number = "
                u":number, "
                "court = :court, cause = :cause, filed_on = :filed, closed_on = :closed, notes = "
                ":notes, public_interest_form = :form, procuratorate_number = :procuratorate, "
                "updated_at = :now"_s
                    + kVersionedWhere);
            bindCase(q, record);
            if (auto e = execVersioned(q, record.id, before->rowVersion, what); !e.ok())
                return e;
            QJsonArray fields;
            const CaseRecord &b = *before;
            if (b.title != record.title)
                fields.append(u"title"_s);
            if (b.kind != record.kind)
                fields.append(u"kind"_s);
            if (b.stage != record.stage)
                fields.append(u"stage"_s);
            if (b.number != record.number)
                fields.append(u"number"_s);
            if (b.procuratorateNumber != record.procuratorateNumber)
                fields.append(u"procuratorate-number"_s);
            if (b.court != record.court)
                fields.append(u"court"_s);
            if (b.cause != record.cause)
                fields.append(u"cause"_s);
            if (b.filedOn != record.filedOn)
                fields.append(u"filed-on"_s);
            if (b.closedOn != record.closedOn)
                fields.append(u"closed-on"_s);
            if (b.notes != record.notes)
                fields.append(u"notes"_s);
            return m_library.audit().append(
                record.id, u"case.edit"_s, u"case"_s, record.id, { { u"fields"_s, fields } });
        },
        [&] { emit caseChanged(record.id); });
    return versionAfter(st, before->rowVersion);
}

Status CaseStore::setCaseTrashed(qint64 id, bool trashed)
{
    const auto before = m_library.whenWritable([&] { return caseById(id); });
    if (!before.ok())
        return before.error();
    if (auto st = refuseSameTrashState(before->isTrashed(), trashed,
            QCoreApplication::translate("habeas::CaseStore", "Case %1 is already in the trash.")
                .arg(id),
            QCoreApplication::translate("habeas::CaseStore", "Case %1 is not in the trash.")
                .arg(id));
        !st.ok())
        return st;
    return moveTrash(m_library,
        { u"cases"_s, id, trashed, id, trashed ? u"case.trash"_s : u"case.restore"_s, u"case"_s,
            { { u"title"_s, before->title } } },
        [&] { emit caseChanged(id); });
}

Status CaseStore::trashCase(qint64 id)
{
    return setCaseTrashed(id, true);
}
Status CaseStore::restoreCase(qint64 id)
{
    return setCaseTrashed(id, false);
}

Status CaseStore::purgeCase(qint64 id)
{
    const auto before = m_library.whenWritable([&] { return caseById(id); });
    if (!before.ok())
        return before.error();
    if (!before->isTrashed())
        return Error::input(QCoreApplication::translate("habeas::CaseStore",
            "Only a case in the trash can be deleted for good; move case %1 to the trash first.")
                                .arg(id));
    const QSqlDatabase db = m_library.database();
    return inTransaction(
        db,
        [&]() -> Status {
            SqlQuery q(db, u"DELETE FROM cases WHERE id = :id"_s);
            q.bind(u":id"_s, id);
            if (auto e = q.exec(); !e.ok())
                return e;
            return m_library.audit().append(
                id, u"case.purge"_s, u"case"_s, id, { { u"title"_s, before->title } });
        },
        [&] { emit caseRemoved(id); });
}

Result<CaseRecord> CaseStore::caseById(qint64 id) const
{
    return rowById(m_library.database(),
        u"SELECT "_s + caseColumns(m_library.database()) + u"FROM cases c WHERE c.id = :id"_s, id,
        Error::notFound(
            QCoreApplication::translate("habeas::CaseStore", "There is no case %1 in this library.")
                .arg(id)),
        caseFrom);
}

Result<QList<CaseRecord>> CaseStore::listCases(Trash trash) const
{
    QString where;
    if (trash == Trash::Exclude)
        where = u"WHERE c.trashed_at IS NULL "_s;
    else if (trash == Trash::Only)
        where = u"WHERE c.trashed_at IS NOT NULL "_s;
    SqlQuery q(m_library.database(),
        u"SELECT "_s + caseColumns(m_library.database()) + u"FROM cases c "_s + where
            + u"ORDER BY c.id"_s);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<CaseRecord> cases;
    while (q.next())
        cases << caseFrom(q);
    return cases;
}

Result<qint64> CaseStore::addParty(const PartyRecord &record)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st.error();
    if (auto st = rejectInvalid(validateParty(record)); !st.ok())
        return st.error();
    const auto owner = caseById(record.caseId);
    if (!owner.ok())
        return owner.error();
    if (owner->isTrashed())
        return Error::input(QCoreApplication::translate(
            "habeas::CaseStore", "Case %1 is in the trash; restore it before adding parties.")
                                .arg(record.caseId));
    if (auto st = checkRepresentation(record); !st.ok())
        return st.error();
    const QSqlDatabase db = m_library.database();
    qint64 id = 0;
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery q(db,
            u"INSERT INTO parties (case_id, role, type, position, name, sex, birth_date, "
            u"ethnicity, "
            "occupation, employer, address, id_number, uscc, legal_rep, legal_rep_title, phone, "
            "represents_id, agency, relation, authority, special_powers, created_at, updated_at) "
            "VALUES (:case, :role, :type, "
            "(SELECT coalesce(max(position), 0) + 1 FROM parties WHERE case_id = :case), :name, "
            ":sex, "
            ":birth, :ethnicity, :occupation, :employer, :address, :idNumber, :uscc, :legalRep, "
            ":legalRepTitle, :phone, :represents, :agency, :relation, :authority, :powers, :now, "
            ":now) RETURNING id"_s);
        bindParty(q, record);
        q.bind(u":case"_s, record.caseId).bind(u":now"_s, Clock::isoNow());
        if (auto e = q.exec(); !e.ok())
            return e;
        id = q.returnedId();
        return m_library.audit().append(record.caseId, u"party.add"_s, u"party"_s, id,
            { { u"role"_s, toId(record.role) }, { u"name"_s, record.name.trimmed() } });
    });
    if (!st.ok())
        return st.error();
    emit partiesChanged(record.caseId);
    emit caseChanged(record.caseId);
    return id;
}

Result<qint64> CaseStore::updateParty(const PartyRecord &record)
{
    const auto before = m_library.whenWritable([&] { return partyById(record.id); });
    if (!before.ok())
        return before.error();
    const QString what = partyLabel(*before);
    if (auto st = checkSeen(record.rowVersion, { before->rowVersion, before->updatedBy }, what);
        !st.ok())
        return st.error();
    if (auto st = rejectInvalid(validateParty(record)); !st.ok())
        return st.error();
    if (before->sameContent(record))
        return before->rowVersion;
    if (auto st = checkRepresentation(record); !st.ok())
        return st.error();
    const QSqlDatabase db = m_library.database();
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery q(db,
            u"UPDATE parties SET role = :role, type = :type, name = :name, sex = :sex, "
            "birth_date = :birth, ethnicity = :ethnicity, occupation = :occupation, employer = "
            ":employer, "
            "address = :address, id_number = :idNumber, uscc = :uscc, legal_rep = :legalRep, "
            "legal_rep_title = :legalRepTitle, phone = :phone, represents_id = :represents, "
            "agency = :agency, relation = :relation, authority = :authority, "
            "special_powers = :powers, updated_at = :now"_s
                + kVersionedWhere);
        bindParty(q, record);
        if (auto e = execVersioned(q, record.id, before->rowVersion, what); !e.ok())
            return e;
        return m_library.audit().append(before->caseId, u"party.edit"_s, u"party"_s, record.id,
            { { u"fields"_s, changedPartyFields(*before, record) } });
    });
    if (!st.ok())
        return st.error();
    emit partiesChanged(before->caseId);
    emit caseChanged(before->caseId);
    return before->rowVersion + 1;
}

// An agent's principal is a party of the same case, a statutory agent's a natural person; a
// party entrusts at most two agents (CPL 61).
Status CaseStore::checkRepresentation(const PartyRecord &record) const
{
    if (record.role != PartyRole::Agent || !record.representsId)
        return {};
    const auto principal = partyById(record.representsId);
    if (!principal.ok() || principal->caseId != record.caseId)
        return Error::input(
            QCoreApplication::translate("habeas::CaseStore", "Party %1 is not a party of case %2.")
                .arg(record.representsId)
                .arg(record.caseId));
    if (record.isStatutoryAgent() && principal->type != PartyType::Person)
        return Error::input(QCoreApplication::translate("habeas::CaseStore",
            "%1 is an organisation; only a natural person has a statutory agent.")
                                .arg(principal->name));
    if (!record.isEntrustedAgent())
        return {};
    const auto all = parties(record.caseId);
    if (!all.ok())
        return all.error();
    int entrusted = 0;
    for (const PartyRecord &p : all.value())
        if (p.id != record.id && p.isEntrustedAgent() && p.representsId == record.representsId)
            ++entrusted;
    if (entrusted >= kMaxEntrustedAgents)
        return Error::input(QCoreApplication::translate("habeas::CaseStore",
            "%1 already has two agents ad litem; a party may entrust one or two (CPL Art. 61). "
            "Remove one before adding %2.")
                                .arg(principal->name, record.name.trimmed()));
    return {};
}

Status CaseStore::setPartyTrashed(qint64 id, bool trashed)
{
    const auto before = m_library.whenWritable([&] { return partyById(id); });
    if (!before.ok())
        return before.error();
    if (auto st = refuseSameTrashState(before->isTrashed(), trashed,
            QCoreApplication::translate("habeas::CaseStore", "Party %1 is already removed.")
                .arg(id),
            QCoreApplication::translate("habeas::CaseStore", "Party %1 is not removed.").arg(id));
        !st.ok())
        return st;
    if (!trashed)
        if (auto st = checkRepresentation(*before); !st.ok())
            return st;
    return moveTrash(m_library,
        { u"parties"_s, id, trashed, before->caseId,
            trashed ? u"party.remove"_s : u"party.restore"_s, u"party"_s,
            { { u"name"_s, before->name } } },
        [&] {
            emit partiesChanged(before->caseId);
            emit caseChanged(before->caseId);
        });
}

Status CaseStore::trashParty(qint64 id)
{
    return setPartyTrashed(id, true);
}
Status CaseStore::restoreParty(qint64 id)
{
    return setPartyTrashed(id, false);
}

Result<PartyRecord> CaseStore::partyById(qint64 id) const
{
    return rowById(m_library.database(),
        u"SELECT "_s + kPartyColumns + u"FROM parties WHERE id = :id"_s, id,
        Error::notFound(QCoreApplication::translate(
            "habeas::CaseStore", "There is no party %1 in this library.")
                            .arg(id)),
        partyFrom);
}

Result<QList<PartyRecord>> CaseStore::parties(qint64 caseId, Trash trash) const
{
    QString where = u"WHERE case_id = :case "_s;
    if (trash == Trash::Exclude)
        where += u"AND trashed_at IS NULL "_s;
    else if (trash == Trash::Only)
        where += u"AND trashed_at IS NOT NULL "_s;
    SqlQuery q(m_library.database(),
        u"SELECT "_s + kPartyColumns + u"FROM parties "_s + where + u"ORDER BY position, id"_s);
    q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<PartyRecord> list;
    while (q.next())
        list << partyFrom(q);
    return list;
}

} // namespace habeas
