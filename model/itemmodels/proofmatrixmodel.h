#pragma once

#include "evidence/evidencestore.h"
#include "law/claimstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace habeas {

// The proof matrix of a case: one row per element of its claims, one column per exhibit; a
// cell is marked where the exhibit is cited for the element. Empty rows are the elements
// without evidence; empty columns the exhibits that prove nothing.
class ProofMatrixModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProofMatrixModel)

public:
    enum Role {
        CitedRole = Qt::UserRole + 1, // bool
        EvidenceIdRole,
        ClaimIdRole,
        ElementIdRole,
    };

    ProofMatrixModel(ClaimStore &claims, EvidenceStore &evidence, QObject *parent = nullptr);

    void setCase(qint64 caseId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int citedCount() const;

private:
    void reload();

    struct Row {
        qint64 claimId = 0;
        QString elementId;
        QString label; // 以不同意为由拒绝提供服务 · 2
        QString text;
        ElementStatus status = ElementStatus::Unproven;
        QHash<qint64, QStringList> cited; // exhibit id → the references cited
        bool operator==(const Row &) const = default;
    };

    ClaimStore &m_claims;
    EvidenceStore &m_evidence;
    qint64 m_caseId = 0;
    QList<Row> m_rows;
    QList<ExhibitHeading> m_columns;
};

} // namespace habeas
