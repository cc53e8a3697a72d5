#include "cases/publicintereststore.h"

#include "cases/casestore.h"
#include "core/clock.h"
#include "damages/money.h"
#include "deadlines/deadlinerules.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"
#include "validation/identitycodes.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::PublicInterest)
};

constexpr qint64 kMaxFineFen = 1000000000000000;

Status readProsecutors(const QSqlDatabase &db, PublicInterestRecord &r)
{
    SqlQuery q(db,
        u"SELECT name, title FROM case_prosecutors WHERE case_id = :case "
        "ORDER BY position, id"_s);
    q.bind(u":case"_s, r.caseId);
    if (auto st = q.exec(); !st.ok())
        return st;
    while (q.next())
        r.prosecutors << Prosecutor { q.value(0).toString(), q.value(1).toString() };
    return {};
}

Status readNotice(const QSqlDatabase &db, PublicInterestRecord &r)
{
    SqlQuery q(db,
        u"SELECT published_on, medium, contact, phone, outcome, organisations "
        "FROM public_notices WHERE case_id = :case"_s);
    q.bind(u":case"_s, r.caseId);
    if (auto st = q.exec(); !st.ok())
        return st;
    if (!q.next())
        return {};
    PublicNotice n;
    n.publishedOn = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    n.medium = q.value(1).toString();
    n.contact = q.value(2).toString();
    n.phone = q.value(3).toString();
    n.outcome = noticeOutcomeFromId(q.value(4).toString()).value_or(NoticeOutcome::Unknown);
    n.organisations = q.value(5).toString().split(u'\n', Qt::SkipEmptyParts);
    r.notice = n;
    return {};
}

Status readFines(const QSqlDatabase &db, PublicInterestRecord &r)
{
    SqlQuery q(
        db, u"SELECT party_id, fine_fen, judgment FROM criminal_fines WHERE case_id = :case"_s);
    q.bind(u":case"_s, r.caseId);
    if (auto st = q.exec(); !st.ok())
        return st;
    while (q.next())
        r.fines.insert(q.value(0).toLongLong(),
            CriminalFine { q.value(1).toLongLong(), q.value(2).toString() });
    return {};
}

Status writeRecord(const QSqlDatabase &db, const PublicInterestRecord &r)
{
    for (const QString &table :
        { u"case_prosecutors"_s, u"public_notices"_s, u"criminal_fines"_s }) {
        SqlQuery clear(db, u"DELETE FROM "_s + table + u" WHERE case_id = :case"_s);
        clear.bind(u":case"_s, r.caseId);
        if (auto st = clear.exec(); !st.ok())
            return st;
    }
    int position = 0;
    for (const Prosecutor &p : r.prosecutors) {
        SqlQuery q(db,
            u"INSERT INTO case_prosecutors (case_id, position, name, title) "
            "VALUES (:case, :position, :name, :title)"_s);
        q.bind(u":case"_s, r.caseId)
            .bind(u":position"_s, ++position)
            .bind(u":name"_s, p.name)
            .bind(u":title"_s, textValue(p.title));
        if (auto st = q.exec(); !st.ok())
            return st;
    }
    if (r.notice) {
        const PublicNotice &n = *r.notice;
        SqlQuery q(db,
            u"INSERT INTO public_notices (case_id, published_on, medium, contact, phone, outcome, "
            "organisations) VALUES (:case, :published, :medium, :contact, :phone, :outcome, "
            ":organisations)"_s);
        q.bind(u":case"_s, r.caseId)
            .bind(u":published"_s, n.publishedOn.toString(Qt::ISODate))
            .bind(u":medium"_s, n.medium)
            .bind(u":contact"_s, n.contact)
            .bind(u":phone"_s, n.phone)
            .bind(u":outcome"_s, textValue(toId(n.outcome)))
            .bind(u":organisations"_s, textValue(n.organisations.join(u'\n')));
        if (auto st = q.exec(); !st.ok())
            return st;
    }
    for (auto it = r.fines.cbegin(); it != r.fines.cend(); ++it) {
        SqlQuery q(db,
            u"INSERT INTO criminal_fines (party_id, case_id, fine_fen, judgment) "
            "VALUES (:party, :case, :fine, :judgment)"_s);
        q.bind(u":party"_s, it.key())
            .bind(u":case"_s, r.caseId)
            .bind(u":fine"_s, it->fineFen)
            .bind(u":judgment"_s, textValue(it->judgment));
        if (auto st = q.exec(); !st.ok())
            return st;
    }
    return {};
}

QJsonArray changedParts(const PublicInterestRecord &a, const PublicInterestRecord &b)
{
    QJsonArray parts;
    if (a.prosecutors != b.prosecutors)
        parts.append(u"prosecutors"_s);
    if (a.notice != b.notice)
        parts.append(u"notice"_s);
    if (a.fines != b.fines)
        parts.append(u"fines"_s);
    return parts;
}

} // namespace

QString toId(NoticeOutcome o)
{
    switch (o) {
    case NoticeOutcome::None:
        return u"none"_s;
    case NoticeOutcome::CameForward:
        return u"came-forward"_s;
    case NoticeOutcome::Unknown:
        break;
    }
    return {};
}

std::optional<NoticeOutcome> noticeOutcomeFromId(const QString &id)
{
    for (NoticeOutcome o :
        { NoticeOutcome::Unknown, NoticeOutcome::None, NoticeOutcome::CameForward })
        if (id == toId(o))
            return o;
    return std::nullopt;
}

Result<DueDate> publicNoticeDue(const QDate &publishedOn)
{
    return computeDue(publishedOn, *deadlineRule(DeadlineKind::PublicNotice).period);
}

QList<FieldProblem> validatePublicNotice(PublicNotice &n, const QDate &today)
{
    QList<FieldProblem> problems;
    n.medium = n.medium.trimmed();
    n.contact = n.contact.trimmed();
    n.phone = n.phone.trimmed();
    for (QString &o : n.organisations)
        o = o.trimmed();
    n.organisations.removeAll(QString());
    if (!n.publishedOn.isValid())
        problems << FieldProblem { u"published"_s,
            Text::tr("The announcement needs its publication date.") };
    else if (n.publishedOn > today)
        problems << FieldProblem { u"published"_s,
            Text::tr("The publication date lies in the future.") };
    if (n.medium.isEmpty())
        problems << FieldProblem { u"medium"_s,
            Text::tr("Name the medium the announcement ran in (e.g. 正义网).") };
    if (n.contact.isEmpty())
        problems << FieldProblem { u"contact"_s,
            Text::tr("The announcement needs a contact person.") };
    if (n.phone.isEmpty())
        problems << FieldProblem { u"phone"_s,
            Text::tr("The announcement needs a contact phone number.") };
    else if (const CodeCheck c = checkPhone(n.phone); !c.ok)
        problems << FieldProblem { u"phone"_s, c.message };
    if (n.outcome != NoticeOutcome::CameForward)
        n.organisations.clear();
    else if (n.organisations.isEmpty())
        problems << FieldProblem { u"organisations"_s,
            Text::tr("Name the organisations that came forward.") };
    if (n.outcome != NoticeOutcome::Unknown && n.publishedOn.isValid()) {
        const auto due = publicNoticeDue(n.publishedOn);
        if (due.ok() && due->due >= today)
            problems << FieldProblem { u"outcome"_s,
                Text::tr("The announcement runs until %1: whether an organisation came forward is "
                         "known only after that day.")
                    .arg(due->due.toString(Qt::ISODate)) };
    }
    return problems;
}

PublicInterestStore::PublicInterestStore(Library &library)
    : m_library(library)
{
}

Result<PublicInterestRecord> PublicInterestStore::record(qint64 caseId) const
{
    PublicInterestRecord r;
    r.caseId = caseId;
    const QSqlDatabase db = m_library.database();
    for (auto read : { &readProsecutors, &readNotice, &readFines })
        if (auto st = read(db, r); !st.ok())
            return st.error();
    return r;
}

Status PublicInterestStore::checkCase(qint64 caseId) const
{
    const auto c = m_library.whenWritable([&] { return m_library.cases().caseById(caseId); });
    if (!c.ok())
        return c.error();
    if (c->isTrashed())
        return Error::input(Text::tr("Case %1 is in the trash.").arg(caseId));
    if (!isPublicInterest(c->kind))
        return Error::input(
            Text::tr("Case %1 is not a public-interest case: it has no prosecutors, "
                     "announcement or criminal fines.")
                .arg(caseId));
    return {};
}

Status PublicInterestStore::check(PublicInterestRecord &r) const
{
    if (auto st = checkCase(r.caseId); !st.ok())
        return st;
    for (Prosecutor &p : r.prosecutors) {
        p.name = p.name.trimmed();
        p.title = p.title.trimmed();
        if (p.name.isEmpty())
            return Error::input(Text::tr("A prosecutor needs a name."));
    }
    if (r.notice) {
        const QList<FieldProblem> problems = validatePublicNotice(*r.notice, Clock::today());
        if (!problems.isEmpty())
            return Error::input(problems.first().message);
    }
    const auto parties = m_library.cases().parties(r.caseId);
    if (!parties.ok())
        return parties.error();
    for (auto it = r.fines.begin(); it != r.fines.end(); ++it) {
        const auto p = std::find_if(parties->cbegin(), parties->cend(),
            [&](const PartyRecord &x) { return x.id == it.key(); });
        if (p == parties->cend() || p->role != PartyRole::Defendant)
            return Error::input(
                Text::tr("Party %1 is not a defendant of this case.").arg(it.key()));
        it->judgment = it->judgment.trimmed();
        if (it->fineFen <= 0 || it->fineFen > kMaxFineFen)
            return Error::input(Text::tr("A fine lies between 0.01 and 10,000,000,000,000 yuan."));
    }
    return {};
}

Status PublicInterestStore::setRecord(const PublicInterestRecord &input)
{
    PublicInterestRecord r = input;
    if (auto st = check(r); !st.ok())
        return st;
    const auto before = record(r.caseId);
    if (!before.ok())
        return before.error();
    if (before.value() == r)
        return {};
    const QSqlDatabase db = m_library.database();
    const Status st = inTransaction(db, [&]() -> Status {
        if (auto e = writeRecord(db, r); !e.ok())
            return e;
        return m_library.audit().append(r.caseId, u"public-interest.edit"_s, u"case"_s, r.caseId,
            { { u"parts"_s, changedParts(before.value(), r) } });
    });
    if (st.ok())
        emit m_library.cases().caseChanged(r.caseId);
    return st;
}

Status PublicInterestStore::setProsecutors(qint64 caseId, const QList<Prosecutor> &prosecutors)
{
    auto r = record(caseId);
    if (!r.ok())
        return r.error();
    r.value().prosecutors = prosecutors;
    return setRecord(r.value());
}

Status PublicInterestStore::setNotice(qint64 caseId, const std::optional<PublicNotice> &notice)
{
    auto r = record(caseId);
    if (!r.ok())
        return r.error();
    r.value().notice = notice;
    return setRecord(r.value());
}

Status PublicInterestStore::setFine(
    qint64 caseId, qint64 partyId, const std::optional<CriminalFine> &fine)
{
    auto r = record(caseId);
    if (!r.ok())
        return r.error();
    if (fine)
        r.value().fines.insert(partyId, *fine);
    else if (!r.value().fines.remove(partyId))
        return Error::input(Text::tr("No fine is recorded for party %1.").arg(partyId));
    return setRecord(r.value());
}

} // namespace habeas
