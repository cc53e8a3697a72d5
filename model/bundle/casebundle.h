#pragma once

#include "bundle/bundleformat.h"
#include "bundle/casesnapshot.h"
#include "review/reviewstore.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace habeas {
class Library;
}

namespace habeas::bundle {

struct ExportOptions {
    bool encrypt = false;
    QByteArray passphrase; // UTF-8; required when encrypting
    bool withReview = true; // review.json: the case's review comments
};

// Writes one case — every row of it (casesnapshot.h) and every original and generated
// document's copy its rows cite — to `outPath` (written whole or not at all). Gives the case
// its bundle identity on its first export. Returns the manifest written.
Outcome<Manifest> exportCase(Library &library, qint64 caseId, const QString &outPath,
    const ExportOptions &options, const Progress &progress = {});

// What a bundle holds when it is not the library's case as it stands (the teaching copy): the
// rows, and for each SHA-256 they cite the file holding those bytes (a document's may be absent).
struct BundleContent {
    CaseSnapshot snapshot;
    QHash<QString, QString> files; // sha256 → file
    QHash<QString, QString> thumbnails; // exhibit's sha256 → PNG
    QByteArray review; // review.json (the manifest's reviewVersion set); empty: no comments
};

// Writes `content` under `manifest` (its entries are filled in) to `outPath`, whole or not at
// all; an encrypted bundle's plain archive is staged in `stagingFolder`.
Outcome<Manifest> writeBundle(const BundleContent &content, Manifest manifest,
    const QString &outPath, const ExportOptions &options, const QString &stagingFolder,
    const Progress &progress = {});

// Reads a bundle's manifest after checking every entry against it; writes nothing anywhere
// (an encrypted bundle is unpacked into `scratchFolder` and removed again).
Outcome<Manifest> inspectBundle(const QString &path, const QByteArray &passphrase,
    const QString &scratchFolder, const Progress &progress = {});

struct ImportResult {
    qint64 caseId = 0;
    Manifest manifest;
    int originalsAdded = 0; // blobs the receiving store did not hold
    int originalsShared = 0; // blobs it held already
};

// Makes a new case from a bundle. The whole bundle is checked against its manifest before
// anything is written; then the originals go into the blob store and the rows into the
// database in one transaction. Any failure leaves the library as it was.
Outcome<ImportResult> importBundle(Library &library, const QString &path,
    const QByteArray &passphrase, const Progress &progress = {});

struct ReviewImportResult {
    Manifest manifest;
    ReviewMerge merge;
};

// Brings the review comments of a bundle of this very case back onto it (a supervisor's copy
// returned to the student): the bundle's case identity must be the case's (cases.bundle_id),
// else it is refused (input) and nothing is written. Only the comments change: new ones are
// added, one changed on one side only takes that side's version, one changed on both sides
// keeps ours and flags theirs as a conflict (ReviewStore::merge). The whole bundle is checked
// against its manifest first.
Outcome<ReviewImportResult> importReview(Library &library, qint64 caseId, const QString &path,
    const QByteArray &passphrase, const Progress &progress = {});

// Whether the file starts as an encrypted bundle does (bundlecrypto.h).
bool isEncryptedBundle(const QString &path);

} // namespace habeas::bundle
