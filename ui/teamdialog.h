#pragma once

#include <QDialog>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace habeas {

class CaseListPanel;
class FieldMessage;
class Library;

// Case ▸ Team…: who is on the case's team of a server library (lead, member, reader) and, for its
// lead or the library administrator, adding, changing and removing them. The server enforces the
// team (docs/server.md, "Users, teams and the ethical wall"); the dialog shows what it refuses.
class TeamDialog final : public QDialog {
    Q_OBJECT

public:
    TeamDialog(Library &library, qint64 caseId, QWidget *parent = nullptr);

    QTreeWidget *membersView() const { return m_members; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *roleBox() const { return m_role; }
    QPushButton *grantButton() const { return m_grant; }
    QPushButton *revokeButton() const { return m_revoke; }
    QString message() const;

private:
    void reload();
    void grant();
    void revoke();
    void updateButtons();

    Library &m_library;
    qint64 m_caseId;
    bool m_mayManage = false;
    QLabel *m_heading;
    QTreeWidget *m_members;
    QLineEdit *m_user;
    QComboBox *m_role;
    QPushButton *m_grant;
    QPushButton *m_revoke;
    FieldMessage *m_message;
};

// The Case menu's Team… action: enabled for the current case of a server library; on a folder
// library disabled, its tooltip saying why.
class TeamAction final : public QObject {
    Q_OBJECT

public:
    TeamAction(Library &library, CaseListPanel *caseList, QWidget *window);
    QAction *action() const { return m_action; }

private:
    void update();

    Library &m_library;
    CaseListPanel *m_caseList;
    QWidget *m_window;
    QAction *m_action;
};

} // namespace habeas
