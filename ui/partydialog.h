#pragma once

#include "cases/casetypes.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QStackedWidget;

namespace habeas {

class FieldMessage;

// Adds or edits a party with the particulars Civil Procedure Law Art. 124 asks for; an agent
// is entrusted (at most two per party, CPL 61, with 一般/特别授权 and the special powers
// granted, CPL 62) or statutory (法定代理人 of a minor or incapacitated person, with the
// relation).
// ID numbers and credit codes are checked as they are typed; OK stays disabled while
// anything is wrong, and the message under the field says what.
class PartyDialog final : public QDialog {
    Q_OBJECT

public:
    // others: the case's other parties, which an agent can represent.
    PartyDialog(
        const PartyRecord &record, const QList<PartyRecord> &others, QWidget *parent = nullptr);

    PartyRecord record() const;

    // For tests and keyboard users: the field editors by their CLI names ("name", "id-number", …).
    QLineEdit *lineEdit(const QString &field) const { return m_edits.value(field); }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *agencyBox() const { return m_agency; }
    QComboBox *authorityBox() const { return m_authority; }
    QComboBox *representsBox() const { return m_represents; }
    // The CPL 62 special power of that id ("settle").
    QCheckBox *powerBox(const QString &id) const { return m_powers.value(id); }
    QString messageFor(const QString &field) const;
    bool isAcceptable() const;
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QWidget *personPage(const PartyRecord &record);
    QWidget *organisationPage(const PartyRecord &record);
    QLineEdit *addEdit(const QString &field, const QString &text);
    void revalidate();
    void onIdNumberEdited();
    void onTypeChanged();
    QWidget *buildAgentBox(const PartyRecord &record);
    QString agentLimitProblem(const PartyRecord &r) const;

    PartyRecord m_original;
    QComboBox *m_role;
    QComboBox *m_type;
    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QComboBox *m_sex;
    QCheckBox *m_hasBirthDate;
    QDateEdit *m_birthDate;
    QComboBox *m_ethnicity;
    QComboBox *m_represents;
    QList<PartyRecord> m_others;
    QWidget *m_agentBox = nullptr;
    QComboBox *m_agency = nullptr;
    QComboBox *m_authority = nullptr;
    QHash<QString, QCheckBox *> m_powers;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, FieldMessage *> m_messages;
    QDialogButtonBox *m_buttons;
};

} // namespace habeas
