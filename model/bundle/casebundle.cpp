#include "bundle/casebundle.h"

#include "bundle/bundlearchive.h"
#include "bundle/bundlecrypto.h"
#include "bundle/bundletext.h"
#include "bundle/casesnapshot.h"
#include "bundle/reviewpart.h"
#include "cases/casejson.h"
#include "cases/casestore.h"
#include "core/clock.h"
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
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTemporaryFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace habeas::bundle {

namespace {

Outcome<QString> ensureBundleId(Library &library, qint64 caseId)
{
    const QSqlDatabase db = library.database();
    SqlQuery read(db, u"SELECT bundle_id FROM cases WHERE id = :id"_s);
    read.bind(u":id"_s, caseId);
    if (auto st = read.exec(); !st.ok())
        return Failure::other(st.error());
    if (!read.next())
        return Failure::input(Text::tr("There is no case %1.").arg(caseId));
    if (const QString id = read.value(0).toString(); !id.isEmpty())
        return id;
    if (auto st = library.checkWritable(); !st.ok())
        return Failure::other(st.error());
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery q(db, u"UPDATE cases SET bundle_id = :uid WHERE id = :id AND bundle_id = ''"_s);
        q.bind(u":uid"_s, id).bind(u":id"_s, caseId);
        return q.exec();
    });
    if (!st.ok())
        return Failure::other(st.error());
    return id;
}

Done writeArchive(QIODevice &device, const BundleContent &content, Manifest &manifest, Meter &meter)
{
    ArchiveWriter writer(&device);
    if (auto opened = writer.open(); !opened.ok())
        return opened;
    const CaseSnapshot &snapshot = content.snapshot;
    auto caseEntry = writer.add(kCase, snapshot.toJson());
    if (!caseEntry.ok())
        return caseEntry.failure();
    manifest.entries.append(caseEntry.value());
    if (!content.review.isEmpty()) {
        auto reviewEntry = writer.add(QLatin1String(kReviewEntry), content.review);
        if (!reviewEntry.ok())
            return reviewEntry.failure();
        manifest.entries.append(reviewEntry.value());
    }
    const QSet<QString> exhibits = snapshot.exhibitHashes();
    QStringList hashes = (exhibits + snapshot.documentHashes()).values();
    hashes.sort();
    for (const QString &sha : hashes) {
        QFile blob(content.files.value(sha));
        if (!blob.exists() && !exhibits.contains(sha))
            continue; // a document whose copy was never kept: its row travels alone
        if (!blob.open(QIODevice::ReadOnly))
            return Failure::input(Text::tr("The original %1 is missing from the library (run "
                                           "`library check`): %2")
                                      .arg(sha, blob.errorString()));
        auto entry = writer.add(kBlobs + sha, blob, false, [&](qint64 n) { return meter.step(n); });
        if (!entry.ok())
            return entry.failure();
        if (entry.value().sha256 != sha)
            return Failure::integrity(
                Text::tr("The original %1 in the library is damaged: its bytes "
                         "no longer match their SHA-256 (run `library check`).")
                    .arg(sha));
        manifest.entries.append(entry.value());
    }
    // The exhibits' thumbnails, so the register shows them at once on the other side.
    for (const QString &sha : hashes) {
        QFile thumb(content.thumbnails.value(sha));
        if (!exhibits.contains(sha) || !thumb.exists() || thumb.size() > kMaxThumbnailBytes
            || !thumb.open(QIODevice::ReadOnly))
            continue;
        auto entry = writer.add(QLatin1String(kThumbPrefix) + sha + u".png"_s, thumb, false, {});
        if (!entry.ok())
            return entry.failure();
        manifest.entries.append(entry.value());
    }
    manifest.createdAt = Clock::isoNow();
    const QByteArray json = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented);
    if (auto m = writer.add(kManifest, json); !m.ok())
        return m.failure();
    return writer.close();
}

} // namespace

bool isEncryptedBundle(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && crypto::hasMagic(f.read(crypto::kMagicSize));
}

Outcome<Manifest> exportCase(Library &library, qint64 caseId, const QString &outPath,
    const ExportOptions &options, const Progress &progress)
{
    if (options.encrypt && options.passphrase.isEmpty())
        return Failure::input(Text::tr("An encrypted bundle needs a passphrase."));
    auto bundleId = ensureBundleId(library, caseId);
    if (!bundleId.ok())
        return bundleId.failure();
    // The review comments, and the stable identities their anchors use, before the rows.
    auto comments = options.withReview ? prepareReview(library, caseId)
                                       : Outcome<QList<ReviewComment>>(QList<ReviewComment>());
    if (!comments.ok())
        return comments.failure();
    auto snapshot = CaseSnapshot::read(library.database(), caseId);
    if (!snapshot.ok())
        return snapshot.failure();
    auto record = library.cases().caseById(caseId);
    if (!record.ok())
        return Failure::other(record.error());
    Manifest manifest;
    manifest.schemaVersion = Library::kSchemaVersion;
    manifest.application = u"Habeas " HABEAS_VERSION ""_s;
    manifest.bundleId = bundleId.value();
    manifest.caseSummary = toJson(record.value());
    manifest.caseSummary.remove(u"id"_s);
    manifest.counts = snapshot.value().counts();
    BundleContent content { snapshot.value(), {}, {}, {} };
    if (options.withReview) {
        content.review = reviewToJson(bundleId.value(), comments.value());
        manifest.reviewVersion = kReviewVersion;
        manifest.reviewComments = int(comments.value().size());
    }
    for (const QString &sha :
        content.snapshot.exhibitHashes() + content.snapshot.documentHashes()) {
        // Files the archive reads: on a server, checked copies in the session folder.
        const auto file = library.blobs().localFile(sha);
        if (!file.ok())
            return Failure::other(file.error());
        content.files.insert(sha, file.value());
        content.thumbnails.insert(sha, library.thumbnailPath(sha));
    }
    return writeBundle(content, manifest, outPath, options, library.scratchPath(), progress);
}

Outcome<Manifest> writeBundle(const BundleContent &content, Manifest manifest,
    const QString &outPath, const ExportOptions &options, const QString &stagingFolder,
    const Progress &progress)
{
    if (options.encrypt && options.passphrase.isEmpty())
        return Failure::input(Text::tr("An encrypted bundle needs a passphrase."));
    manifest.encrypted = options.encrypt;
    Meter meter { progress, 0, 0 };
    for (const QString &file : content.files)
        meter.total += QFileInfo(file).size();
    if (options.encrypt)
        meter.total *= 2;

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return Failure::other(
            Error::io(Text::tr("Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(outPath), out.errorString())));
    if (!options.encrypt) {
        if (auto w = writeArchive(out, content, manifest, meter); !w.ok())
            return w.failure();
    } else {
        // The plain archive is staged inside the library (where its contents already are),
        // never beside the output, and removed at once.
        QDir().mkpath(stagingFolder);
        QTemporaryFile plain(QDir(stagingFolder).filePath(u"incoming-XXXXXX"_s));
        if (!plain.open())
            return Failure::other(
                Error::io(Text::tr("Cannot stage the bundle: %1").arg(plain.errorString())));
        if (auto w = writeArchive(plain, content, manifest, meter); !w.ok())
            return w.failure();
        plain.seek(0);
        auto sealed = crypto::encrypt(
            plain, out, options.passphrase, [&](qint64 n) { return meter.step(n); });
        if (!sealed.ok())
            return sealed.failure();
    }
    if (!out.commit())
        return Failure::other(
            Error::io(Text::tr("Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(outPath), out.errorString())));
    return manifest;
}

} // namespace habeas::bundle
