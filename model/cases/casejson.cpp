#include "cases/casejson.h"

#include "storage/auditlog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}
QJsonValue idValue(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}
} // namespace

QJsonObject toJson(const CaseRecord &c)
{
    QJsonObject o {
        { u"id"_s, c.id },
        { u"title"_s, c.title },
        { u"kind"_s, toId(c.kind) },
        { u"stage"_s, toId(c.stage) },
        { u"number"_s, c.number },
        { u"court"_s, c.court },
        { u"cause"_s, c.cause },
        { u"filedOn"_s, dateValue(c.filedOn) },
        { u"closedOn"_s, dateValue(c.closedOn) },
        { u"notes"_s, c.notes },
        { u"parties"_s, c.partiesSummary },
        { u"createdAt"_s, c.createdAt },
        { u"updatedAt"_s, c.updatedAt },
        { u"trashed"_s, c.isTrashed() },
    };
    if (isPublicInterest(c.kind))
        o.insert(u"procuratorateNumber"_s, c.procuratorateNumber);
    return o;
}

QJsonObject toJson(const PartyRecord &p)
{
    QJsonObject o {
        { u"id"_s, p.id },
        { u"caseId"_s, p.caseId },
        { u"role"_s, toId(p.role) },
        { u"type"_s, toId(p.type) },
        { u"position"_s, p.position },
        { u"name"_s, p.name },
        { u"address"_s, p.address },
        { u"phone"_s, p.phone },
        { u"represents"_s, idValue(p.representsId) },
        { u"trashed"_s, p.isTrashed() },
    };
    if (p.type == PartyType::Person) {
        o.insert(u"sex"_s, p.sex == Sex::Unspecified ? QJsonValue() : QJsonValue(toId(p.sex)));
        o.insert(u"birthDate"_s, dateValue(p.birthDate));
        o.insert(u"ethnicity"_s, p.ethnicity);
        o.insert(u"occupation"_s, p.occupation);
        o.insert(u"employer"_s, p.employer);
        o.insert(u"idNumber"_s, p.idNumber);
    } else {
        o.insert(u"uscc"_s, p.uscc);
        o.insert(u"legalRep"_s, p.legalRep);
        o.insert(u"legalRepTitle"_s, p.legalRepTitle);
    }
    if (p.role == PartyRole::Agent) {
        o.insert(u"agency"_s, toId(p.agency));
        o.insert(u"relation"_s, p.relation);
        o.insert(u"authority"_s, toId(p.authority));
        o.insert(u"specialPowers"_s, QJsonArray::fromStringList(p.specialPowers));
    }
    return o;
}

QJsonObject toJson(const EventRecord &e)
{
    return {
        { u"id"_s, e.id },
        { u"caseId"_s, e.caseId },
        { u"date"_s, e.date },
        { u"precision"_s, toId(e.precision) },
        { u"text"_s, e.text },
        { u"disputed"_s, e.disputed },
        { u"evidence"_s, idArray(e.evidenceIds) },
    };
}

QJsonObject toJson(const AuditEntry &e)
{
    return {
        { u"id"_s, e.id },
        { u"at"_s, e.at },
        { u"caseId"_s, idValue(e.caseId) },
        { u"action"_s, e.action },
        { u"entity"_s, e.entity },
        { u"entityId"_s, idValue(e.entityId) },
        { u"detail"_s, e.detail },
        { u"hash"_s, e.hash },
    };
}

} // namespace habeas
