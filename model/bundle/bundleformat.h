#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <variant>

namespace habeas::bundle {

// A case bundle (.habeas) is a ZIP archive holding:
//   manifest.json      the format, the case it carries, and each other entry's path, size, SHA-256
//   case.json          the case's rows, table by table (casesnapshot.h)
//   blobs/<sha256>     each original and each generated document's copy, named by its SHA-256
//   thumbs/<sha256>.png  an exhibit's thumbnail, when the library has one (derived, optional)
//   review.json        the case's review comments (reviewpart.h; optional, versioned apart:
//                      bundles written before schema 15 have none)
// An encrypted bundle wraps that archive in libsodium's secretstream (bundlecrypto.h).
inline constexpr char kFormatName[] = "habeas-case-bundle";
inline constexpr int kFormatVersion = 1;
inline constexpr char kManifestEntry[] = "manifest.json";
inline constexpr char kCaseEntry[] = "case.json";
inline constexpr char kBlobPrefix[] = "blobs/";
inline constexpr char kThumbPrefix[] = "thumbs/";
inline constexpr char kReviewEntry[] = "review.json";
inline constexpr int kReviewVersion = 1;

// What an import agrees to unpack, whatever the archive claims: a zip bomb stops here.
inline constexpr qint64 kMaxManifestBytes = 8LL << 20;
inline constexpr qint64 kMaxThumbnailBytes = 8LL << 20;
inline constexpr qint64 kMaxCaseJsonBytes = 512LL << 20;
inline constexpr qint64 kMaxReviewJsonBytes = 64LL << 20;
inline constexpr qint64 kMaxTotalBytes = 16LL << 30;
inline constexpr int kMaxEntries = 100000;

// Why a bundle operation failed. The command line maps Integrity to exit 1 (the bundle is
// damaged, forged, or the passphrase is wrong) and Input to exit 2; Other carries the library's
// or the file system's own error.
struct Failure {
    enum class Kind { Integrity, Input, Cancelled, Other };
    Kind kind = Kind::Input;
    Error error;
    bool wrongPassphrase = false; // integrity: the passphrase, or the first chunk, is wrong

    static Failure integrity(QString message)
    {
        return { Kind::Integrity, Error::input(std::move(message)) };
    }
    static Failure input(QString message)
    {
        return { Kind::Input, Error::input(std::move(message)) };
    }
    static Failure cancelled();
    static Failure other(Error e) { return { Kind::Other, std::move(e) }; }
};

template<typename T> class [[nodiscard]] Outcome {
public:
    Outcome(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Outcome(Failure failure)
        : m_data(std::in_place_index<1>, std::move(failure))
    {
    }
    bool ok() const { return m_data.index() == 0; }
    const T &value() const & { return std::get<0>(m_data); }
    T value() && { return std::get<0>(std::move(m_data)); }
    const Failure &failure() const { return std::get<1>(m_data); }

private:
    std::variant<T, Failure> m_data;
};
using Done = Outcome<std::monostate>;
inline Done done()
{
    return std::monostate {};
}

// Reports work done out of a total (bytes); returns false to cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// The entries' names as the archive code compares and writes them.
inline const QString kCase = QLatin1String(kCaseEntry);
inline const QString kManifest = QLatin1String(kManifestEntry);
inline const QString kBlobs = QLatin1String(kBlobPrefix);
inline const QString kReview = QLatin1String(kReviewEntry);

// Counts bytes against a total and asks the caller whether to go on.
struct Meter {
    Progress progress;
    qint64 total = 0;
    qint64 done = 0;
    bool step(qint64 n)
    {
        done += n;
        return !progress || progress(qMin(done, total), total);
    }
};

struct ManifestEntry {
    QString path;
    qint64 size = 0;
    QString sha256;
};

struct Manifest {
    int formatVersion = kFormatVersion;
    int schemaVersion = 0; // the library schema the bundle was written from
    QString createdAt;
    QString application; // "Habeas 0.2.0"
    QString bundleId; // the case's bundle identity (cases.bundle_id)
    QJsonObject caseSummary; // the case as `case show --json` prints it
    QJsonObject counts; // rows per table, for inspect
    int reviewVersion = 0; // of review.json; 0: the bundle carries no review part
    int reviewComments = 0;
    bool encrypted = false; // set when read, not stored
    QList<ManifestEntry> entries;

    QJsonObject toJson() const;
    // Checks the format, its version and every entry (paths as isSafeEntryPath, sizes, hashes).
    static Outcome<Manifest> fromJson(const QByteArray &bytes);
    qint64 totalSize() const;
    const ManifestEntry *find(const QString &path) const;
};

// An entry name a bundle may hold: relative, '/'-separated, no '..' or '.' part, no
// backslash, no drive letter, no control character. Returns the problem, or empty.
QString entryPathProblem(const QString &path);
// The exhibit's SHA-256 a "thumbs/<sha256>.png" entry names; empty for any other path.
QString thumbnailOf(const QString &path);
// "The bundle would unpack to …": the message for a bundle beyond kMaxTotalBytes.
QString tooLarge(qint64 bytes);

} // namespace habeas::bundle
