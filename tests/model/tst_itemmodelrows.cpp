// Every list of a case tells its views of a change as the rows (or columns) it touched: one
// row edited is one dataChanged for that row, never a reset, so a view of thousands keeps its
// selection and scroll position and lays out nothing again (issue 12).

#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "damages/damagesstore.h"
#include "deadlines/deadlinestore.h"
#include "demo/demolibrary.h"
#include "evidence/evidencestore.h"
#include "itemmodels/chronologymodel.h"
#include "itemmodels/damagesmodel.h"
#include "itemmodels/deadlinemodel.h"
#include "itemmodels/evidencemodel.h"
#include "itemmodels/proofmatrixmodel.h"
#include "itemmodels/proofmodel.h"
#include "itemmodels/reviewmodel.h"
#include "itemmodels/rowdiff.h"
#include "law/claimstore.h"
#include "review/reviewstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

// What a model told its views, from the moment it is made.
struct Heard {
    explicit Heard(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , changed(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
    {
    }
    void clear()
    {
        reset.clear();
        changed.clear();
        inserted.clear();
        removed.clear();
    }
    // Exactly one dataChanged, for `row` alone, and nothing else.
    bool oneRowChanged(int row) const
    {
        if (reset.count() || inserted.count() || removed.count() || changed.count() != 1) {
            qWarning("reset %lld, inserted %lld, removed %lld, changed %lld",
                static_cast<long long>(reset.count()), static_cast<long long>(inserted.count()),
                static_cast<long long>(removed.count()), static_cast<long long>(changed.count()));
            return false;
        }
        const QModelIndex first = changed.first().at(0).toModelIndex();
        const QModelIndex last = changed.first().at(1).toModelIndex();
        if (first.row() != row || last.row() != row)
            qWarning("changed rows %d-%d, expected %d", first.row(), last.row(), row);
        return first.row() == row && last.row() == row;
    }
    QSignalSpy reset;
    QSignalSpy changed;
    QSignalSpy inserted;
    QSignalSpy removed;
};

using Tester = QAbstractItemModelTester;
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

} // namespace

class TstItemModelRows final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void evidence();
    void damages();
    void deadlines();
    void proof();
    void proofMatrix();
    void chronology();
    void review();
    void rowDiffOfThousands();

private:
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    qint64 importText(const QString &name)
    {
        return m_lib->library->evidence()
            .importFile(m_case, file(name, name.toUtf8() + " 的内容"), {})
            .id;
    }
    qint64 addClaim()
    {
        return (*m_lib)->claims().addClaim(m_case, u"refusal-of-service"_s).value();
    }

    QTemporaryDir m_files;
    std::unique_ptr<TempLibrary> m_lib;
    qint64 m_case = 0;
};

void TstItemModelRows::init()
{
    pinClock();
    m_lib = std::make_unique<TempLibrary>();
    m_case = addDemoCase(*m_lib->library).value();
    for (const QString &name : { u"首次登录页面.txt"_s, u"隐私政策.txt"_s, u"拒绝服务提示.txt"_s })
        QVERIFY(importText(name) > 0);
}

void TstItemModelRows::evidence()
{
    EvidenceStore &store = (*m_lib)->evidence();
    EvidenceModel model(store);
    Tester tester(&model, kQtTest);
    model.setCase(m_case);
    const int before = model.rowCount();
    QVERIFY(before >= 3);
    Heard heard(&model);
    EvidenceRecord edited = model.record(1);
    edited.purpose = u"证明被告收集了原告的人脸信息"_s;
    QVERIFY(store.updateItem(edited).ok());
    QVERIFY(heard.oneRowChanged(1));
    QCOMPARE(model.index(1, EvidenceModel::Purpose).data().toString(), edited.purpose);

    heard.clear();
    const qint64 added = importText(u"短信截图.txt"_s);
    QVERIFY(added > 0);
    QCOMPARE(heard.inserted.count(), 1);
    QCOMPARE(heard.reset.count(), 0);
    QCOMPARE(model.rowCount(), before + 1);
    heard.clear();
    QVERIFY(store.trashItem(added).ok());
    QCOMPARE(heard.removed.count(), 1);
    QCOMPARE(heard.reset.count(), 0);
    QCOMPARE(model.rowCount(), before);
}

void TstItemModelRows::damages()
{
    DamagesStore &store = (*m_lib)->damages();
    DamagesModel model(store);
    Tester tester(&model, kQtTest);
    model.setCase(m_case, scenario::kClaimed);
    QVERIFY(model.rowCount() >= 2);
    Heard heard(&model);
    DamagesRecord edited = model.record(1);
    edited.note = u"以发票为准"_s;
    edited.basis = u"《中华人民共和国个人信息保护法》第六十九条"_s;
    QVERIFY2(store.updateItem(edited).ok(), "update refused");
    QVERIFY(heard.oneRowChanged(1));
    QCOMPARE(model.index(1, DamagesModel::Basis).data().toString(), edited.basis);

    heard.clear();
    const qint64 id = model.record(0).id;
    const int rows = model.rowCount();
    QVERIFY(store.trashItem(id).ok());
    QCOMPARE(heard.removed.count(), 1);
    QCOMPARE(heard.reset.count(), 0);
    QCOMPARE(model.rowCount(), rows - 1);
    heard.clear();
    QVERIFY(store.restoreItem(id).ok());
    QCOMPARE(heard.inserted.count(), 1);
    QCOMPARE(heard.reset.count(), 0);
    QCOMPARE(model.rowCount(), rows);
}

void TstItemModelRows::deadlines()
{
    DeadlineStore &store = (*m_lib)->deadlines();
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        DeadlineRecord r;
        r.caseId = m_case;
        r.kind = DeadlineKind::AppealJudgment;
        r.fromDate = QDate(2026, 2, 1).addDays(i);
        const auto id = store.add(r);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        ids << id.value();
    }
    DeadlineModel model(store);
    Tester tester(&model, kQtTest);
    model.setCase(m_case);
    QCOMPARE(model.rowCount(), 3);
    Heard heard(&model);
    DeadlineRecord edited = store.deadline(ids.at(1)).value();
    edited.note = u"判决书于当日直接送达"_s;
    edited.title = u"对一审判决提起上诉"_s;
    QVERIFY(store.update(edited).ok());
    const int row = model.rowOf(ids.at(1));
    QVERIFY(heard.oneRowChanged(row));
    QCOMPARE(model.index(row, DeadlineModel::Title).data().toString(), edited.title);
    heard.clear();
    QVERIFY(store.trash(ids.at(0)).ok());
    QCOMPARE(heard.removed.count(), 1);
    QCOMPARE(heard.changed.count(), 0); // the others did not change
    QCOMPARE(heard.reset.count(), 0);
}

void TstItemModelRows::proof()
{
    const qint64 claim = addClaim();
    ClaimStore &claims = (*m_lib)->claims();
    ProofModel model(claims, (*m_lib)->evidence());
    Tester tester(&model, kQtTest);
    model.setCase(m_case);
    QVERIFY(model.rowCount() >= 3);
    const int row = model.rowOf(claim, model.row(1).element->id);
    QCOMPARE(row, 1);
    Heard heard(&model);
    QVERIFY(claims.setStatus(claim, u"2"_s, ElementStatus::Disputed, u"被告否认"_s).ok());
    QVERIFY(heard.oneRowChanged(1));
    QCOMPARE(model.index(1, ProofModel::Status).data(ProofModel::StatusRole).toInt(),
        int(ElementStatus::Disputed));
    QCOMPARE(model.row(1).element->note, u"被告否认"_s);

    heard.clear();
    const qint64 exhibit = (*m_lib)->evidence().items(m_case).value().first().id;
    QVERIFY(claims.cite(claim, u"2"_s, exhibit, 1).ok());
    QVERIFY(heard.oneRowChanged(1));
    QVERIFY(!model.index(1, ProofModel::Evidence).data().toString().isEmpty());
    // The claim's name stays on its first row only.
    QCOMPARE(model.index(0, ProofModel::Claim).data().toString(), model.row(0).claim->theoryName);
    QVERIFY(model.index(1, ProofModel::Claim).data().toString().isEmpty());

    heard.clear();
    const int rows = model.rowCount();
    const qint64 second = claims.addClaim(m_case, u"breach"_s).value();
    QCOMPARE(heard.reset.count(), 0);
    QCOMPARE(heard.inserted.count(), 1);
    QVERIFY(model.rowCount() > rows);
    heard.clear();
    QVERIFY(claims.removeClaim(second).ok());
    QCOMPARE(heard.reset.count(), 0);
    QCOMPARE(heard.removed.count(), 1);
    QCOMPARE(model.rowCount(), rows);
}

void TstItemModelRows::proofMatrix()
{
    const qint64 claim = addClaim();
    ProofMatrixModel model((*m_lib)->claims(), (*m_lib)->evidence());
    Tester tester(&model, kQtTest);
    model.setCase(m_case);
    QVERIFY(model.rowCount() >= 3);
    QVERIFY(model.columnCount() >= 2);
    Heard heard(&model);
    QSignalSpy columnsInserted(&model, &QAbstractItemModel::columnsInserted);
    QSignalSpy columnsRemoved(&model, &QAbstractItemModel::columnsRemoved);
    const qint64 exhibit = model.index(0, 1).data(ProofMatrixModel::EvidenceIdRole).toLongLong();
    QVERIFY((*m_lib)->claims().cite(claim, u"2"_s, exhibit, 1).ok());
    QVERIFY(heard.oneRowChanged(1));
    QVERIFY(model.index(1, 1).data(ProofMatrixModel::CitedRole).toBool());
    QVERIFY(!model.index(0, 1).data(ProofMatrixModel::CitedRole).toBool());
    QCOMPARE(model.citedCount(), 1);

    heard.clear();
    const int columns = model.columnCount();
    const qint64 added = importText(u"录音文字稿.txt"_s);
    QCOMPARE(columnsInserted.count(), 1);
    QCOMPARE(model.columnCount(), columns + 1);
    QCOMPARE(heard.reset.count(), 0);
    QVERIFY((*m_lib)->evidence().trashItem(added).ok());
    QCOMPARE(columnsRemoved.count(), 1);
    QCOMPARE(heard.reset.count(), 0);
    // The citation stays in its cell as the columns come and go.
    QVERIFY(model.index(1, 1).data(ProofMatrixModel::CitedRole).toBool());
}

void TstItemModelRows::chronology()
{
    EventStore &events = (*m_lib)->events();
    ChronologyModel model(events, (*m_lib)->evidence());
    Tester tester(&model, kQtTest);
    model.setCase(m_case);
    QVERIFY(model.rowCount() >= 2);
    Heard heard(&model);
    EventRecord edited =
        events.event(model.index(1, 0).data(ChronologyModel::IdRole).toLongLong()).value();
    edited.text = u"原告拒绝授权后，被告拒绝提供服务"_s;
    QVERIFY(events.updateEvent(edited).ok());
    QVERIFY(heard.oneRowChanged(1));
    QCOMPARE(model.index(1, ChronologyModel::Fact).data().toString(), edited.text);
}

void TstItemModelRows::review()
{
    const qint64 claim = addClaim();
    ReviewStore &store = (*m_lib)->review();
    QList<qint64> ids;
    for (const QString &element : { u"1"_s, u"2"_s }) {
        const auto anchor = store.anchorElement(claim, element);
        QVERIFY(anchor.ok());
        ids << store.add(m_case, anchor.value(), u"请补充证据"_s, u"王老师"_s).value();
    }
    ReviewModel model(store);
    Tester tester(&model, kQtTest);
    model.setCase(m_case);
    QCOMPARE(model.rowCount(), 2);
    Heard heard(&model);
    QVERIFY(store.edit(ids.at(1), u"请补充公证书"_s).ok());
    QVERIFY(heard.oneRowChanged(model.rowOf(ids.at(1))));
}

// A list of 10,000 rows with one row edited, one removed and one added is told as exactly
// those three (the ids are compared through hashes, rowdiff.h).
void TstItemModelRows::rowDiffOfThousands()
{
    struct Row {
        qint64 id = 0;
        QString text;
        bool operator==(const Row &) const = default;
    };
    QList<Row> rows;
    for (int i = 0; i < 10'000; ++i)
        rows.append({ i + 1, u"证据%1"_s.arg(i) });
    QList<Row> fresh = rows;
    fresh[5000].text = u"改"_s;
    fresh.removeAt(7000);
    fresh.insert(100, Row { 20'000, u"新"_s });
    QStringList heard;
    const RowSignals out { [&](int a, int b) { heard << u"remove %1-%2"_s.arg(a).arg(b); }, [] {},
        [&](int a, int b) { heard << u"insert %1-%2"_s.arg(a).arg(b); }, [] {},
        [&] { heard << u"reset"_s; }, [] {},
        [&](int a, int b) {
            heard << u"changed %1-%2"_s.arg(a).arg(b);
        } };
    applyRows(
        rows, fresh, [](const Row &r) { return r.id; }, std::equal_to<>(), out);
    QCOMPARE(
        heard, QStringList({ u"remove 7000-7000"_s, u"insert 100-100"_s, u"changed 5001-5001"_s }));
    QCOMPARE(rows, fresh);
}

QTEST_GUILESS_MAIN(TstItemModelRows)
#include "tst_itemmodelrows.moc"
