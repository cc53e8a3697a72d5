#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <utility>

namespace habeas {

// Finds and removes what the evidence store holds that nothing cites: blobs no row of the
// database references (the copies of a cancelled import, of an exhibit later purged) and the
// temporary files of an import a crash or kill interrupted. Stateless; used by Library.
class BlobCollector final {
public:
    // What is younger than this is left alone: another Habeas process may be importing it and
    // about to record it. Staged files are written continuously, so a short grace suffices.
    static constexpr qint64 kBlobGraceSecs = qint64(60) * 60;
    static constexpr qint64 kStagedGraceSecs = qint64(10) * 60;

    BlobCollector(QString libraryPath, const QSqlDatabase &db);

    // Every SHA-256 a row cites: any column named sha256 or *_sha256, in every table, so a
    // table a later schema adds is covered without touching this code. (A server's blob_holders
    // only says who proved to hold bytes: it cites nothing.)
    Result<QSet<QString>> referencedHashes() const;
    // The tables and columns that cite blobs, as referencedHashes reads them.
    Result<QList<std::pair<QString, QString>>> citingColumns() const;

    struct Findings {
        QStringList unreferenced; // SHA-256s, sorted
        QStringList staged; // file names of temporary leftovers in blobs/
    };
    Result<Findings> find() const;

    struct Removed {
        QStringList blobs; // SHA-256s removed
        int staged = 0;
        int keptRecent = 0; // unreferenced or staged, but too recent to remove
        QStringList failures;
    };
    // Removes the unreferenced blobs and staged leftovers older than the grace periods, as
    // seen from `now` (the file system's clock, not the domain clock).
    Result<Removed> collect(const QDateTime &now) const;

    // Removes temporary leftovers older than kStagedGraceSecs; returns how many. Run at open.
    static int removeStagedLeftovers(const QString &blobsPath, const QDateTime &now);

    // Removes those of `hashes` no row references, whatever their age: the copies an import
    // made before the user cancelled it.
    Status discard(const QStringList &hashes) const;

    // A server library's collection, inside the caller's transaction and as its administrator
    // (who sees every case): the tables that cite blobs are locked against writes (a writer in
    // flight is waited for), then every original no row cites and stored (by the server's clock)
    // more than kBlobGraceSecs ago is deleted with its chunks and holders. Younger ones are
    // counted in keptRecent.
    Result<Removed> collectOnServer() const;

private:
    QString blobsPath() const;
    bool removeBlob(const QString &sha256, QStringList *failures) const;

    QString m_libraryPath;
    QSqlDatabase m_db;
};

} // namespace habeas
