#pragma once

#include "cases/eventstore.h"
#include "evidence/evidencestore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace habeas {

// A fact of the chronology: its date at the precision known ("2021-01" is a legitimate date),
// what happened, whether the other side disputes it, and the exhibits that prove it.
class EventDialog final : public QDialog {
    Q_OBJECT

public:
    EventDialog(
        const EventRecord &event, const QList<EvidenceRecord> &exhibits, QWidget *parent = nullptr);

    EventRecord event() const;
    EventRecord record() const { return event(); } // as editInDialog (staleedit.h) asks it

    QLineEdit *dateEdit() const { return m_date; }
    QComboBox *precisionBox() const { return m_precision; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QListWidget *exhibitList() const { return m_exhibits; }

protected:
    using QDialog::event; // event() above does not hide QWidget's (Clang warns)

private:
    void validate();

    EventRecord m_event;
    QLineEdit *m_date;
    QComboBox *m_precision;
    QPlainTextEdit *m_text;
    QCheckBox *m_disputed;
    QListWidget *m_exhibits;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace habeas
