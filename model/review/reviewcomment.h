#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace habeas {

// What a review comment is written on. The anchor names its row by the row's stable identity
// (the uid column, schema 15), not by its id, so that it holds in another library the case
// travels to in a bundle.
struct ReviewAnchor {
    enum class Kind { Element, Region, Request, Document };
    Kind kind = Kind::Element;
    QString uid; // the claim's (for an element), the region's, the request's or the document's
    QString element; // an element: its id within the claim's theory ("refusal-of-service.2")

    bool operator==(const ReviewAnchor &) const = default;
};

QString toId(ReviewAnchor::Kind kind);
std::optional<ReviewAnchor::Kind> anchorKindFromId(const QString &id);

// One comment of the clinic's review: a supervisor's (or anyone's) remark on part of a case.
struct ReviewComment {
    qint64 id = 0;
    qint64 caseId = 0;
    QString uid; // the same in every library the case's bundles reach
    ReviewAnchor anchor;
    QString text;
    QString author;
    QString createdAt; // Clock::isoNow()
    QString editedAt; // the text's last edit
    int revision = 1; // counts the changes of this copy: edits, resolving, reopening
    QString resolvedBy; // empty while open
    QString resolvedAt; // empty while open
    // The digest() of the version last exchanged with the other side; empty: never.
    QString baseDigest;
    // The other side's version when both sides changed the comment since the last exchange
    // (toJson()); empty: no conflict.
    QJsonObject conflict;
    QString removedAt; // removed here: hidden, and not brought back by a merge

    bool isResolved() const { return !resolvedAt.isEmpty(); }
    bool hasConflict() const { return !conflict.isEmpty(); }
    bool isRemoved() const { return !removedAt.isEmpty(); }
    // SHA-256 (hex) of what a merge compares: the text and whether, and by whom, it is resolved.
    QString digest() const;

    // The comment as a bundle's review.json and `review list --json` carry it (no local id).
    QJsonObject toJson() const;
    // Checks the shape; nullopt when a field is missing or malformed.
    static std::optional<ReviewComment> fromJson(const QJsonObject &json);
};

} // namespace habeas
