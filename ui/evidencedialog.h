#pragma once

#include "evidence/evidencestore.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace habeas {

class FieldMessage;

// An exhibit's title, what it proves (证明目的) and how it was captured — the facts the SPC
// evidence provisions (2019, Arts. 14–15, 93–94) ask about electronic data.
class EvidenceDialog final : public QDialog {
    Q_OBJECT

public:
    explicit EvidenceDialog(const EvidenceRecord &record, QWidget *parent = nullptr);

    EvidenceRecord record() const;
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *purposeEdit() const { return m_purpose; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void revalidate();

    EvidenceRecord m_original;
    QLineEdit *m_title;
    QLineEdit *m_purpose;
    QLineEdit *m_source;
    QCheckBox *m_hasCaptured;
    QDateTimeEdit *m_captured;
    QLineEdit *m_device;
    QLineEdit *m_operator;
    QLineEdit *m_notary;
    QLineEdit *m_witnesses;
    QLineEdit *m_timestampCert;
    QPlainTextEdit *m_collection;
    QPlainTextEdit *m_notes;
    FieldMessage *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace habeas
