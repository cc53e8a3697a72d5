#pragma once

#include "evidence/evidencestore.h"
#include "itemmodels/caserowsmodel.h"

namespace habeas {

// The exhibits of one case in exhibit order.
class EvidenceModel final : public CaseRowsModel<EvidenceRecord> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceModel)

public:
    enum Column { Exhibit, Title, Purpose, Type, Size, Text, Sha256, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit EvidenceModel(EvidenceStore &store, QObject *parent = nullptr);

    void setCase(qint64 caseId);
    // Re-reads one exhibit (its text state changed); no reset, so the selection stays.
    void refreshItem(qint64 id);
    // What the parser made of an exhibit, for a person: "3 pages", "unreadable: …".
    static QString textState(const EvidenceRecord &record);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Exhibits can be dragged (onto an element of a claim, to cite them): their ids travel as
    // kEvidenceMimeType (itemmodels/proofmodel.h).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override
    {
        return Qt::CopyAction | Qt::LinkAction;
    }

    // Exhibits dropped on the list ask to move there (the panel decides, through undo).
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

    const EvidenceRecord &record(int row) const { return m_rows.at(row); }

signals:
    // `group` and `position` (from 1) are where the exhibit should go.
    void moveRequested(qint64 id, int group, int position);

private:
    qint64 idOf(const EvidenceRecord &row) const override { return row.id; }

    void reload();

    EvidenceStore &m_store;
};

} // namespace habeas
