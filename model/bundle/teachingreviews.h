#pragma once

#include "bundle/bundleformat.h"

#include <QList>
#include <QString>

namespace habeas {
class Library;
}

namespace habeas::bundle {

// The teaching copy's review (schema 14, table teaching_reviews): before an exhibit goes into a
// teaching copy its exporter confirms having looked at every page as it will go out, its
// redactions burned in. A confirmation holds for the exhibit's bytes and its live redaction
// regions as they were when it was given; a region added, moved or removed asks for it again.
struct ExhibitReview {
    qint64 evidenceId = 0;
    QString exhibit; // 证据1-2
    QString title;
    bool reviewed = false; // confirmed, and the regions are still those confirmed
    bool changed = false; // confirmed once, but the regions changed since
};

// Every live exhibit of the case, in exhibit order, with whether its review holds.
Outcome<QList<ExhibitReview>> teachingReviews(Library &library, qint64 caseId);

// Records that the exhibits (of this case) were reviewed as they are now, with one audit entry.
Done recordTeachingReviews(Library &library, qint64 caseId, const QList<qint64> &evidenceIds);

// The SHA-256 of an exhibit's live redaction regions (page and rectangle, in order).
Outcome<QString> redactionFingerprint(Library &library, qint64 evidenceId);

} // namespace habeas::bundle
