#pragma once

#include "cases/casetypes.h"
#include "damages/damagesrecord.h"
#include "evidence/evidencestore.h"
#include "register/registerstats.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace habeas {

class FieldMessage;

// Adds or edits one item of the damages worksheet: its head, amount (yuan, two decimals at
// most), basis, the defendants it is claimed against, and what the head needs besides —
// the ledger entry of a cost, the Art. 5 factors of mental distress, the assumptions of a
// per-record amount. OK stays disabled while anything is wrong.
class DamagesDialog final : public QDialog {
    Q_OBJECT

public:
    // exhibits: the case's evidence, one of which may prove the item (a receipt, for a cost).
    DamagesDialog(const DamagesRecord &record, const QList<PartyRecord> &parties,
        const QStringList &scenarios, const QList<EvidenceRecord> &exhibits = {},
        QWidget *parent = nullptr);

    DamagesRecord record() const;
    bool isAcceptable() const;
    // The case's register of affected persons: its categories are offered as bases, and an
    // item counted from it shows the register's count, which cannot then be typed over.
    void setRegisterStats(const RegisterStats &stats);

    QComboBox *headBox() const { return m_head; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *recordsEdit() const { return m_records; }
    QLineEdit *perRecordEdit() const { return m_perRecord; }
    QLineEdit *coefficientsEdit() const { return m_coefficients; }
    QListWidget *defendantList() const { return m_defendants; }
    QComboBox *exhibitBox() const { return m_exhibit; }
    QComboBox *recipientBox() const { return m_to; }
    QLineEdit *recipientNameEdit() const { return m_toName; }
    QComboBox *registerBasisBox() const { return m_fromRegister; }
    QString message() const;
    QString computedText() const;
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    // The constructor's parts, one per section of the form.
    QFormLayout *itemForm(const DamagesRecord &record, const QList<PartyRecord> &parties,
        const QStringList &scenarios, const QList<EvidenceRecord> &exhibits);
    void setUpPerRecordBox(const DamagesRecord &record);
    void setUpFactorsBox(const DamagesRecord &record);
    void setUpLedgerBox(const DamagesRecord &record);
    void onHeadChanged();
    void revalidate();
    void onRegisterBasisChanged();

    DamagesRecord m_original;
    QList<PartyRecord> m_parties;
    QComboBox *m_head;
    QComboBox *m_scenario;
    QLineEdit *m_amount;
    QLineEdit *m_description;
    QLineEdit *m_basis;
    QListWidget *m_defendants;
    QGroupBox *m_perRecordBox;
    QLineEdit *m_records;
    QLineEdit *m_perRecord;
    QLineEdit *m_coefficients;
    QLabel *m_computed;
    QGroupBox *m_factorsBox;
    QList<QCheckBox *> m_factors;
    QLineEdit *m_seriousHarm = nullptr;
    QGroupBox *m_ledgerBox;
    QComboBox *m_expenseKind;
    QCheckBox *m_paid;
    QDateEdit *m_paidOn;
    QLineEdit *m_payee;
    QLineEdit *m_receipt;
    QLineEdit *m_note;
    QComboBox *m_exhibit;
    QComboBox *m_to; // public interest: where the money goes
    QLineEdit *m_toName;
    QComboBox *m_fromRegister; // per-record: the register's count, or typed
    std::optional<RegisterStats> m_register;
    FieldMessage *m_message;
    QDialogButtonBox *m_buttons;
    mutable QString m_lastProblem;
};

} // namespace habeas
