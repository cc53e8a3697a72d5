#pragma once

// Shared by the test executables: a throw-away library and a pinned clock.

#include "core/clock.h"
#include "evidence/evidencestore.h"
#include "storage/library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

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

// A library in a fresh temporary folder, removed with the object.
struct TempLibrary {
    QTemporaryDir dir;
    std::unique_ptr<Library> library;

    TempLibrary()
    {
        auto opened = Library::open(path(), Library::OpenMode::CreateIfMissing);
        if (opened.ok())
            library = std::move(opened).value();
        else
            qWarning("cannot create a test library: %s", qPrintable(opened.error().message));
    }
    QString path() const { return dir.filePath(QStringLiteral("lib")); }
    Library *operator->() { return library.get(); }
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
