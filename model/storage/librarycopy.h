#pragma once

#include "core/result.h"
#include "storage/librarylocation.h"

#include <QList>
#include <QString>

#include <functional>

namespace habeas {

// `library copy SRC DST`: a whole library from a folder or a server into an empty folder or
// server database (docs/server.md, "Moving in"). Every table of library data in foreign-key
// order with its ids, the originals streamed through Library::blobs(), the audit log as it is;
// then both sides compared table by table (LibraryTables::digest) and every original re-hashed
// on the destination. One transaction on the destination: a server's commits only when all is
// verified, a folder's library is built in a temporary folder beside it and renamed into place.
// Whatever fails or is stopped leaves the destination without a library of rows.
class LibraryCopy final {
public:
    struct Table {
        QString name;
        qint64 rows = 0;
        QString sha256;
    };
    struct Report {
        QString source;
        QString destination;
        int schemaVersion = 0;
        QList<Table> tables;
        qint64 blobs = 0;
        qint64 blobBytes = 0;
        // Folder to server: the copying role, made lead of every copied case (casesLed).
        QString lead;
        qint64 casesLed = 0;
        // Server to folder: the places on teams left behind (a folder has no teams).
        qint64 teamPlacesLeft = 0;
        // The table whose copy did not match its source; nothing was kept then.
        QString mismatch;
        bool verified() const { return mismatch.isEmpty(); }
    };
    // A line of progress for a person (a table copied, originals so far); returning false stops
    // the copy, and nothing of it stays.
    using Progress = std::function<bool(const QString &line)>;

    static Result<Report> copy(
        const LibraryLocation &from, const LibraryLocation &to, const Progress &progress);
};

} // namespace habeas
