// The storage backend a library runs on, the same test on both (tst_storagebackend_pg runs it
// with HABEAS_TEST_BACKEND=postgresql): the blob store's put/get/has by SHA-256, chunked on the
// server, and backups, which a server library refuses.

#include "storage/filehash.h"
#include "storage/storagebackend.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstStorageBackend : public QObject {
    Q_OBJECT

private slots:
    void blobsAreStoredByTheirHash();
    void aLargeBlobComesBackWhole();
    void readersCheckTheHash();
    void theSameBytesPutAtOnceAreOneBlob();
    void backups();
};

namespace {

QString put(BlobStorage &blobs, const QByteArray &bytes)
{
    QBuffer source;
    source.setData(bytes);
    if (!source.open(QIODevice::ReadOnly))
        return {};
    const auto sha = blobs.put(source);
    return sha.ok() ? sha.value() : u"error: "_s + sha.error().message;
}

} // namespace

void TstStorageBackend::blobsAreStoredByTheirHash()
{
    TempLibrary lib;
    QVERIFY(lib.library);
    BlobStorage &blobs = lib->backend().blobs();
    const QByteArray bytes("公证书 (2021)京某某证字第1号");
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QVERIFY(!blobs.has(expected));
    QCOMPARE(blobs.get(expected).error().kind, Error::Kind::NotFound);
    QCOMPARE(put(blobs, bytes), expected);
    QCOMPARE(put(blobs, bytes), expected); // the same bytes: stored once
    QVERIFY(blobs.has(expected));
    QCOMPARE(blobs.get(expected).value(), bytes);
    QCOMPARE(put(blobs, QByteArray()),
        u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
    QCOMPARE(
        blobs.get(u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s).value(),
        QByteArray());
}

void TstStorageBackend::aLargeBlobComesBackWhole()
{
    TempLibrary lib;
    QVERIFY(lib.library);
    BlobStorage &blobs = lib->backend().blobs();
    QByteArray bytes(2 * 1024 * 1024 + 12345, Qt::Uninitialized); // three chunks on a server
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919) % 251);
    const QString sha = put(blobs, bytes);
    QCOMPARE(sha.size(), 64);
    QCOMPARE(blobs.get(sha).value(), bytes);
    if (lib->backend().kind() == StorageBackend::Kind::Postgres) {
        QSqlQuery q(lib->database());
        QVERIFY(q.exec(
            u"SELECT count(*), sum(length(data)) FROM blob_chunks WHERE sha256 = '%1'"_s.arg(sha)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QCOMPARE(q.value(1).toLongLong(), bytes.size());
    }
}

void TstStorageBackend::readersCheckTheHash()
{
    TempLibrary lib;
    QVERIFY(lib.library);
    BlobStorage &blobs = lib->blobs();
    QByteArray bytes(1024 * 1024 + 99, Qt::Uninitialized); // two chunks on a server
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 31) % 253);
    const QString sha = put(blobs, bytes);
    QCOMPARE(blobs.size(sha).value(), bytes.size());
    QCOMPARE(blobs.head(sha, 16).value(), bytes.left(16));
    QBuffer copy;
    copy.open(QIODevice::WriteOnly);
    QVERIFY(blobs.copyTo(sha, copy).ok());
    QCOMPARE(copy.data(), bytes);
    // A path for what reads files (the parse worker): the bytes, read-only.
    const auto file = blobs.localFile(sha);
    QVERIFY(file.ok());
    QCOMPARE(sha256OfFile(file.value()), sha);
    const auto writable =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    QVERIFY(!(QFileInfo(file.value()).permissions() & writable)); // as root, isWritable() is true
    QCOMPARE(blobs.localFile(sha).value(), file.value()); // made once
    const QString none = QString(64, u'0');
    QCOMPARE(blobs.size(none).error().kind, Error::Kind::NotFound);
    QCOMPARE(blobs.localFile(none).error().kind, Error::Kind::NotFound);

    // Altered behind the library's back: every reader refuses the bytes.
    QVERIFY(tamperWithBlob(*lib.library, sha, "x"));
    QBuffer again;
    again.open(QIODevice::WriteOnly);
    const Status st = blobs.copyTo(sha, again);
    QVERIFY(!st.ok());
    QVERIFY(isAlteredBlobError(st.error(), sha));
    QVERIFY(!blobs.get(sha).ok());
    QVERIFY(!lib->check().blobStoreOk);
}

void TstStorageBackend::theSameBytesPutAtOnceAreOneBlob()
{
    TempLibrary lib;
    QVERIFY(lib.library);
    BlobStorage *blobs = &lib->blobs();
    QByteArray bytes(300 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 13) % 241);
    // Eight imports of the same file at once (on a server, each thread its own connection):
    // every one succeeds with the same hash.
    const QList<int> runs { 0, 1, 2, 3, 4, 5, 6, 7 };
    const QStringList shas = QtConcurrent::blockingMapped<QStringList>(
        runs, [blobs, bytes](int) { return put(*blobs, bytes); });
    QCOMPARE(QSet<QString>(shas.cbegin(), shas.cend()).size(), 1);
    QCOMPARE(shas.first().size(), 64);
    QCOMPARE(blobs->get(shas.first()).value(), bytes);
    if (lib->isServer()) {
        QSqlQuery q(lib->database());
        QVERIFY(
            q.exec(u"SELECT count(*) FROM blob_chunks WHERE sha256 = '%1'"_s.arg(shas.first())));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
}

void TstStorageBackend::backups()
{
    TempLibrary lib;
    QVERIFY(lib.library);
    const QString target = lib.dir.filePath(u"copy.sqlite"_s);
    const Status st = lib->backend().backupTo(target);
    if (lib->isServer()) {
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains(u"pg_dump"_s));
        QVERIFY(!QFileInfo::exists(target));
    } else {
        QVERIFY(st.ok());
        QVERIFY(QFileInfo(target).size() > 0);
    }
}

QTEST_GUILESS_MAIN(TstStorageBackend)
#include "tst_storagebackend.moc"
