#include "cases/teamstore.h"

#include "cases/casestore.h"
#include "core/clock.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::TeamStore)
};

Status serverOnly(const Library &library)
{
    if (!library.isServer())
        return Error::input(Text::tr("Only a server library has teams; a folder library is one "
                                     "user's own."));
    return {};
}

// The first column of the first row of a query about the connected role (Null when none); a
// folder library has no roles.
Result<QVariant> firstValue(const Library &library, const QString &sql, qint64 caseId = 0)
{
    if (auto st = serverOnly(library); !st.ok())
        return st.error();
    SqlQuery q(library.database(), sql);
    if (caseId)
        q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    return q.next() ? q.value(0) : QVariant();
}

// {} for the library's administrator, else `refusal`.
Status unlessAdministrator(const TeamStore &team, const Error &refusal)
{
    const auto admin = team.isAdministrator();
    if (!admin.ok())
        return admin.error();
    if (admin.value())
        return {};
    return refusal;
}
} // namespace

bool TeamStore::isTeamRole(const QString &role)
{
    return role == u"lead"_s || role == u"member"_s || role == u"reader"_s;
}

Status TeamStore::checkServer() const
{
    return serverOnly(m_library);
}

Result<QString> TeamStore::currentUser() const
{
    const auto v = firstValue(m_library, u"SELECT current_user"_s);
    if (!v.ok())
        return v.error();
    return v.value().toString();
}

Result<QString> TeamStore::roleOn(qint64 caseId) const
{
    const auto v = firstValue(m_library,
        u"SELECT role FROM case_members WHERE case_id = :case AND member = current_user"_s, caseId);
    if (!v.ok())
        return v.error();
    return v.value().toString();
}

Result<bool> TeamStore::isAdministrator() const
{
    const auto v = firstValue(m_library, u"SELECT habeas_is_admin()"_s);
    if (!v.ok())
        return v.error();
    return v.value().toBool();
}

Status TeamStore::checkMayChange(qint64 caseId) const
{
    if (!m_library.isServer())
        return {};
    const auto role = roleOn(caseId);
    if (!role.ok())
        return role.error();
    if (role.value() != u"reader"_s)
        return {}; // the server refuses anyone else who may not
    return unlessAdministrator(*this,
        Error::input(Text::tr("You are a reader of case %1: you may read it but not change it "
                              "(its lead can make you a member).")
                         .arg(caseId)));
}

Result<QList<TeamMember>> TeamStore::members(qint64 caseId) const
{
    if (auto st = checkServer(); !st.ok())
        return st.error();
    if (auto c = m_library.cases().caseById(caseId); !c.ok())
        return c.error();
    SqlQuery q(m_library.database(),
        u"SELECT member, role, granted_by, granted_at FROM case_members WHERE case_id = :case "
        "ORDER BY CASE role WHEN 'lead' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, member"_s);
    q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<TeamMember> team;
    while (q.next())
        team.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString() });
    return team;
}

Status TeamStore::checkMayManage(qint64 caseId) const
{
    if (auto st = checkServer(); !st.ok())
        return st;
    if (auto st = m_library.checkWritable(); !st.ok())
        return st;
    if (auto c = m_library.cases().caseById(caseId); !c.ok())
        return c.error();
    const auto role = roleOn(caseId);
    if (!role.ok())
        return role.error();
    if (role.value() == u"lead"_s)
        return {};
    return unlessAdministrator(*this,
        Error::input(Text::tr("Only the lead of case %1 or the library administrator manages its "
                              "team; you are its %2.")
                         .arg(caseId)
                         .arg(role.value())));
}

Status TeamStore::checkKeepsLead(qint64 caseId, const QString &member, const QString &newRole) const
{
    if (newRole == u"lead"_s)
        return {};
    SqlQuery q(m_library.database(),
        u"SELECT (SELECT role FROM case_members WHERE case_id = :case AND member = :member), "
        "(SELECT count(*) FROM case_members WHERE case_id = :case2 AND role = 'lead' "
        "AND member <> :member2)"_s);
    q.bind(u":case"_s, caseId)
        .bind(u":member"_s, member)
        .bind(u":case2"_s, caseId)
        .bind(u":member2"_s, member);
    if (auto st = q.exec(); !st.ok())
        return st;
    if (q.next() && q.value(0).toString() == u"lead"_s && q.value(1).toInt() == 0)
        return Error::input(
            Text::tr("%1 is the only lead of case %2, and a case keeps a lead: make "
                     "another member its lead first.")
                .arg(member)
                .arg(caseId));
    return {};
}

Status TeamStore::grant(qint64 caseId, const QString &member, const QString &role)
{
    if (!isTeamRole(role))
        return Error::input(
            Text::tr("\"%1\" is not a team role: use lead, member or reader.").arg(role));
    if (auto st = checkMayManage(caseId); !st.ok())
        return st;
    SqlQuery known(
        m_library.database(), u"SELECT rolcanlogin FROM pg_roles WHERE rolname = :name"_s);
    known.bind(u":name"_s, member);
    if (auto st = known.exec(); !st.ok())
        return st;
    if (!known.next())
        return Error::input(Text::tr("The server has no user %1 (the library administrator creates "
                                     "users: docs/server.md).")
                                .arg(member));
    // A team names users: a group role's members would not be on it.
    if (!known.value(0).toBool())
        return Error::input(
            Text::tr("%1 is a server role no one logs in as (a group?): put each user "
                     "on the team by their own login.")
                .arg(member));
    if (auto st = checkKeepsLead(caseId, member, role); !st.ok())
        return st;
    const QSqlDatabase db = m_library.database();
    return inTransaction(db, [&]() -> Status {
        SqlQuery q(db,
            u"INSERT INTO case_members (case_id, member, role, granted_by, granted_at) "
            "VALUES (:case, :member, :role, current_user, :now) ON CONFLICT (case_id, member) "
            "DO UPDATE SET role = excluded.role, granted_by = excluded.granted_by, "
            "granted_at = excluded.granted_at"_s);
        q.bind(u":case"_s, caseId)
            .bind(u":member"_s, member)
            .bind(u":role"_s, role)
            .bind(u":now"_s, Clock::isoNow());
        if (auto st = q.exec(); !st.ok())
            return st;
        return m_library.audit().append(caseId, u"team.grant"_s, u"case"_s, caseId,
            QJsonObject { { u"member"_s, member }, { u"role"_s, role } });
    });
}

Status TeamStore::revoke(qint64 caseId, const QString &member)
{
    if (auto st = checkMayManage(caseId); !st.ok())
        return st;
    if (auto st = checkKeepsLead(caseId, member, QString()); !st.ok())
        return st;
    const QSqlDatabase db = m_library.database();
    return inTransaction(db, [&]() -> Status {
        SqlQuery q(db, u"DELETE FROM case_members WHERE case_id = :case AND member = :member"_s);
        q.bind(u":case"_s, caseId).bind(u":member"_s, member);
        if (auto st = q.exec(); !st.ok())
            return st;
        if (q.numRowsAffected() == 0)
            return Error::notFound(
                Text::tr("%1 is not on the team of case %2.").arg(member).arg(caseId));
        return m_library.audit().append(
            caseId, u"team.revoke"_s, u"case"_s, caseId, QJsonObject { { u"member"_s, member } });
    });
}

} // namespace habeas
