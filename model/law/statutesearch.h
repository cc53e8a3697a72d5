#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace habeas {

class StatuteLibrary;

// Full-text search over every article of the statute library: an in-memory SQLite FTS5 index
// with the trigram tokenizer, so Chinese queries work without a word splitter. Queries shorter
// than three characters (trigrams cannot match them) fall back to a substring scan.
// Used from the thread that built it.
class StatuteSearch final {
    Q_DISABLE_COPY_MOVE(StatuteSearch)

public:
    explicit StatuteSearch(const StatuteLibrary &library);
    ~StatuteSearch();

    Status build();

    struct Hit {
        QString instrumentId;
        int article = 0;
        QString snippet; // the match in context, marked with 【】
    };
    Result<QList<Hit>> search(const QString &query, int limit = 50) const;

private:
    const StatuteLibrary &m_library;
    QString m_connection;
};

} // namespace habeas
