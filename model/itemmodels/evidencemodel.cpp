#include "itemmodels/evidencemodel.h"

#include "itemmodels/proofmodel.h"

#include <QLocale>
#include <QMimeData>

namespace habeas {

EvidenceModel::EvidenceModel(EvidenceStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &EvidenceStore::evidenceChanged, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            reload();
    });
}

void EvidenceModel::setCase(qint64 caseId)
{
    m_caseId = caseId;
    reload();
}

void EvidenceModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_caseId) {
        const auto items = m_store.items(m_caseId);
        if (items.ok())
            m_rows = items.value();
    }
    endResetModel();
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvidenceRecord &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::ToolTipRole && index.column() == Sha256)
        return r.sha256;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Exhibit:
        return r.exhibitNumber();
    case Title:
        return r.title;
    case Purpose:
        return r.purpose;
    case Type:
        return r.mediaType;
    case Size:
        return QLocale().formattedDataSize(r.size);
    case Sha256:
        return r.sha256.left(16);
    default:
        return {};
    }
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Exhibit:
        return tr("Exhibit");
    case Title:
        return tr("Title");
    case Purpose:
        return tr("Proves");
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    case Sha256:
        return tr("SHA-256");
    default:
        return {};
    }
}

int EvidenceModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

Qt::ItemFlags EvidenceModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList EvidenceModel::mimeTypes() const
{
    return { QString::fromLatin1(kEvidenceMimeType) };
}

QMimeData *EvidenceModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && !ids.contains(m_rows.at(index.row()).id))
            ids << m_rows.at(index.row()).id;
    if (ids.isEmpty())
        return nullptr;
    QByteArray payload;
    for (qint64 id : std::as_const(ids))
        payload += QByteArray::number(id) + '\n';
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kEvidenceMimeType), payload);
    return data;
}

} // namespace habeas
