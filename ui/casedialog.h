#pragma once

#include "cases/casetypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace habeas {

class FieldMessage;

// Creates or edits a case's particulars. OK stays disabled while the input is invalid.
class CaseDialog final : public QDialog {
    Q_OBJECT

public:
    explicit CaseDialog(const CaseRecord &record, QWidget *parent = nullptr);

    CaseRecord record() const;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *procuratorateNumberEdit() const { return m_procuratorateNumber; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void revalidate();

    CaseRecord m_original;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QComboBox *m_stage;
    QComboBox *m_court;
    QLineEdit *m_number;
    QLineEdit *m_procuratorateNumber; // public interest: the 文号
    QComboBox *m_cause;
    QCheckBox *m_filed;
    QDateEdit *m_filedOn;
    QCheckBox *m_closed;
    QDateEdit *m_closedOn;
    QPlainTextEdit *m_notes;
    FieldMessage *m_titleMessage;
    FieldMessage *m_filedMessage;
    QDialogButtonBox *m_buttons;
};

} // namespace habeas
