#pragma once

#include "cases/eventstore.h"
#include "deadlines/deadlinestore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace habeas {

struct GeneratedDocument;

// A deadline: its rule (which fills the period and names the article), what starts it — a day,
// a fact of the chronology (so moving the fact moves the deadline) or a generated document — the
// period, and a preview of the due date with the working, computed as the fields change.
class DeadlineDialog final : public QDialog {
    Q_OBJECT

public:
    DeadlineDialog(DeadlineStore &store, const DeadlineRecord &record,
        const QList<EventRecord> &events, const QList<GeneratedDocument> &documents,
        QWidget *parent = nullptr);

    DeadlineRecord record() const;

    QComboBox *kindBox() const { return m_kind; }
    QRadioButton *fromDateButton() const { return m_fromDate; }
    QRadioButton *fromEventButton() const { return m_fromEvent; }
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *eventBox() const { return m_event; }
    QSpinBox *amountBox() const { return m_amount; }
    QComboBox *unitBox() const { return m_unit; }
    QLabel *preview() const { return m_preview; }

private:
    // The constructor's parts.
    void setUpStart(const DeadlineRecord &record, const QList<EventRecord> &events,
        const QList<GeneratedDocument> &documents);
    QFormLayout *buildForm();
    void kindChanged();
    void refresh();

    DeadlineStore &m_store;
    DeadlineRecord m_original;
    QComboBox *m_kind;
    QRadioButton *m_fromDate;
    QRadioButton *m_fromEvent;
    QRadioButton *m_fromDocument;
    QDateEdit *m_date;
    QComboBox *m_event;
    QComboBox *m_document;
    QSpinBox *m_amount;
    QComboBox *m_unit;
    QLineEdit *m_title;
    QPlainTextEdit *m_note;
    QLabel *m_startsFrom;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace habeas
