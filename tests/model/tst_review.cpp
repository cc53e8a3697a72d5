// The clinic's review: the store, its undo commands and item model, and the merge of a
// supervisor's comments coming back in a bundle onto the student's case.

#include "bundle/casebundle.h"
#include "demo/demolibrary.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "itemmodels/reviewmodel.h"
#include "law/claimstore.h"
#include "review/reviewstore.h"
#include "storage/auditlog.h"
#include "storage/sqldialect.h"
#include "testsupport.h"
#include "undo/reviewcommands.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

// Every file of a folder library, by hash; every row of a server library's tables (its blob
// store's included), by table.
QMap<QString, QByteArray> deepSnapshot(Library &library, const QString &folder)
{
    QMap<QString, QByteArray> files;
    if (library.isServer()) {
        QStringList tables = sqlTables(library.database()).value();
        tables << u"blobs"_s << u"blob_chunks"_s;
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery q(library.database());
            if (!q.exec(u"SELECT * FROM %1"_s.arg(table))) {
                files.insert(table, q.lastError().text().toUtf8());
                continue;
            }
            QList<QByteArray> rows;
            while (q.next()) {
                QByteArray row;
                for (int i = 0; i < q.record().count(); ++i)
                    row += q.value(i).toByteArray().toHex() + ' ';
                rows << row;
            }
            std::sort(rows.begin(), rows.end());
            files.insert(table, rows.join('\n'));
        }
        return files;
    }
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(u"-shm"_s))
            files.insert(QDir(folder).relativeFilePath(path), sha256Of(path));
    }
    return files;
}

qint64 firstClaim(Library &lib, qint64 caseId)
{
    return lib.claims().claims(caseId).value().first().id;
}

qint64 firstRegion(Library &lib, qint64 caseId)
{
    for (const auto &e : lib.evidence().items(caseId).value())
        for (const Annotation &a : lib.annotations().annotations(e.id).value())
            return a.id;
    return 0;
}

ReviewComment only(Library &lib, qint64 caseId, const QString &uid)
{
    for (const ReviewComment &c : lib.review().comments(caseId).value())
        if (c.uid == uid)
            return c;
    return {};
}

// A student's library with the demo case, and a supervisor's holding its bundle.
struct Clinic {
    TempLibrary student;
    TempLibrary supervisor;
    QTemporaryDir files;
    qint64 studentCase = 0;
    qint64 supervisorCase = 0;

    bool setUp()
    {
        studentCase = addDemoCase(*student.library).value();
        if (!bundle::exportCase(*student.library, studentCase, file(u"out"_s), {}).ok())
            return false;
        auto imported = bundle::importBundle(*supervisor.library, file(u"out"_s), {});
        supervisorCase = imported.ok() ? imported.value().caseId : 0;
        return supervisorCase > 0;
    }
    QString file(const QString &name) const { return files.filePath(name + u".habeas"_s); }
    // The supervisor sends the case back; the student imports its comments.
    Result<ReviewMerge> sendBack()
    {
        if (!bundle::exportCase(*supervisor.library, supervisorCase, file(u"back"_s), {}).ok())
            return Error::input(u"export"_s);
        auto r = bundle::importReview(*student.library, studentCase, file(u"back"_s), {});
        if (!r.ok())
            return r.failure().error;
        return r.value().merge;
    }
    // The student sends it again; the supervisor imports its comments.
    Result<ReviewMerge> sendForth()
    {
        if (!bundle::exportCase(*student.library, studentCase, file(u"forth"_s), {}).ok())
            return Error::input(u"export"_s);
        auto r = bundle::importReview(*supervisor.library, supervisorCase, file(u"forth"_s), {});
        if (!r.ok())
            return r.failure().error;
        return r.value().merge;
    }
};

} // namespace

class TstReview : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void addsEditsResolvesAndRemoves();
    void anchorsNameTheirRows();
    void undoesEveryChange();
    void modelChangesByRows();
    void mergeBringsNewComments();
    void mergeTakesOneSidedChanges();
    void mergeKeepsBothSidesOfAConflict();
    void mergeKeepsLocalRemovals();
    void refusesAnotherCaseAndChangesNothing();
    void importAsNewCaseKeepsComments();
};

void TstReview::addsEditsResolvesAndRemoves()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    ReviewStore &store = lib->review();
    QSignalSpy changed(&store, &ReviewStore::reviewChanged);
    const auto anchor = store.anchorElement(firstClaim(*lib.library, caseId), u"2"_s);
    QVERIFY(anchor.ok());
    QVERIFY(!store.add(caseId, anchor.value(), u"  "_s).ok()); // no text: refused
    const auto id = store.add(caseId, anchor.value(), u"证据不足"_s, u"王老师"_s);
    QVERIFY(id.ok());
    QCOMPARE(changed.count(), 1);
    auto c = store.comment(id.value()).value();
    QCOMPARE(c.author, u"王老师"_s);
    QCOMPARE(c.createdAt, u"2026-03-01T09:30:00+08:00"_s);
    QCOMPARE(c.revision, 1);
    QCOMPARE(c.uid.size(), 36);
    QVERIFY(store.edit(id.value(), u"证据不足，请补充公证"_s).ok());
    QVERIFY(store.setResolved(id.value(), true, u"李同学"_s).ok());
    c = store.comment(id.value()).value();
    QCOMPARE(c.text, u"证据不足，请补充公证"_s);
    QCOMPARE(c.revision, 3);
    QCOMPARE(c.resolvedBy, u"李同学"_s);
    QVERIFY(c.isResolved());
    QVERIFY(store.setResolved(id.value(), false).ok());
    QVERIFY(!store.comment(id.value())->isResolved());
    QVERIFY(store.remove(id.value()).ok());
    QVERIFY(store.comments(caseId)->isEmpty());
    QCOMPARE(store.comments(caseId, true)->size(), 1);
    QVERIFY(lib->audit().verify().ok);
}

void TstReview::anchorsNameTheirRows()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    ReviewStore &store = lib->review();
    const qint64 claim = firstClaim(*lib.library, caseId);
    const AnchorPlace element = store.place(caseId, store.anchorElement(claim, u"2"_s).value());
    QVERIFY(element.found);
    QCOMPARE(element.claimId, claim);
    QVERIFY(element.label.startsWith(u"Element 2: "_s));
    const qint64 region = firstRegion(*lib.library, caseId);
    const AnchorPlace place = store.place(caseId, store.anchorRegion(region).value());
    QCOMPARE(place.annotationId, region);
    QCOMPARE(place.label, lib->annotations().citation(region).value());
    const AnchorPlace request = store.place(caseId, store.anchorRequest(caseId, 1).value());
    QCOMPARE(request.requestPosition, 1);
    QVERIFY(!store.anchorRequest(caseId, 99).ok());
    QVERIFY(!store.anchorElement(claim, u"no-such-element"_s).ok());
    // A request keeps its identity when the requests are reworded around it.
    const QStringList before = lib->claims().requests(caseId).value();
    const ReviewAnchor first = store.anchorRequest(caseId, 1).value();
    QVERIFY(lib->claims().setRequests(caseId, QStringList { u"判令被告赔礼道歉"_s } + before).ok());
    QCOMPARE(store.place(caseId, first).requestPosition, 2);
    // An anchor of another case is refused.
    const qint64 other = addDemoCase(*lib.library).value();
    QVERIFY(!store.add(other, first, u"x"_s).ok());
}

void TstReview::undoesEveryChange()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    ReviewStore &store = lib->review();
    UndoManager undo;
    undo.setCurrentCase(caseId);
    const auto anchor = store.anchorRequest(caseId, 1).value();
    auto add = std::make_unique<AddReviewCommentCommand>(store, caseId, anchor, u"写具体"_s);
    auto *adding = add.get();
    QVERIFY(undo.pushCase(caseId, std::move(add)).ok());
    const qint64 id = adding->createdId();
    QVERIFY(undo.undo().ok());
    QVERIFY(store.comments(caseId)->isEmpty());
    QVERIFY(undo.redo().ok());
    QCOMPARE(store.comments(caseId)->first().id, id); // the same comment, not a copy
    using Change = ChangeReviewCommentCommand::Change;
    for (Change change : { Change::Edit, Change::Resolve, Change::Remove }) {
        const ReviewComment before = store.comment(id).value();
        QVERIFY(undo.pushCase(caseId,
                        std::make_unique<ChangeReviewCommentCommand>(
                            store, before, change, u"写具体一些"_s))
                    .ok());
        const ReviewComment after = store.comment(id).value();
        QVERIFY(after.revision != before.revision || after.isRemoved());
        QVERIFY(undo.undo().ok());
        const ReviewComment undone = store.comment(id).value();
        QCOMPARE(undone.text, before.text);
        QCOMPARE(undone.isResolved(), before.isResolved());
        QCOMPARE(undone.isRemoved(), false);
        QVERIFY(undo.redo().ok());
        QCOMPARE(store.comment(id)->text, after.text);
        QCOMPARE(store.comment(id)->isResolved(), after.isResolved());
    }
    QVERIFY(store.comments(caseId)->isEmpty()); // the last redo removed it
}

void TstReview::modelChangesByRows()
{
    TempLibrary lib;
    const qint64 caseId = addDemoCase(*lib.library).value();
    ReviewStore &store = lib->review();
    ReviewModel model(store);
    model.setCase(caseId);
    ReviewFilter filter;
    filter.setSourceModel(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const auto anchor = store.anchorRequest(caseId, 1).value();
    const qint64 a = store.add(caseId, anchor, u"一"_s).value();
    store.add(caseId, anchor, u"二"_s).value();
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(
        model.index(0, ReviewModel::Anchor).data().toString(), store.place(caseId, anchor).label);
    QCOMPARE(filter.rowCount(), 2);
    QVERIFY(store.setResolved(a, true).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(filter.rowCount(), 1); // Open hides it
    filter.setShow(ReviewFilter::Show::Resolved);
    QCOMPARE(filter.rowCount(), 1);
    filter.setShow(ReviewFilter::Show::All);
    QCOMPARE(filter.rowCount(), 2);
    QVERIFY(store.remove(a).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(resets.count(), 0);
}

void TstReview::mergeBringsNewComments()
{
    Clinic clinic;
    QVERIFY(clinic.setUp());
    Library &sup = *clinic.supervisor.library;
    // The supervisor comments on an element, a region, a request and the case's rows as the
    // bundle brought them.
    const qint64 claim = firstClaim(sup, clinic.supervisorCase);
    const qint64 region = firstRegion(sup, clinic.supervisorCase);
    QVERIFY(sup.review()
                .add(clinic.supervisorCase, sup.review().anchorElement(claim, u"2"_s).value(),
                    u"要件2证据不足"_s, u"王老师"_s)
                .ok());
    QVERIFY(sup.review()
                .add(clinic.supervisorCase, sup.review().anchorRegion(region).value(),
                    u"此区域看不清"_s, u"王老师"_s)
                .ok());
    QVERIFY(sup.review()
                .add(clinic.supervisorCase,
                    sup.review().anchorRequest(clinic.supervisorCase, 1).value(), u"写具体"_s,
                    u"王老师"_s)
                .ok());
    const auto merged = clinic.sendBack();
    QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error().message));
    QCOMPARE(merged->added, 3);
    QCOMPARE(merged->unanchored, 0);
    // Each finds the same row in the student's library.
    Library &stu = *clinic.student.library;
    const auto comments = stu.review().comments(clinic.studentCase).value();
    QCOMPARE(comments.size(), 3);
    const AnchorPlace onElement = stu.review().place(clinic.studentCase, comments.at(0).anchor);
    QCOMPARE(onElement.claimId, firstClaim(stu, clinic.studentCase));
    QCOMPARE(
        onElement.label, sup.review().place(clinic.supervisorCase, comments.at(0).anchor).label);
    QCOMPARE(stu.review().place(clinic.studentCase, comments.at(1).anchor).annotationId,
        firstRegion(stu, clinic.studentCase));
    QCOMPARE(stu.review().place(clinic.studentCase, comments.at(2).anchor).requestPosition, 1);
    QCOMPARE(comments.at(0).author, u"王老师"_s);
    // Importing the same bundle again changes nothing.
    const auto again = clinic.sendBack();
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, 3);
}

void TstReview::mergeTakesOneSidedChanges()
{
    Clinic clinic;
    QVERIFY(clinic.setUp());
    Library &sup = *clinic.supervisor.library;
    Library &stu = *clinic.student.library;
    const auto anchor = sup.review().anchorRequest(clinic.supervisorCase, 1).value();
    const qint64 a = sup.review().add(clinic.supervisorCase, anchor, u"一"_s).value();
    const qint64 b = sup.review().add(clinic.supervisorCase, anchor, u"二"_s).value();
    QVERIFY(clinic.sendBack().ok());
    const QString uidA = sup.review().comment(a)->uid;
    const QString uidB = sup.review().comment(b)->uid;
    // The supervisor edits one; the student resolves the other and sends it back.
    QVERIFY(sup.review().edit(a, u"一（改）"_s).ok());
    QVERIFY(
        stu.review().setResolved(only(stu, clinic.studentCase, uidB).id, true, u"李同学"_s).ok());
    const auto back = clinic.sendBack();
    QCOMPARE(back->updated, 1);
    QCOMPARE(back->kept, 1);
    QCOMPARE(only(stu, clinic.studentCase, uidA).text, u"一（改）"_s);
    QVERIFY(only(stu, clinic.studentCase, uidB).isResolved()); // the student's newer change kept
    // The student's resolution reaches the supervisor, whose copy had not changed since.
    const auto forth = clinic.sendForth();
    QCOMPARE(forth->updated, 1);
    QCOMPARE(only(sup, clinic.supervisorCase, uidB).resolvedBy, u"李同学"_s);
    QCOMPARE(only(sup, clinic.supervisorCase, uidA).text, u"一（改）"_s);
    // The supervisor reopens it: the student, unchanged since, takes that.
    QVERIFY(sup.review().setResolved(b, false).ok());
    QCOMPARE(clinic.sendBack()->updated, 1);
    QVERIFY(!only(stu, clinic.studentCase, uidB).isResolved());
    QVERIFY(only(stu, clinic.studentCase, uidB).conflict.isEmpty());
}

void TstReview::mergeKeepsBothSidesOfAConflict()
{
    Clinic clinic;
    QVERIFY(clinic.setUp());
    Library &sup = *clinic.supervisor.library;
    Library &stu = *clinic.student.library;
    const auto anchor = sup.review().anchorRequest(clinic.supervisorCase, 1).value();
    const qint64 a = sup.review().add(clinic.supervisorCase, anchor, u"原文"_s).value();
    QVERIFY(clinic.sendBack().ok());
    const QString uid = sup.review().comment(a)->uid;
    const qint64 mine = only(stu, clinic.studentCase, uid).id;
    QVERIFY(sup.review().edit(a, u"老师的新版本"_s).ok());
    QVERIFY(stu.review().edit(mine, u"学生的新版本"_s).ok());
    const auto back = clinic.sendBack();
    QCOMPARE(back->conflicts, 1);
    ReviewComment c = stu.review().comment(mine).value();
    QCOMPARE(c.text, u"学生的新版本"_s); // never overwritten
    QVERIFY(c.hasConflict());
    QCOMPARE(c.conflict.value(u"text"_s).toString(), u"老师的新版本"_s); // never lost
    // The student takes the supervisor's; undo brings the conflict back.
    UndoManager undo;
    undo.setCurrentCase(clinic.studentCase);
    QVERIFY(undo.pushCase(clinic.studentCase,
                    std::make_unique<ChangeReviewCommentCommand>(
                        stu.review(), c, ChangeReviewCommentCommand::Change::TakeTheirs))
                .ok());
    QCOMPARE(stu.review().comment(mine)->text, u"老师的新版本"_s);
    QVERIFY(!stu.review().comment(mine)->hasConflict());
    QVERIFY(undo.undo().ok());
    QVERIFY(stu.review().comment(mine)->hasConflict());
    // Keeping mine instead: sent forth, the supervisor (unchanged since) takes it.
    QVERIFY(stu.review().settleConflict(mine, false).ok());
    QCOMPARE(clinic.sendForth()->updated, 1);
    QCOMPARE(sup.review().comment(a)->text, u"学生的新版本"_s);
    QVERIFY(!sup.review().comment(a)->hasConflict());
}

void TstReview::mergeKeepsLocalRemovals()
{
    Clinic clinic;
    QVERIFY(clinic.setUp());
    Library &sup = *clinic.supervisor.library;
    Library &stu = *clinic.student.library;
    const auto anchor = sup.review().anchorRequest(clinic.supervisorCase, 1).value();
    const qint64 a = sup.review().add(clinic.supervisorCase, anchor, u"一"_s).value();
    QVERIFY(clinic.sendBack().ok());
    QVERIFY(
        stu.review().remove(only(stu, clinic.studentCase, sup.review().comment(a)->uid).id).ok());
    QCOMPARE(clinic.sendBack()->skippedRemoved, 1);
    QVERIFY(stu.review().comments(clinic.studentCase)->isEmpty());
}

void TstReview::refusesAnotherCaseAndChangesNothing()
{
    Clinic clinic;
    QVERIFY(clinic.setUp());
    Library &sup = *clinic.supervisor.library;
    Library &stu = *clinic.student.library;
    QVERIFY(sup.review()
                .add(clinic.supervisorCase,
                    sup.review().anchorRequest(clinic.supervisorCase, 1).value(), u"一"_s)
                .ok());
    QVERIFY(bundle::exportCase(sup, clinic.supervisorCase, clinic.file(u"back"_s), {}).ok());
    // Another case of the student's library, and a case that was never exported.
    const qint64 other = addDemoCase(stu).value();
    QVERIFY(bundle::exportCase(stu, other, clinic.file(u"other"_s), {}).ok());
    stu.audit().flushHead(); // the head of its last commit is on disk first
    const auto before = deepSnapshot(stu, clinic.student.path());
    const auto r = bundle::importReview(stu, other, clinic.file(u"back"_s), {});
    QVERIFY(!r.ok());
    QCOMPARE(r.failure().kind, bundle::Failure::Kind::Input);
    QVERIFY(r.failure().error.message.contains(u"another case"_s));
    QCOMPARE(deepSnapshot(stu, clinic.student.path()), before);
    const qint64 fresh = addDemoCase(stu).value();
    stu.audit().flushHead();
    const auto after = deepSnapshot(stu, clinic.student.path());
    QVERIFY(!bundle::importReview(stu, fresh, clinic.file(u"back"_s), {}).ok());
    QCOMPARE(deepSnapshot(stu, clinic.student.path()), after);
    QVERIFY(before != after); // the fresh case did change it: the comparison can fail
    QVERIFY(stu.review().comments(other)->isEmpty());
}

void TstReview::importAsNewCaseKeepsComments()
{
    Clinic clinic;
    QVERIFY(clinic.setUp());
    Library &sup = *clinic.supervisor.library;
    const qint64 claim = firstClaim(sup, clinic.supervisorCase);
    const qint64 a =
        sup.review()
            .add(clinic.supervisorCase, sup.review().anchorElement(claim, u"1"_s).value(), u"好"_s)
            .value();
    QVERIFY(sup.review().setResolved(a, true, u"王老师"_s).ok());
    QVERIFY(bundle::exportCase(sup, clinic.supervisorCase, clinic.file(u"back"_s), {}).ok());
    const auto inspected = bundle::inspectBundle(clinic.file(u"back"_s), {}, clinic.files.path());
    QCOMPARE(inspected.value().reviewVersion, 1);
    QCOMPARE(inspected.value().reviewComments, 1);
    TempLibrary third;
    const auto imported = bundle::importBundle(*third.library, clinic.file(u"back"_s), {});
    QVERIFY(imported.ok());
    const auto comments = third->review().comments(imported.value().caseId).value();
    QCOMPARE(comments.size(), 1);
    QVERIFY(comments.first().isResolved());
    QVERIFY(third->review().place(imported.value().caseId, comments.first().anchor).found);
    // A bundle written without the review part (as before schema 12) is still read.
    bundle::ExportOptions plain;
    plain.withReview = false;
    QVERIFY(bundle::exportCase(sup, clinic.supervisorCase, clinic.file(u"plain"_s), plain).ok());
    QVERIFY(bundle::importBundle(*third.library, clinic.file(u"plain"_s), {}).ok());
    const auto refused = bundle::importReview(
        *clinic.student.library, clinic.studentCase, clinic.file(u"plain"_s), {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.failure().kind, bundle::Failure::Kind::Input);
}

QTEST_MAIN(TstReview)
#include "tst_review.moc"
