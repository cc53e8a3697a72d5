#include "cases/casestore.h"
#include "damages/damagesstore.h"
#include "demo/demolibrary.h"
#include "evidence/evidencestore.h"
#include "itemmodels/evidencemodel.h"
#include "storage/auditlog.h"
#include "storage/blobstore.h"
#include "storage/storagebackend.h"
#include "testsupport.h"
#include "undo/evidencecommands.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstEvidenceStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void init();
    void cleanup() { m_lib.reset(); }
    void importsByteForByteAndNumbers();
    void sameBytesTwiceNamesTheExhibit();
    void emptyAndMissingFiles();
    void verifyFindsMissingAndAlteredOriginals();
    void exportRefusesAnAlteredOriginal();
    void importIsUndoable();
    void damagesCiteOnlyTheirCasesEvidence();
    void modelFollowsTheStore();

private:
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    std::unique_ptr<TempLibrary> m_lib;
    QTemporaryDir m_files;
    qint64 m_case = 0;
};

void TstEvidenceStore::init()
{
    m_lib = std::make_unique<TempLibrary>();
    m_case = addDemoCase(*m_lib->library).value();
}

void TstEvidenceStore::importsByteForByteAndNumbers()
{
    EvidenceStore &store = (*m_lib)->evidence();
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.append(QByteArray(5000, '\x42'));
    EvidenceRecord meta;
    meta.purpose = u"证明首次登录页面无跳过选项"_s;
    meta.capturedAt = QDateTime(QDate(2021, 1, 20), QTime(9, 30), QTimeZone(8 * 3600));
    const ImportOutcome first = store.importFile(m_case, file(u"首次登录.png"_s, png), meta);
    QCOMPARE(first.kind, ImportOutcome::Kind::Imported);
    QCOMPARE(first.exhibit, u"证据1-1"_s);
    const ImportOutcome second =
        store.importFile(m_case, file(u"sms.txt"_s, "【某某英语】欢迎注册"), meta);
    QCOMPARE(second.exhibit, u"证据1-2"_s);
    meta.group = 2;
    const ImportOutcome other =
        store.importFile(m_case, file(u"policy.html"_s, "<html>隐私政策</html>"), meta);
    QCOMPARE(other.exhibit, u"证据2-1"_s);

    const EvidenceRecord r = store.item(first.id).value();
    QCOMPARE(r.title, u"首次登录"_s);
    QCOMPARE(r.size, qint64(png.size()));
    QCOMPARE(r.mediaType, u"image/png"_s);
    QCOMPARE(r.capturedAt, meta.capturedAt);
    QCOMPARE((*m_lib)->blobs().get(r.sha256).value(), png); // byte for byte
    QCOMPARE(r.sha256,
        QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    QCOMPARE((*m_lib)->audit().list(m_case).value().last().action, u"evidence.import"_s);
}

void TstEvidenceStore::sameBytesTwiceNamesTheExhibit()
{
    EvidenceStore &store = (*m_lib)->evidence();
    const QString a = file(u"a.png"_s, "same bytes");
    QCOMPARE(store.importFile(m_case, a, {}).kind, ImportOutcome::Kind::Imported);
    const qint64 audit = (*m_lib)->audit().list().value().size();
    const ImportOutcome again =
        store.importFile(m_case, file(u"copy of a.png"_s, "same bytes"), {});
    QCOMPARE(again.kind, ImportOutcome::Kind::Duplicate);
    QCOMPARE(again.exhibit, u"证据1-1"_s);
    QVERIFY(again.message.contains(u"证据1-1"_s));
    QCOMPARE(store.items(m_case).value().size(), 1);
    QCOMPARE((*m_lib)->audit().list().value().size(), audit);
}

void TstEvidenceStore::emptyAndMissingFiles()
{
    EvidenceStore &store = (*m_lib)->evidence();
    const ImportOutcome empty = store.importFile(m_case, file(u"empty.eml"_s, {}), {});
    QCOMPARE(empty.kind, ImportOutcome::Kind::Imported); // stored, with a clear word about it
    QVERIFY(empty.message.contains(u"empty"_s));
    const ImportOutcome missing = store.importFile(m_case, m_files.filePath(u"gone.png"_s), {});
    QCOMPARE(missing.kind, ImportOutcome::Kind::Rejected);
    QVERIFY(missing.message.contains(u"does not exist"_s));
    const ImportOutcome folder = store.importFile(m_case, m_files.path(), {});
    QCOMPARE(folder.kind, ImportOutcome::Kind::Rejected);
    QCOMPARE(store.items(m_case).value().size(), 1);
}

void TstEvidenceStore::verifyFindsMissingAndAlteredOriginals()
{
    EvidenceStore &store = (*m_lib)->evidence();
    const ImportOutcome a = store.importFile(m_case, file(u"a.txt"_s, "exhibit a"), {});
    const ImportOutcome b = store.importFile(m_case, file(u"b.txt"_s, "exhibit b"), {});
    QVERIFY(store.verify().value().isEmpty());
    QVERIFY(tamperWithBlob(*m_lib->library, a.sha256, "!"));
    QVERIFY(removeBlob(*m_lib->library, b.sha256));
    const auto problems = store.verify(m_case).value();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).exhibit, u"证据1-1"_s);
    QVERIFY(problems.at(0).message.contains(u"altered"_s));
    QCOMPARE(problems.at(1).exhibit, u"证据1-2"_s);
    QVERIFY(problems.at(1).message.contains(u"missing"_s));
}

void TstEvidenceStore::exportRefusesAnAlteredOriginal()
{
    EvidenceStore &store = (*m_lib)->evidence();
    const QByteArray bytes("公证书 (2021)京某某证字第1号");
    const ImportOutcome a = store.importFile(m_case, file(u"cert.pdf"_s, bytes), {});
    const QString out = m_files.filePath(u"out/cert.pdf"_s);
    QVERIFY(QDir().mkpath(m_files.filePath(u"out"_s)));
    QVERIFY(store.exportOriginal(a.id, out).ok());
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), bytes);
    exported.close();
    QVERIFY(tamperWithBlob(*m_lib->library, a.sha256, "tampered"));
    const QString second = m_files.filePath(u"out/second.pdf"_s);
    const Status st = store.exportOriginal(a.id, second);
    QVERIFY(!st.ok());
    QVERIFY(st.error().message.contains(u"altered"_s));
    QVERIFY(!QFileInfo::exists(second)); // nothing half written
}

void TstEvidenceStore::importIsUndoable()
{
    EvidenceStore &store = (*m_lib)->evidence();
    UndoManager undo;
    undo.setCurrentCase(m_case);
    const auto staged =
        EvidenceStore::stage((*m_lib)->blobs(), file(u"sms.png"_s, "sms screenshot"));
    QVERIFY(staged.ok());
    auto command =
        std::make_unique<ImportEvidenceCommand>(store, m_case, staged.value(), EvidenceRecord {});
    auto *raw = command.get();
    QVERIFY(undo.pushCase(m_case, std::move(command)).ok());
    const qint64 id = raw->outcome().id;
    QCOMPARE(store.items(m_case).value().size(), 1);
    QVERIFY(undo.undo().ok());
    QCOMPARE(store.items(m_case).value().size(), 0);
    QVERIFY(undo.redo().ok());
    QCOMPARE(store.items(m_case).value().first().id, id);
    // The same bytes again: nothing recorded, nothing to undo.
    const Status dup = undo.pushCase(m_case,
        std::make_unique<ImportEvidenceCommand>(store, m_case, staged.value(), EvidenceRecord {}));
    QVERIFY(!dup.ok());
    QVERIFY(dup.error().message.contains(u"证据1-1"_s));
    QVERIFY(undo.pushCase(
                    m_case, std::make_unique<RemoveEvidenceCommand>(store, store.item(id).value()))
                .ok());
    QCOMPARE(store.items(m_case).value().size(), 0);
    QVERIFY(undo.undo().ok());
    QCOMPARE(store.items(m_case).value().size(), 1);
}

void TstEvidenceStore::damagesCiteOnlyTheirCasesEvidence()
{
    const ImportOutcome receipt =
        (*m_lib)->evidence().importFile(m_case, file(u"receipt.pdf"_s, "invoice"), {});
    DamagesStore &damages = (*m_lib)->damages();
    DamagesRecord cost = damages.items(m_case, u"expected"_s).value().first();
    cost.evidenceId = receipt.id;
    const auto cited = damages.updateItem(cost);
    QVERIFY(cited.ok());
    cost.rowVersion = cited.value(); // the version it wrote: this record is not stale
    QCOMPARE(damages.item(cost.id).value().evidenceId, receipt.id);

    CaseRecord other;
    other.title = u"另一案件"_s;
    const qint64 otherCase = (*m_lib)->cases().createCase(other).value();
    const ImportOutcome foreign =
        (*m_lib)->evidence().importFile(otherCase, file(u"x.pdf"_s, "other"), {});
    cost.evidenceId = foreign.id;
    const auto st = damages.updateItem(cost);
    QVERIFY(!st.ok());
    QVERIFY(st.error().message.contains(u"not evidence of this case"_s));
    QCOMPARE(damages.item(cost.id).value().evidenceId, receipt.id);
}

void TstEvidenceStore::modelFollowsTheStore()
{
    EvidenceStore &store = (*m_lib)->evidence();
    EvidenceModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCase(m_case);
    QCOMPARE(model.rowCount(), 0);
    const ImportOutcome a = store.importFile(m_case, file(u"a.txt"_s, "a"), {});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, EvidenceModel::Exhibit).data().toString(), u"证据1-1"_s);
    QVERIFY(store.trashItem(a.id).ok());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TstEvidenceStore)
#include "tst_evidencestore.moc"
