#pragma once

#include "casepanel.h"
#include "cases/publicintereststore.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace habeas {

class FieldMessage;
struct PartyRecord;

// The public-interest view of the damages, as HTML rows for a totals table: what each
// defendant answers for alone and jointly, its illegal gain beside the criminal fine already
// ordered (not claimed), and what goes to each payee.
QString publicInterestSummaryHtml(
    Library &library, qint64 caseId, const QString &scenario, const QList<PartyRecord> &parties);

// 公益诉讼: a procuratorate's case — its 文号 (edited with the case), the prosecutors, the
// 30-day announcement with its computed end and required contact, the criminal fines, and the
// damages per defendant and per payee. Every change is one undoable command.
class PublicInterestPanel final : public CasePanel {
    Q_OBJECT

public:
    PublicInterestPanel(Library &library, UndoManager &undo, QWidget *parent = nullptr);

    QString title() const override { return tr("Public interest"); }
    void setCase(qint64 caseId) override;

    void save();
    void setFine();

    QPlainTextEdit *prosecutorsEdit() const { return m_prosecutors; }
    QCheckBox *publishedBox() const { return m_published; }
    QDateEdit *publishedEdit() const { return m_publishedOn; }
    QLineEdit *mediumEdit() const { return m_medium; }
    QLineEdit *contactEdit() const { return m_contact; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLabel *endsLabel() const { return m_ends; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *summaryLabel() const { return m_summary; }
    QComboBox *fineDefendantBox() const { return m_fineDefendant; }
    QLineEdit *fineAmountEdit() const { return m_fineAmount; }
    QPushButton *fineButton() const { return m_fineButton; }
    QString message() const;

private:
    void refresh();
    void revalidate();
    // The record as the form has it; `problem` the first thing wrong with it.
    PublicInterestRecord edited(QString *problem) const;

    qint64 m_caseId = 0;
    PublicInterestRecord m_record;
    QLabel *m_heading;
    QPlainTextEdit *m_prosecutors;
    QCheckBox *m_published;
    QDateEdit *m_publishedOn;
    QLineEdit *m_medium;
    QLineEdit *m_contact;
    QLineEdit *m_phone;
    QLabel *m_ends;
    QComboBox *m_outcome;
    QLineEdit *m_organisations;
    FieldMessage *m_message;
    QPushButton *m_save;
    QComboBox *m_fineDefendant;
    QLineEdit *m_fineAmount;
    QLineEdit *m_fineJudgment;
    QPushButton *m_fineButton;
    QLabel *m_summary;
    QWidget *m_form;
};

} // namespace habeas
