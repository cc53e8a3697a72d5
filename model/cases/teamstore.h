#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace habeas {

class Library;

// One role's place on a case's team (schema 17, table case_members).
struct TeamMember {
    QString member; // the PostgreSQL role
    QString role; // "lead", "member" or "reader"
    QString grantedBy;
    QString grantedAt;
};

// A server library's case teams: who may see and change a case. The server enforces them itself
// (row-level security, docs/server.md "Users, teams and the ethical wall"); this store reads and
// changes them, says clearly what a role may not do, and records each change in the audit log. A
// folder library has no teams: every call is an input error saying so.
class TeamStore final {
public:
    explicit TeamStore(Library &library)
        : m_library(library)
    {
    }

    static bool isTeamRole(const QString &role);

    // The case's team, leads first, then by name. NotFound when the case cannot be seen.
    Result<QList<TeamMember>> members(qint64 caseId) const;
    // Puts `member` on the case's team as `role` (or changes its role there). Only the case's
    // lead or the library administrator may; `member` must be a role the server knows; a case
    // keeps at least one lead.
    Status grant(qint64 caseId, const QString &member, const QString &role);
    // Takes `member` off the team; the same rules.
    Status revoke(qint64 caseId, const QString &member);

    // The connected role's name, its role on the case ('' when none), and whether it is the
    // library administrator (the tables' owner, who sees every case).
    Result<QString> currentUser() const;
    Result<QString> roleOn(qint64 caseId) const;
    Result<bool> isAdministrator() const;

    // For a command about to change the case: an input error when the connected role is only a
    // reader of it. Always fine on a folder library.
    Status checkMayChange(qint64 caseId) const;

private:
    Status checkServer() const;
    Status checkMayManage(qint64 caseId) const;
    Status checkKeepsLead(qint64 caseId, const QString &member, const QString &newRole) const;

    Library &m_library;
};

} // namespace habeas
