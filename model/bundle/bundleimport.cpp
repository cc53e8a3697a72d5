#include "bundle/bundlearchive.h"
#include "bundle/bundlecrypto.h"
#include "bundle/bundletext.h"
#include "bundle/casebundle.h"
#include "bundle/casesnapshot.h"
#include "bundle/reviewpart.h"
#include "storage/auditlog.h"
#include "storage/blobstore.h"
#include "storage/library.h"
#include "storage/sql.h"
#include "storage/storagebackend.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStorageInfo>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace habeas::bundle {

namespace {

// The bundle as a ZIP on disk: the file itself, or its decrypted copy in the scratch folder
// (removed with this object).
struct Opened {
    std::unique_ptr<QTemporaryFile> plain;
    std::unique_ptr<ArchiveReader> reader;
    bool encrypted = false;
};

Outcome<Opened> openBundle(
    const QString &path, const QByteArray &passphrase, const QString &scratchFolder, Meter &meter)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Failure::input(
            Text::tr("There is no bundle at %1.").arg(QDir::toNativeSeparators(path)));
    Opened opened;
    opened.encrypted = isEncryptedBundle(path);
    meter.total = info.size() * (opened.encrypted ? 3 : 2);
    QString zipPath = path;
    if (opened.encrypted) {
        if (passphrase.isEmpty())
            return Failure::input(Text::tr("The bundle is encrypted: give its passphrase."));
        QFile sealed(path);
        if (!sealed.open(QIODevice::ReadOnly))
            return Failure::input(Text::tr("Cannot open %1: %2").arg(path, sealed.errorString()));
        QDir().mkpath(scratchFolder);
        opened.plain =
            std::make_unique<QTemporaryFile>(QDir(scratchFolder).filePath(u"incoming-XXXXXX"_s));
        if (!opened.plain->open())
            return Failure::other(Error::io(
                Text::tr("Cannot unpack the bundle: %1").arg(opened.plain->errorString())));
        auto plain = crypto::decrypt(
            sealed, *opened.plain, passphrase, [&](qint64 n) { return meter.step(n); });
        if (!plain.ok())
            return plain.failure();
        opened.plain->flush();
        zipPath = opened.plain->fileName();
    }
    auto reader = ArchiveReader::open(zipPath);
    if (!reader.ok())
        return reader.failure();
    opened.reader = std::move(reader).value();
    return opened;
}

// What the central directory holds, before anything is inflated.
Done checkListing(const ArchiveReader &reader)
{
    const QList<ArchiveEntry> &entries = reader.entries();
    if (entries.size() > kMaxEntries + 1)
        return Failure::integrity(
            Text::tr("The bundle holds more than %1 entries (a zip bomb?).").arg(kMaxEntries));
    QSet<QString> seen;
    qint64 total = 0;
    for (const ArchiveEntry &e : entries) {
        if (const QString problem = entryPathProblem(e.name); !problem.isEmpty())
            return Failure::integrity(
                Text::tr("The bundle holds %1; a bundle never does.").arg(problem));
        if (e.symlink)
            return Failure::integrity(
                Text::tr("The bundle holds a symbolic link, \"%1\"; a bundle never does.")
                    .arg(e.name));
        if (e.directory)
            return Failure::integrity(
                Text::tr("The bundle holds a folder entry, \"%1\"; a bundle never does.")
                    .arg(e.name));
        if (seen.contains(e.name))
            return Failure::integrity(
                Text::tr("The bundle holds two entries named \"%1\".").arg(e.name));
        seen.insert(e.name);
        total += qMin(e.declaredSize, kMaxTotalBytes + 1);
    }
    if (total > kMaxTotalBytes)
        return Failure::integrity(tooLarge(total));
    if (!seen.contains(kManifest))
        return Failure::integrity(
            Text::tr("The bundle has no manifest.json: it is not a Habeas case "
                     "bundle, or it is damaged."));
    return done();
}

Outcome<Manifest> readManifest(const ArchiveReader &reader)
{
    QByteArray bytes;
    auto read = reader.read(kManifest, kMaxManifestBytes, [&](QByteArrayView chunk) {
        bytes.append(chunk);
        return true;
    });
    if (!read.ok())
        return read.failure();
    return Manifest::fromJson(bytes);
}

// The manifest and the central directory agree on every entry and its size.
Done matchListing(const ArchiveReader &reader, const Manifest &manifest)
{
    for (const ArchiveEntry &e : reader.entries()) {
        if (e.name == kManifest)
            continue;
        const ManifestEntry *m = manifest.find(e.name);
        if (!m)
            return Failure::integrity(
                Text::tr("The bundle holds \"%1\", which its manifest does not list.").arg(e.name));
        if (m->size != e.declaredSize)
            return Failure::integrity(
                Text::tr("The manifest gives %1 bytes for \"%2\" but the archive "
                         "holds %3: the manifest lies about its sizes.")
                    .arg(m->size)
                    .arg(e.name)
                    .arg(e.declaredSize));
    }
    for (const ManifestEntry &m : manifest.entries) {
        const bool held = std::any_of(reader.entries().cbegin(), reader.entries().cend(),
            [&](const ArchiveEntry &e) { return e.name == m.path; });
        if (!held)
            return Failure::integrity(
                Text::tr("The manifest lists \"%1\", which the bundle does not hold (truncated?).")
                    .arg(m.path));
        if (m.path != kCase && m.path != kReview && !m.path.startsWith(kBlobs)
            && thumbnailOf(m.path).isEmpty())
            return Failure::integrity(
                Text::tr("The bundle holds \"%1\", which is no part of a case bundle.")
                    .arg(m.path));
    }
    return done();
}

struct Verified {
    Manifest manifest;
    QByteArray caseJson;
    QByteArray reviewJson; // empty: the bundle carries no review part
};

// Inflates every entry once, checking its size and SHA-256 against the manifest.
Outcome<Verified> verify(const ArchiveReader &reader, Meter &meter)
{
    if (auto listing = checkListing(reader); !listing.ok())
        return listing.failure();
    auto manifest = readManifest(reader);
    if (!manifest.ok())
        return manifest.failure();
    if (auto match = matchListing(reader, manifest.value()); !match.ok())
        return match.failure();
    Verified v { manifest.value(), {}, {} };
    meter.total = meter.done + 2 * v.manifest.totalSize();
    for (const ManifestEntry &m : v.manifest.entries) {
        const bool isCase = m.path == kCase;
        if (isCase && m.size > kMaxCaseJsonBytes)
            return Failure::integrity(Text::tr("case.json is larger than a case can be."));
        const bool isReview = m.path == kReview;
        if (isReview && m.size > kMaxReviewJsonBytes)
            return Failure::integrity(Text::tr("review.json is larger than a review can be."));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 size = 0;
        auto read = reader.read(m.path, m.size, [&](QByteArrayView chunk) {
            hash.addData(chunk);
            size += chunk.size();
            if (isCase)
                v.caseJson.append(chunk);
            if (isReview)
                v.reviewJson.append(chunk);
            return meter.step(chunk.size());
        });
        if (!read.ok())
            return read.failure();
        if (size != m.size || QString::fromLatin1(hash.result().toHex()) != m.sha256)
            return Failure::integrity(
                Text::tr("The bytes of \"%1\" differ from the manifest (its size or "
                         "SHA-256 does not match): the bundle was altered or "
                         "damaged.")
                    .arg(m.path));
    }
    return v;
}

} // namespace

Outcome<Manifest> inspectBundle(const QString &path, const QByteArray &passphrase,
    const QString &scratchFolder, const Progress &progress)
{
    Meter meter { progress, 0, 0 };
    auto opened = openBundle(path, passphrase, scratchFolder, meter);
    if (!opened.ok())
        return opened.failure();
    auto verified = verify(*opened.value().reader, meter);
    if (!verified.ok())
        return verified.failure();
    Manifest m = verified.value().manifest;
    m.encrypted = opened.value().encrypted;
    return m;
}

namespace {

// Every original an exhibit cites is in the bundle or already in the store, and every blob the
// bundle carries is cited by a row.
Done checkBlobs(const Manifest &manifest, const CaseSnapshot &snapshot, const BlobStorage &store)
{
    const QSet<QString> cited = snapshot.exhibitHashes() + snapshot.documentHashes();
    QSet<QString> carried;
    for (const ManifestEntry &m : manifest.entries)
        if (m.path.startsWith(kBlobs)) {
            if (!cited.contains(m.sha256))
                return Failure::integrity(
                    Text::tr("The bundle carries \"%1\", which no row of its case cites.")
                        .arg(m.path));
            carried.insert(m.sha256);
        }
    for (const ManifestEntry &m : manifest.entries)
        if (const QString sha = thumbnailOf(m.path);
            !sha.isEmpty() && !snapshot.exhibitHashes().contains(sha))
            return Failure::integrity(
                Text::tr("The bundle carries \"%1\", which no exhibit of its case has.")
                    .arg(m.path));
    for (const QString &sha : snapshot.exhibitHashes())
        if (!carried.contains(sha) && !store.has(sha))
            return Failure::integrity(
                Text::tr("The original %1 of an exhibit is not in the bundle.").arg(sha));
    return done();
}

// Copies the originals the store lacks; `added` names each one this import created.
Done storeOriginals(const ArchiveReader &reader, const Manifest &manifest, BlobStorage &store,
    Meter &meter, QStringList &added, int &shared)
{
    for (const ManifestEntry &m : manifest.entries) {
        if (!m.path.startsWith(kBlobs))
            continue;
        if (store.has(m.sha256)) {
            ++shared;
            if (!meter.step(m.size))
                return Failure::cancelled();
            continue;
        }
        auto device = reader.device(m.path);
        if (!device.ok())
            return device.failure();
        auto sha = store.put(*device.value());
        if (!sha.ok())
            return Failure::other(sha.error());
        if (sha.value() != m.sha256) {
            added << sha.value();
            return Failure::integrity(
                Text::tr("The bytes of \"%1\" changed while it was being read.").arg(m.path));
        }
        added << m.sha256;
        if (!meter.step(m.size))
            return Failure::cancelled();
    }
    return done();
}

// Copies the thumbnails the library lacks where it keeps them (Library::thumbnailPath);
// `written` names each file made.
Done storeThumbnails(const ArchiveReader &reader, const Manifest &manifest, const Library &library,
    QStringList &written)
{
    for (const ManifestEntry &m : manifest.entries) {
        const QString sha = thumbnailOf(m.path);
        const QString target = library.thumbnailPath(sha);
        if (sha.isEmpty() || target.isEmpty() || QFileInfo::exists(target))
            continue;
        const QDir thumbs = QFileInfo(target).dir();
        auto device = reader.device(m.path);
        if (!device.ok())
            return device.failure();
        QSaveFile out(target);
        if (!thumbs.mkpath(u"."_s) || !out.open(QIODevice::WriteOnly)
            || out.write(device.value()->readAll()) != m.size || !out.commit())
            return Failure::other(Error::io(
                Text::tr("Cannot write the thumbnail %1: %2").arg(target, out.errorString())));
        written << target;
    }
    return done();
}

Outcome<qint64> recordCase(Library &library, const CaseSnapshot &snapshot,
    const QList<ReviewComment> &comments, const Manifest &manifest, const QString &path)
{
    const QSqlDatabase db = library.database();
    qint64 caseId = 0;
    Failure failure;
    bool failed = false;
    const Status st = inTransaction(db, [&]() -> Status {
        auto inserted = snapshot.insert(db);
        if (!inserted.ok()) {
            failure = inserted.failure();
            failed = true;
            return failure.error;
        }
        caseId = inserted.value();
        if (auto merged = ReviewStore::mergeRows(db, caseId, comments); !merged.ok())
            return merged.error();
        return library.audit().append(caseId, u"case.import"_s, u"case"_s, caseId,
            { { u"title"_s, snapshot.title() }, { u"bundleId"_s, manifest.bundleId },
                { u"bundle"_s, QFileInfo(path).fileName() },
                { u"exportedAt"_s, manifest.createdAt } });
    });
    if (failed)
        return failure;
    if (!st.ok())
        return Failure::other(st.error());
    return caseId;
}

} // namespace

namespace {

Outcome<ImportResult> importInto(
    Library &library, const QString &path, const QByteArray &passphrase, const Progress &progress)
{
    Meter meter { progress, 0, 0 };
    auto opened = openBundle(path, passphrase, library.scratchPath(), meter);
    if (!opened.ok())
        return opened.failure();
    const ArchiveReader &reader = *opened.value().reader;
    auto verified = verify(reader, meter);
    if (!verified.ok())
        return verified.failure();
    const Manifest &manifest = verified.value().manifest;
    if (manifest.schemaVersion > Library::kSchemaVersion)
        return Failure::input(
            Text::tr("The bundle comes from a library of a newer Habeas (schema %1; "
                     "this one has schema %2). Update Habeas to import it.")
                .arg(manifest.schemaVersion)
                .arg(Library::kSchemaVersion));
    auto snapshot = CaseSnapshot::fromJson(verified.value().caseJson, library.database());
    if (!snapshot.ok())
        return snapshot.failure();
    auto comments = verified.value().reviewJson.isEmpty()
        ? Outcome<QList<ReviewComment>>(QList<ReviewComment>())
        : reviewFromJson(verified.value().reviewJson);
    if (!comments.ok())
        return comments.failure();
    BlobStorage &store = library.blobs();
    if (auto blobs = checkBlobs(manifest, snapshot.value(), store); !blobs.ok())
        return blobs.failure();
    // A folder's disk; a server's is the administrator's to watch.
    const QStorageInfo disk(QFileInfo(library.databasePath()).absolutePath());
    if (!library.isServer() && disk.isValid() && disk.bytesAvailable() < manifest.totalSize())
        return Failure::other(Error::io(Text::tr("The library's disk has %1 bytes free; the bundle "
                                                 "needs %2.")
                                            .arg(disk.bytesAvailable())
                                            .arg(manifest.totalSize())));

    // From here on the library changes; any failure takes every change back.
    ImportResult result;
    QStringList added;
    QStringList thumbnails;
    auto stored = storeOriginals(reader, manifest, store, meter, added, result.originalsShared);
    if (stored.ok())
        stored = storeThumbnails(reader, manifest, library, thumbnails);
    auto recorded = stored.ok()
        ? recordCase(library, snapshot.value(), comments.value(), manifest, path)
        : Outcome<qint64>(stored.failure());
    if (!recorded.ok()) {
        for (const QString &file : std::as_const(thumbnails))
            QFile::remove(file);
        (void)library.discardUnreferenced(added); // best effort: a leftover is `check --repair`'s
        const BlobStore folder(library.blobsPath()); // '' paths on a server: nothing to remove
        for (const QString &sha : std::as_const(added))
            if (const QString file = folder.pathFor(sha); !file.isEmpty())
                QDir().rmdir(QFileInfo(file).absolutePath());
        return recorded.failure();
    }
    result.caseId = recorded.value();
    result.manifest = manifest;
    result.manifest.encrypted = opened.value().encrypted;
    result.originalsAdded = int(added.size());
    return result;
}

} // namespace

Outcome<ImportResult> importBundle(
    Library &library, const QString &path, const QByteArray &passphrase, const Progress &progress)
{
    if (auto st = library.checkWritable(); !st.ok())
        return Failure::other(st.error());
    const bool hadBlobs = library.isServer() || QFileInfo::exists(library.blobsPath());
    auto result = importInto(library, path, passphrase, progress);
    if (!result.ok() && !hadBlobs)
        QDir().rmdir(library.blobsPath()); // made for the staged copy; empty again
    return result;
}

namespace {
Outcome<QString> bundleIdOf(Library &library, qint64 caseId)
{
    SqlQuery q(library.database(), u"SELECT bundle_id FROM cases WHERE id = :id"_s);
    q.bind(u":id"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return Failure::other(st.error());
    if (!q.next())
        return Failure::input(Text::tr("There is no case %1.").arg(caseId));
    return q.value(0).toString();
}
} // namespace

Outcome<ReviewImportResult> importReview(Library &library, qint64 caseId, const QString &path,
    const QByteArray &passphrase, const Progress &progress)
{
    if (auto st = library.checkWritable(); !st.ok())
        return Failure::other(st.error());
    auto ownId = bundleIdOf(library, caseId);
    if (!ownId.ok())
        return ownId.failure();
    Meter meter { progress, 0, 0 };
    auto opened = openBundle(path, passphrase, library.scratchPath(), meter);
    if (!opened.ok())
        return opened.failure();
    auto verified = verify(*opened.value().reader, meter);
    if (!verified.ok())
        return verified.failure();
    const Manifest &manifest = verified.value().manifest;
    if (ownId.value().isEmpty() || manifest.bundleId != ownId.value())
        return Failure::input(
            Text::tr("The bundle carries another case (\"%1\"): review comments come "
                     "back only onto the case they were written on, the case this "
                     "bundle was made from. Import it as a new case instead.")
                .arg(manifest.caseSummary.value(u"title"_s).toString()));
    if (manifest.reviewVersion == 0)
        return Failure::input(Text::tr("The bundle carries no review comments (it was written by a "
                                       "Habeas without the clinic's review)."));
    auto comments = reviewFromJson(verified.value().reviewJson);
    if (!comments.ok())
        return comments.failure();
    auto merged = library.review().merge(caseId, comments.value());
    if (!merged.ok())
        return Failure::other(merged.error());
    ReviewImportResult result { manifest, merged.value() };
    result.manifest.encrypted = opened.value().encrypted;
    return result;
}

} // namespace habeas::bundle
