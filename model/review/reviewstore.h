#pragma once

#include "core/result.h"
#include "review/reviewcomment.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace habeas {

class Library;

// Where an anchor is in this library: the row it names, and how the Review panel and
// `review list` name it ("要件2：被告未取得同意", "证据1-2，第2页，区域1", "请求：判令被告删除……",
// "文书：民事起诉状"). found is false when the case no longer has the row.
struct AnchorPlace {
    bool found = false;
    qint64 claimId = 0; // element
    QString element; // element: its id
    qint64 annotationId = 0; // region
    qint64 evidenceId = 0; // region: its exhibit
    int page = 0; // region: its page
    int requestPosition = 0; // request: 1-based
    qint64 documentId = 0; // document
    QString label;
};

// What a merge of another copy's comments did.
struct ReviewMerge {
    int added = 0; // new here
    int updated = 0; // changed on the other side only: taken
    int kept = 0; // changed here only: kept
    int unchanged = 0;
    int conflicts = 0; // changed on both sides: both kept, flagged
    int skippedRemoved = 0; // removed here: left removed
    int unanchored = 0; // of those added or taken, anchored to a row this case lacks
    int total() const { return added + updated + kept + unchanged + conflicts + skippedRemoved; }
};

// The review comments of each case (review_comments, schema 15): adding, editing, resolving
// and reopening them, and merging the comments another library's copy of the case carries.
class ReviewStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewStore)

public:
    explicit ReviewStore(Library &library);

    // The case's comments, oldest first; removed ones only when asked.
    Result<QList<ReviewComment>> comments(qint64 caseId, bool withRemoved = false) const;
    Result<ReviewComment> comment(qint64 id) const;

    // The anchors of the rows a comment can be written on; each gives the row its stable
    // identity when it has none yet. element: the full id or its number within the theory.
    Result<ReviewAnchor> anchorElement(qint64 claimId, const QString &element);
    Result<ReviewAnchor> anchorRegion(qint64 annotationId);
    Result<ReviewAnchor> anchorRequest(qint64 caseId, int position);
    Result<ReviewAnchor> anchorDocument(qint64 documentId);
    // Gives every claim, region, request and document of the case its stable identity. Inside
    // the caller's transaction.
    static Status ensureUids(const QSqlDatabase &db, qint64 caseId);

    AnchorPlace place(qint64 caseId, const ReviewAnchor &anchor) const;
    // Where a place is, as the panels that show it know it: "element:<claim id>:<element id>",
    // "region:<annotation id>", "request:<position>", "document:<document id>".
    static QString placeKey(ReviewAnchor::Kind kind, const AnchorPlace &place);
    // The open comments (and those in conflict) of the case by placeKey(), each as
    // "author: text": the markers the panels show where the comments are anchored.
    QHash<QString, QStringList> openNotes(qint64 caseId) const;
    // The documents' names by template id (the documents layer knows them); unset: the id.
    void setDocumentNamer(std::function<QString(const QString &templateId)> namer);

    // author: empty for currentUser(). Returns the new comment's id.
    Result<qint64> add(
        qint64 caseId, const ReviewAnchor &anchor, const QString &text, const QString &author = {});
    Status edit(qint64 id, const QString &text);
    Status setResolved(qint64 id, bool resolved, const QString &by = {});
    Status remove(qint64 id);
    Status restore(qint64 id);
    // Writes the comment's changeable fields (text, times, revision, resolution, base, conflict)
    // back as given: what undo uses.
    Status put(const ReviewComment &comment);
    // Settles a conflict: keep this side's version or take the other side's.
    Status settleConflict(qint64 id, bool takeTheirs);

    // Merges another copy's comments into the case (review.h's rules), in one transaction.
    Result<ReviewMerge> merge(qint64 caseId, const QList<ReviewComment> &incoming);
    // The same inside the caller's transaction (no signal): a bundle import's.
    static Result<ReviewMerge> mergeRows(
        const QSqlDatabase &db, qint64 caseId, const QList<ReviewComment> &incoming);

    // Settings' user name, else systemUser().
    static QString currentUser();
    // The operating system's user, else the home folder's name, else "?".
    static QString systemUser();

signals:
    void reviewChanged(qint64 caseId);

private:
    Status write(qint64 caseId, const std::function<Status(const QSqlDatabase &)> &work,
        const QString &action, qint64 entityId);
    Result<QString> rowUid(const QString &table, qint64 id);

    Library &m_library;
    std::function<QString(const QString &)> m_documentNamer;
};

} // namespace habeas
