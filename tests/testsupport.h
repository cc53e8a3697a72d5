#pragma once

// Shared by the test executables: a throw-away library and a pinned clock.

#include "core/clock.h"
#include "evidence/evidencestore.h"
#include "storage/blobstore.h"
#include "storage/library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

#if defined(HABEAS_TEST_BACKEND_SWITCH)
#include "support/pgtestlibrary.h"
#endif

namespace habeas::test {

// Whether this build runs under AddressSanitizer (the asan preset), where code runs several
// times slower: a timing bound is then scaled by kTimingFactor.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitizedBuild = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitizedBuild = true;
#else
inline constexpr bool kSanitizedBuild = false;
#endif
#else
inline constexpr bool kSanitizedBuild = false;
#endif
inline constexpr int kTimingFactor = kSanitizedBuild ? 10 : 1;

inline void pinClock()
{
    Clock::setSource(
        [] { return QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone(8 * 3600)); });
}

// Appends `extra` to a stored original behind the library's back, as a failing disk or a hand on
// the server would: the blob file of a folder library, the last chunk of a server's blob row.
inline bool tamperWithBlob(Library &library, const QString &sha256, const QByteArray &extra)
{
    if (library.isServer()) {
        QSqlQuery q(library.database());
        q.prepare(QStringLiteral("UPDATE blob_chunks SET data = data || :extra WHERE sha256 = :sha "
                                 "AND n = (SELECT max(n) FROM blob_chunks WHERE sha256 = :sha2)"));
        q.bindValue(QStringLiteral(":extra"), extra);
        q.bindValue(QStringLiteral(":sha"), sha256);
        q.bindValue(QStringLiteral(":sha2"), sha256);
        return q.exec() && q.numRowsAffected() == 1;
    }
    QFile blob(BlobStore(library.blobsPath()).pathFor(sha256));
    if (!blob.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !blob.open(QIODevice::Append))
        return false;
    return blob.write(extra) == extra.size();
}

// Removes a stored original behind the library's back (its file; its server rows).
inline bool removeBlob(Library &library, const QString &sha256)
{
    if (library.isServer()) {
        QSqlQuery q(library.database());
        q.prepare(QStringLiteral("DELETE FROM blobs WHERE sha256 = :sha"));
        q.bindValue(QStringLiteral(":sha"), sha256);
        return q.exec() && q.numRowsAffected() == 1;
    }
    return QFile::remove(BlobStore(library.blobsPath()).pathFor(sha256));
}

// A library in a fresh temporary folder, removed with the object. In a test linked with
// habeas_pgtestlibrary and run with HABEAS_TEST_BACKEND=postgresql, a library in a fresh
// database on a private PostgreSQL cluster instead (tests/support/pgtestlibrary.h).
struct TempLibrary {
    QTemporaryDir dir;
    std::unique_ptr<Library> library;

    TempLibrary()
    {
        auto opened = openLibrary();
        if (opened.ok())
            library = std::move(opened).value();
        else
            qWarning("cannot create a test library: %s", qPrintable(opened.error().message));
    }
    QString path() const { return dir.filePath(QStringLiteral("lib")); }
    Library *operator->() { return library.get(); }

private:
    Result<std::unique_ptr<Library>> openLibrary() const
    {
#if defined(HABEAS_TEST_BACKEND_SWITCH)
        if (serverBackendRequested()) {
            QString why;
            const QString url = freshServerLibrary(&why);
            if (url.isEmpty())
                return Error::library(why);
            const auto at = LibraryLocation::parse(url);
            if (!at.ok())
                return at.error();
            return Library::open(at.value(), Library::OpenMode::ExistingOnly);
        }
#endif
        return Library::open(path(), Library::OpenMode::CreateIfMissing);
    }
};

inline QByteArray sha256Of(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// The bytes of every file in a folder, for "nothing changed" assertions.
inline QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        files.insert(name, sha256Of(dir.filePath(name)));
    return files;
}

inline QString testData(const QString &relative)
{
    return QDir(qEnvironmentVariable("HABEAS_TEST_DATA")).filePath(relative);
}

// Removes the exhibits the demo case draws for itself (with a GUI application), for tests that
// count their own.
inline void removeDemoEvidence(Library &library, qint64 caseId)
{
    const auto items = library.evidence().items(caseId);
    QVERIFY(items.ok());
    for (const EvidenceRecord &r : items.value())
        QVERIFY(library.evidence().trashItem(r.id).ok());
}

} // namespace habeas::test
