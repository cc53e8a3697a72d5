#include "partiespanel.h"

#include "cases/casestore.h"
#include "dialogs.h"
#include "itemmodels/partylistmodel.h"
#include "partydialog.h"
#include "staleedit.h"
#include "storage/library.h"
#include "undo/casecommands.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

QList<std::pair<QString, QString>> partyParticulars(const PartyRecord &p)
{
    QList<std::pair<QString, QString>> rows {
        { QCoreApplication::translate("habeas::PartiesPanel", "Role"), displayName(p.role) },
        { QCoreApplication::translate("habeas::PartiesPanel", "Type"), displayName(p.type) }
    };
    if (p.type == PartyType::Person) {
        rows.append({ { QCoreApplication::translate("habeas::PartiesPanel", "Sex"),
                          p.sex == Sex::Unspecified ? QString() : displayName(p.sex) },
            { QCoreApplication::translate("habeas::PartiesPanel", "Birth date"),
                p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString() },
            { QCoreApplication::translate("habeas::PartiesPanel", "Ethnicity"), p.ethnicity },
            { QCoreApplication::translate("habeas::PartiesPanel", "Occupation"), p.occupation },
            { QCoreApplication::translate("habeas::PartiesPanel", "Employer"), p.employer },
            { QCoreApplication::translate("habeas::PartiesPanel", "ID number"), p.idNumber } });
    } else {
        rows.append({ { QCoreApplication::translate("habeas::PartiesPanel", "Credit code"),
                          p.uscc },
            { QCoreApplication::translate("habeas::PartiesPanel", "Legal representative"),
                p.legalRep },
            { QCoreApplication::translate("habeas::PartiesPanel", "Title"), p.legalRepTitle } });
    }
    rows.append({ { QCoreApplication::translate("habeas::PartiesPanel", "Domicile"), p.address },
        { QCoreApplication::translate("habeas::PartiesPanel", "Phone"), p.phone } });
    if (p.isStatutoryAgent())
        rows.append({ QCoreApplication::translate("habeas::PartiesPanel", "Relation to the party"),
            p.relation });
    if (p.isEntrustedAgent()) {
        QStringList powers;
        for (const QString &id : p.specialPowers)
            powers << specialPowerName(id);
        rows.append({ QCoreApplication::translate("habeas::PartiesPanel", "Authority"),
            displayName(p.authority)
                + (powers.isEmpty() ? QString() : u": "_s + powers.join(u", "_s)) });
    }
    return rows;
}

PartiesPanel::PartiesPanel(Library &library, UndoManager &undo, QWidget *parent)
    : CasePanel(library, undo, parent)
    , m_model(new PartyListModel(library.cases(), this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add party…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_restore(new QPushButton(tr("Re&store"), this))
    , m_showRemoved(new QCheckBox(tr("Show removed parties"), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    buttons->addWidget(m_showRemoved);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &PartiesPanel::addParty);
    connect(m_edit, &QPushButton::clicked, this, &PartiesPanel::editParty);
    connect(m_remove, &QPushButton::clicked, this, &PartiesPanel::removeParty);
    connect(m_restore, &QPushButton::clicked, this, &PartiesPanel::restoreParty);
    connect(m_showRemoved, &QCheckBox::toggled, this, &PartiesPanel::setShowRemoved);
    connect(m_view, &QTableView::doubleClicked, this, &PartiesPanel::editParty);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        inspectSelection();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PartiesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PartiesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PartiesPanel::updateActions);
    updateActions();
}

void PartiesPanel::setCase(qint64 caseId)
{
    m_caseId = caseId;
    m_model->setCase(caseId);
    m_view->resizeColumnsToContents();
    updateActions();
}

qint64 PartiesPanel::selectedPartyId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(PartyListModel::IdRole).toLongLong();
}

void PartiesPanel::selectParty(qint64 partyId)
{
    const int row = m_model->rowOf(partyId);
    if (row >= 0)
        m_view->selectRow(row);
}

void PartiesPanel::updateActions()
{
    const auto c =
        m_caseId ? library().cases().caseById(m_caseId) : Result<CaseRecord>(Error::notFound({}));
    const bool writable = c.ok() && !c->isTrashed() && !library().isReadOnly();
    const bool removed = m_model->showsRemoved();
    m_add->setEnabled(writable && !removed);
    m_edit->setEnabled(writable && !removed && selectedPartyId());
    m_remove->setEnabled(writable && !removed && selectedPartyId());
    m_restore->setVisible(removed);
    m_restore->setEnabled(writable && removed && selectedPartyId());
}

void PartiesPanel::inspectSelection()
{
    const qint64 id = selectedPartyId();
    if (!id)
        return;
    const auto p = library().cases().partyById(id);
    if (p.ok())
        emit inspect(p->name, partyParticulars(p.value()));
}

void PartiesPanel::addParty()
{
    if (!m_add->isEnabled())
        return;
    PartyRecord blank;
    blank.caseId = m_caseId;
    // The first party is usually the plaintiff, the next the defendant.
    blank.role = m_model->rowCount() == 0 ? PartyRole::Plaintiff : PartyRole::Defendant;
    blank.type = blank.role == PartyRole::Defendant ? PartyType::Organisation : PartyType::Person;
    const auto others = library().cases().parties(m_caseId);
    if (!others.ok())
        return Dialogs::error(this, tr("Add party"), others.error().message);
    PartyDialog dialog(blank, others.value(), this);
    // When saving fails the dialog comes back with what was typed.
    while (dialog.exec() == QDialog::Accepted) {
        auto command = std::make_unique<AddPartyCommand>(library().cases(), dialog.record());
        auto *raw = command.get();
        const Status st = undo().pushCase(m_caseId, std::move(command));
        if (st.ok())
            return selectParty(raw->partyId());
        Dialogs::error(this, tr("Add party"), st.error().message);
    }
}

void PartiesPanel::editParty()
{
    const qint64 id = selectedPartyId();
    if (!id || !m_edit->isEnabled())
        return;
    const auto before = library().cases().partyById(id);
    if (!before.ok())
        return Dialogs::error(this, tr("Edit party"), before.error().message);
    const auto others = library().cases().parties(m_caseId);
    if (!others.ok())
        return Dialogs::error(this, tr("Edit party"), others.error().message);
    // When saving fails the dialog comes back with what was typed; a stale edit asks.
    const bool edited = editInDialog(
        this, tr("Edit party"), before.value(),
        [this, &others](const PartyRecord &r) {
            return std::make_unique<PartyDialog>(r, others.value(), this);
        },
        [this, id] { return library().cases().partyById(id); },
        [this](const PartyRecord &from, const PartyRecord &to) {
            return undo().pushCase(
                m_caseId, std::make_unique<EditPartyCommand>(library().cases(), from, to));
        });
    if (edited)
        selectParty(id);
}

void PartiesPanel::setShowRemoved(bool removed)
{
    m_showRemoved->setChecked(removed);
    m_model->setShowRemoved(removed);
    updateActions();
}

void PartiesPanel::restoreParty()
{
    const qint64 id = selectedPartyId();
    if (!id || !m_restore->isEnabled())
        return;
    const auto p = library().cases().partyById(id);
    if (!p.ok())
        return;
    if (auto st = undo().pushCase(
            m_caseId, std::make_unique<RestorePartyCommand>(library().cases(), id, p->name));
        !st.ok()) {
        Dialogs::error(this, tr("Restore party"), st.error().message);
        return;
    }
    setShowRemoved(false);
    selectParty(id);
}

void PartiesPanel::removeParty()
{
    const qint64 id = selectedPartyId();
    if (!id || !m_remove->isEnabled())
        return;
    const auto p = library().cases().partyById(id);
    if (!p.ok())
        return;
    // Removal is undoable (Edit ▸ Undo), so it asks nothing.
    if (auto st = undo().pushCase(
            m_caseId, std::make_unique<RemovePartyCommand>(library().cases(), id, p->name));
        !st.ok())
        Dialogs::error(this, tr("Remove party"), st.error().message);
    else
        emit statusMessage(tr("Removed %1. Edit ▸ Undo brings the party back.").arg(p->name));
}

} // namespace habeas
