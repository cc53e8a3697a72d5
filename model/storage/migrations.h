#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace habeas {

// The migration ladder: step N takes a library from schema N-1 to N. Steps are SQL files
// embedded under :/sql/, numbered, frozen once released.
class Migrations final {
public:
    static int latestVersion();

    // Applies every step after fromVersion, inside the caller's transaction; the caller
    // bumps user_version last.
    static Status apply(const QSqlDatabase &db, int fromVersion);

    // Splits a script into statements; a CREATE TRIGGER body keeps its inner semicolons.
    static QStringList splitStatements(const QString &script);
};

} // namespace habeas
