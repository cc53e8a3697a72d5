#include "itemmodels/damagesmodel.h"

#include "cases/casetypes.h"
#include "damages/damagesstore.h"
#include "damages/money.h"
#include "evidence/evidencestore.h"
#include "itemmodels/rowdiff.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace habeas {

DamagesModel::DamagesModel(DamagesStore &store, QObject *parent)
    : CaseRowsModel(ColumnCount, parent)
    , m_store(store)
{
    connect(&m_store, &DamagesStore::damagesChanged, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            reload();
    });
}

void DamagesModel::setCase(qint64 caseId, const QString &scenario)
{
    if (caseId != m_caseId || scenario != m_scenario) {
        m_scenario = scenario;
        resetToCase(caseId);
    }
    reload();
}

void DamagesModel::setParties(const QList<PartyRecord> &parties)
{
    m_partyNames.clear();
    for (const PartyRecord &p : parties)
        m_partyNames.insert(p.id, p.name);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Defendants), index(rowCount() - 1, Defendants));
}

void DamagesModel::setExhibits(const QList<EvidenceRecord> &exhibits)
{
    m_exhibits.clear();
    for (const EvidenceRecord &e : exhibits)
        m_exhibits.insert(e.id, e.exhibitNumber());
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Item), index(rowCount() - 1, Item));
}

// An item added, edited, moved or removed arrives as that row (itemmodels/rowdiff.h).
void DamagesModel::reload()
{
    QList<DamagesRecord> fresh;
    if (m_caseId) {
        auto items = m_store.items(m_caseId, m_scenario);
        if (items.ok())
            fresh = std::move(items).value();
    }
    replaceRows(std::move(fresh));
}

QVariant DamagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DamagesRecord &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == AmountFenRole)
        return r.amountFen;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Head:
        return headDisplayName(r.head);
    case Item: {
        const QString proof = r.evidenceId
            ? m_exhibits.value(r.evidenceId, QString::number(r.evidenceId))
            : QString();
        const auto withProof = [&proof](const QString &text) {
            return proof.isEmpty() ? text : text + u" · "_s + proof;
        };
        if (r.head == DamagesHead::RightsProtectionCost && r.expenseKind) {
            QStringList parts { displayName(*r.expenseKind) };
            if (!r.payee.isEmpty())
                parts << r.payee;
            if (!r.receipt.isEmpty())
                parts << r.receipt;
            return withProof(parts.join(u" · "_s));
        }
        if (r.head == DamagesHead::PerRecord) {
            QStringList parts { tr("%L1 records × %2 yuan")
                                    .arg(r.records)
                                    .arg(formatYuan(r.perRecordFen, QLocale())) };
            for (const LabelledCoefficient &c : r.coefficients)
                parts << (c.label.isEmpty() ? c.factor : c.label + u' ' + c.factor);
            return withProof(parts.join(u" × "_s));
        }
        return withProof(r.description);
    }
    case Basis:
        return r.basis;
    case Defendants: {
        QStringList names;
        for (qint64 id : r.defendantIds)
            names << m_partyNames.value(id, QString::number(id));
        return names.size() > 1 ? tr("%1 (jointly and severally)").arg(names.join(u"、"_s))
                                : names.join(u"、"_s);
    }
    case Amount:
        return formatYuan(r.amountFen, QLocale());
    default:
        return {};
    }
}

QVariant DamagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Head:
        return tr("Head");
    case Item:
        return tr("Item");
    case Basis:
        return tr("Legal basis");
    case Defendants:
        return tr("Against");
    case Amount:
        return tr("Yuan");
    default:
        return {};
    }
}

} // namespace habeas
