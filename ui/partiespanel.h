#pragma once

#include "casepanel.h"

class QCheckBox;
class QPushButton;
class QTableView;

namespace habeas {

class PartyListModel;
struct PartyRecord;

// 当事人: the parties of the case, with their particulars in the inspector.
class PartiesPanel final : public CasePanel {
    Q_OBJECT

public:
    PartiesPanel(Library &library, UndoManager &undo, QWidget *parent = nullptr);

    QString title() const override { return tr("Parties"); }
    void setCase(qint64 caseId) override;

    void addParty();
    void editParty();
    void removeParty();
    void restoreParty();
    void setShowRemoved(bool removed);

    QTableView *view() const { return m_view; }
    PartyListModel *model() const { return m_model; }

private:
    qint64 selectedPartyId() const;
    void selectParty(qint64 partyId);
    void updateActions();
    void inspectSelection();

    qint64 m_caseId = 0;
    PartyListModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_restore;
    QCheckBox *m_showRemoved;
};

// The label/value rows of a party's particulars, as the inspector and a filing show them.
QList<std::pair<QString, QString>> partyParticulars(const PartyRecord &p);

} // namespace habeas
