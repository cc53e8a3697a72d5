#pragma once

#include "storage/librarylocation.h"

#include <QDialog>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace habeas {

class FieldMessage;

// Logging in to a library on a PostgreSQL server (docs/server.md): the address, when the user
// opens one (File ▸ Open Server Library…), and the password, which the system keychain keeps
// when "Remember" is ticked. The password is never written anywhere else.
class ServerLoginDialog final : public QDialog {
    Q_OBJECT

public:
    // `address` given: the dialog asks only for its password (the address is shown, not
    // edited). Else the user types the address too.
    explicit ServerLoginDialog(
        std::optional<LibraryLocation> address = std::nullopt, QWidget *parent = nullptr);

    // The address typed (or given); nothing while it does not parse.
    std::optional<LibraryLocation> location() const;
    QString password() const;
    bool remember() const;
    // What the last attempt said (a wrong password, a server that does not answer).
    void setMessage(const QString &message);
    QString message() const;

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void revalidate();

    QLineEdit *m_address;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    FieldMessage *m_message;
    QDialogButtonBox *m_buttons;
};

// Logs in to the server library at `location` from the GUI: with the password the keychain
// keeps for it, else libpq's own (PGPASSWORD, ~/.pgpass), else the user's, asked for in a
// ServerLoginDialog until the server takes it or the user cancels. A server that does not
// answer is said, with Retry. The connection is tried on a worker thread, with a Cancel.
// True once logged in: ServerLogin then holds the password for every connection of the
// library; false when the user gave up (nothing changed).
// `typed`: a password the user gave already (and whether to keep it), tried first.
struct TypedPassword {
    QString password;
    bool keep = false;
};
bool logInToServer(QWidget *parent, const LibraryLocation &location,
    const std::optional<TypedPassword> &typed = std::nullopt);

// File ▸ Open Server Library…: asks for an address and its password, logs in, and hands the
// address to `open` (the window closes and the application opens that library).
QAction *openServerLibraryAction(QWidget *window, std::function<void(const QString &)> open);

} // namespace habeas
