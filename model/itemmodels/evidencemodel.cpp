#include "itemmodels/evidencemodel.h"

#include "itemmodels/proofmodel.h"
#include "itemmodels/rowdiff.h"

#include <QLocale>
#include <QMimeData>

namespace habeas {

EvidenceModel::EvidenceModel(EvidenceStore &store, QObject *parent)
    : CaseRowsModel(ColumnCount, parent)
    , m_store(store)
{
    connect(&m_store, &EvidenceStore::evidenceChanged, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            reload();
    });
}

void EvidenceModel::setCase(qint64 caseId)
{
    resetToCase(caseId);
    reload();
}

// An import adds rows, a removal takes them away, an edit changes one: the views hear of
// exactly that (itemmodels/rowdiff.h), so a list of thousands is not laid out again for each.
void EvidenceModel::reload()
{
    QList<EvidenceRecord> fresh;
    if (m_caseId) {
        auto items = m_store.items(m_caseId);
        if (items.ok())
            fresh = std::move(items).value();
    }
    replaceRows(std::move(fresh));
}

void EvidenceModel::refreshItem(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const auto r = m_store.item(id);
    if (!r.ok())
        return;
    m_rows[row] = r.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString EvidenceModel::textState(const EvidenceRecord &r)
{
    using State = EvidenceRecord::ParseState;
    switch (r.parseState) {
    case State::Pending:
        return tr("reading…");
    case State::Unreadable:
        return tr("unreadable: %1").arg(r.parseNote);
    case State::Encrypted:
        return tr("needs a password");
    case State::Ok:
        break;
    }
    QString text = r.pageCount > 0 ? tr("%n page(s)", nullptr, r.pageCount) : tr("read");
    switch (r.ocrState) {
    case EvidenceRecord::OcrState::Pending:
        return tr("%1, OCR pending").arg(text);
    case EvidenceRecord::OcrState::Done:
        return tr("%1, OCR done").arg(text);
    case EvidenceRecord::OcrState::Failed:
        return tr("%1, OCR failed").arg(text);
    case EvidenceRecord::OcrState::None:
        break;
    }
    return text;
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
    if (role == Qt::ToolTipRole && index.column() == Text && !r.parseNote.isEmpty())
        return r.parseNote;
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
    case Text:
        return textState(r);
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
    case Text:
        return tr("Text");
    case Sha256:
        return tr("SHA-256");
    default:
        return {};
    }
}

Qt::ItemFlags EvidenceModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = CaseRowsModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled
                           : base | Qt::ItemIsDropEnabled;
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

bool EvidenceModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    // One exhibit of this case at a time: the list is an order, not a bag.
    const QList<qint64> ids = evidenceIdsFrom(data);
    return ids.size() == 1 && rowOf(ids.first()) >= 0;
}

bool EvidenceModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent) || m_rows.isEmpty())
        return false;
    const qint64 id = evidenceIdsFrom(data).first();
    // Dropped on a row: that exhibit's place; between rows: the place of the row below; past
    // the end: after the last exhibit of the last group.
    const int target = parent.isValid() ? parent.row() : row;
    if (target >= 0 && target < m_rows.size())
        emit moveRequested(id, m_rows.at(target).group, m_rows.at(target).seq);
    else
        emit moveRequested(id, m_rows.last().group, m_rows.last().seq + 1);
    return false; // the store reloads the list once the move is made
}

} // namespace habeas
