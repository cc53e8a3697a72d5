#pragma once

#include "law/claimstore.h"

#include <QAbstractTableModel>

namespace habeas {

class EvidenceStore;
class ReviewStore;

// The MIME type of exhibits dragged from an evidence list: their ids, one per line.
inline constexpr char kEvidenceMimeType[] = "application/x-habeas-evidence-ids";

// Every element of every claim of a case, claim by claim: where each stands and the evidence
// cited for it. Exhibits dropped on an element ask for a citation (the panel decides).
class ProofModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProofModel)

public:
    enum Column { Claim, Element, Burden, Status, Evidence, ColumnCount };
    enum Role {
        ClaimIdRole = Qt::UserRole + 1,
        ElementIdRole,
        StatusRole, // ElementStatus as int
        LawWarningRole, // lawWarning() of the element: empty when its articles were in force
    };

    ProofModel(ClaimStore &claims, EvidenceStore &evidence, QObject *parent = nullptr);

    void setCase(qint64 caseId);
    // Marks the elements that open review comments are on (✎ and the comments as tooltip).
    void setReview(ReviewStore *review);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override
    {
        return Qt::CopyAction | Qt::LinkAction;
    }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

    struct Row {
        const ClaimRecord *claim = nullptr;
        const ClaimElement *element = nullptr;
        int number = 0; // the element's number within its theory
        bool firstOfClaim = false; // the row that names the claim
    };
    Row row(int row) const { return m_rows.at(row); }
    const QList<ClaimRecord> &claims() const { return m_claims; }
    int rowOf(qint64 claimId, const QString &elementId) const;

signals:
    void citeRequested(qint64 claimId, const QString &elementId, const QList<qint64> &evidenceIds);
    // The claims were read again (each change arrives as rows; this once after them all).
    void reloaded();

private:
    void reload();

    ClaimStore &m_store;
    qint64 m_caseId = 0;
    QList<ClaimRecord> m_claims;
    QList<Row> m_rows;
    ReviewStore *m_review = nullptr;
    QHash<QString, QStringList> m_notes; // ReviewStore::openNotes()
};

QString toDisplay(ElementStatus status);
QString toDisplay(Burden burden);
// Why an element's articles were not in force at the time of its facts, and what applies
// instead; empty when they were.
QString lawWarning(const ClaimElement &element);
// The evidence ids a drag from an evidence list carries.
QList<qint64> evidenceIdsFrom(const QMimeData *data);

} // namespace habeas
