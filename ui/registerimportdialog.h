#pragma once

#include "register/registerstore.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace habeas {

class Library;

// The preview before a register is imported: the file's first rows, which column holds each
// role (name, ID number, phone, address, category; each changeable), and the date the ages are
// counted on (the case's earliest chronology date unless changed).
class RegisterImportDialog final : public QDialog {
    Q_OBJECT

public:
    // `problem` is set (and the dialog should not be shown) when the file's header cannot be read.
    RegisterImportDialog(Library &library, qint64 caseId, const QString &path, QString *problem,
        QWidget *parent = nullptr);

    RegisterImportOptions options() const;

    QComboBox *roleBox(RegisterRole role) const { return m_roles.value(role); }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QTableWidget *rowsTable() const { return m_rows; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QString readFile();
    void remap();
    void showMapping(const ColumnMapping &mapping);

    Library &m_library;
    QString m_path;
    QStringList m_header;
    QList<QStringList> m_firstRows;
    QHash<RegisterRole, QComboBox *> m_roles;
    QDateEdit *m_asOf;
    QLabel *m_asOfNote;
    QTableWidget *m_rows;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace habeas
