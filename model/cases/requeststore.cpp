#include "cases/requeststore.h"

#include "cases/casestore.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

QString toId(ApologyForm form)
{
    switch (form) {
    case ApologyForm::None:
        return {};
    case ApologyForm::Written:
        return u"written"_s;
    case ApologyForm::Public:
        return u"public"_s;
    }
    return {};
}

std::optional<ApologyForm> apologyFormFromId(const QString &id)
{
    for (ApologyForm f : { ApologyForm::None, ApologyForm::Written, ApologyForm::Public })
        if (toId(f) == id)
            return f;
    return std::nullopt;
}

Result<QList<CaseRequest>> RequestStore::requests(qint64 caseId) const
{
    SqlQuery q(m_library.database(),
        u"SELECT position, text, demand, apology_form, apology_medium, apology_days "
        "FROM case_requests WHERE case_id = :case ORDER BY position"_s);
    q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<CaseRequest> list;
    while (q.next()) {
        CaseRequest r;
        r.position = q.value(0).toInt();
        r.text = q.value(1).toString();
        r.demand = q.value(2).toString();
        r.apology = apologyFormFromId(q.value(3).toString()).value_or(ApologyForm::None);
        r.apologyMedium = q.value(4).toString();
        r.apologyDays = q.value(5).toInt();
        list << r;
    }
    return list;
}

Status RequestStore::setDemand(qint64 caseId, int position, const QString &demand)
{
    const auto list = m_library.whenWritable([&] { return requests(caseId); });
    if (!list.ok())
        return list.error();
    if (position < 1 || position > list->size())
        return Error::input(QCoreApplication::translate(
            "habeas::RequestStore", "Case %1 has no request %2 (it has %3).")
                                .arg(caseId)
                                .arg(position)
                                .arg(list->size()));
    QString text = demand.trimmed();
    while (text.endsWith(u'；') || text.endsWith(u';') || text.endsWith(u'。'))
        text.chop(1);
    const QSqlDatabase db = m_library.database();
    return inTransaction(db, [&]() -> Status {
        SqlQuery q(db,
            u"UPDATE case_requests SET demand = :d WHERE case_id = :case AND position = :pos"_s);
        q.bind(u":d"_s, textValue(text)).bind(u":case"_s, caseId).bind(u":pos"_s, position);
        if (auto e = q.exec(); !e.ok())
            return e;
        return m_library.audit().append(
            caseId, u"requests.demand"_s, u"case"_s, caseId, { { u"position"_s, position } });
    });
}

namespace {

// 被告甲、被告乙 / 原告丙: each name with its role, as the complaint names them.
QString namesOf(const QList<PartyRecord> &parties, PartyRole role, const QString &label)
{
    QStringList names;
    for (const PartyRecord &p : parties)
        if (p.role == role)
            names << label + p.name.trimmed();
    return names.join(u"、"_s);
}

} // namespace

Result<int> RequestStore::addApology(
    qint64 caseId, ApologyForm form, const QString &medium, int days)
{
    const auto parties = m_library.whenWritable([&] { return m_library.cases().parties(caseId); });
    if (!parties.ok())
        return parties.error();
    const QString defendants = namesOf(parties.value(), PartyRole::Defendant, u"被告"_s);
    const QString plaintiffs = namesOf(parties.value(), PartyRole::Plaintiff, u"原告"_s);
    if (form == ApologyForm::None)
        return Error::input(QCoreApplication::translate(
            "habeas::RequestStore", "An apology is written or public (Civil Code Art. 1000)."));
    if (defendants.isEmpty() || plaintiffs.isEmpty())
        return Error::input(QCoreApplication::translate("habeas::RequestStore",
            "Case %1 needs a plaintiff and a defendant before an apology can be requested.")
                                .arg(caseId));
    const QString where = medium.trimmed();
    if (form == ApologyForm::Public && (where.isEmpty() || days <= 0))
        return Error::input(QCoreApplication::translate("habeas::RequestStore",
            "A public apology needs the medium and the number of days it stays published "
            "(Civil Code Art. 1000: proportionate to the conduct and its reach)."));
    if (form == ApologyForm::Written && (!where.isEmpty() || days > 0))
        return Error::input(QCoreApplication::translate("habeas::RequestStore",
            "A written apology has no medium or duration; choose a public apology for those."));
    QString text;
    QString demand;
    if (form == ApologyForm::Written) {
        text = u"判令"_s + defendants + u"向"_s + plaintiffs + u"书面赔礼道歉"_s;
        demand = u"向委托人书面赔礼道歉"_s;
    } else {
        const QString run =
            u"在"_s + where + u"连续"_s + QString::number(days) + u"日刊登致歉声明"_s;
        text = u"判令"_s + defendants + run + u"，向"_s + plaintiffs
            + u"公开赔礼道歉（致歉内容须经法院审核）"_s;
        demand = run + u"，向委托人公开赔礼道歉"_s;
    }
    const QSqlDatabase db = m_library.database();
    int position = 0;
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery next(db,
            u"SELECT coalesce(max(position), 0) + 1 FROM case_requests WHERE case_id = :case"_s);
        next.bind(u":case"_s, caseId);
        if (auto e = next.exec(); !e.ok())
            return e;
        position = next.next() ? next.value(0).toInt() : 1;
        SqlQuery q(db,
            u"INSERT INTO case_requests (case_id, position, text, demand, apology_form, "
            "apology_medium, apology_days) VALUES (:case, :pos, :text, :demand, :form, "
            ":medium, :days)"_s);
        q.bind(u":case"_s, caseId)
            .bind(u":pos"_s, position)
            .bind(u":text"_s, text)
            .bind(u":demand"_s, demand)
            .bind(u":form"_s, toId(form))
            .bind(u":medium"_s, textValue(where))
            .bind(u":days"_s, days > 0 ? QVariant(days) : QVariant(QMetaType::fromType<int>()));
        if (auto e = q.exec(); !e.ok())
            return e;
        return m_library.audit().append(caseId, u"requests.apology"_s, u"case"_s, caseId,
            { { u"position"_s, position }, { u"form"_s, toId(form) } });
    });
    if (!st.ok())
        return st.error();
    return position;
}

} // namespace habeas
