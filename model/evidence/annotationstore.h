#pragma once

#include "core/result.h"

#include <QObject>
#include <QRectF>

namespace habeas {

class Library;

// A region of one page of an exhibit. The rectangle is in fractions of the page (0..1), so it
// holds at any zoom and for any rendering resolution.
struct Annotation {
    enum class Kind { Highlight, Redaction };
    qint64 id = 0;
    qint64 evidenceId = 0;
    int region = 0; // R in "证据1-2, page 3, region R": numbered per exhibit, never reused
    int page = 1;
    Kind kind = Kind::Highlight;
    QRectF rect;
    QString note;
    QString trashedAt;

    bool isTrashed() const { return !trashedAt.isEmpty(); }
};

QString toId(Annotation::Kind kind);
std::optional<Annotation::Kind> annotationKindFromId(const QString &id);

// The highlights and redaction boxes of exhibits. The originals are never touched: redactions
// are burned into exported copies only.
class AnnotationStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationStore)

public:
    explicit AnnotationStore(Library &library);

    Result<qint64> add(const Annotation &annotation);
    Status update(const Annotation &annotation); // note, rectangle and kind
    Status trash(qint64 id);
    Status restore(qint64 id);

    Result<Annotation> annotation(qint64 id) const;
    // The live annotations of an exhibit, by page then region.
    Result<QList<Annotation>> annotations(qint64 evidenceId) const;
    // "证据1-2，第3页，区域1": how a region is cited.
    Result<QString> citation(qint64 id) const;

signals:
    void annotationsChanged(qint64 evidenceId);

private:
    Status validate(const Annotation &annotation) const;
    Status setTrashed(qint64 id, bool trashed);

    Library &m_library;
};

} // namespace habeas
