#include "serverlogindialog.h"

#include "dialogs.h"
#include "fieldmessage.h"
#include "keychain.h"
#include "storage/serverlogin.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("habeas::ServerLoginDialog", text);
}

// tryLogin on a worker (a server that does not answer takes the connection timeout), with a
// progress dialog and Cancel once it takes a moment; nothing when the user cancels.
std::optional<ServerLogin::Attempt> tryInBackground(
    QWidget *parent, const LibraryLocation &at, const QString &password)
{
    QFutureWatcher<ServerLogin::Attempt> watcher;
    QProgressDialog progress(tr("Connecting to %1…").arg(at.host()), tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(&ServerLogin::tryLogin, at, password));
    if (!watcher.isFinished())
        loop.exec();
    progress.hide();
    if (!watcher.isFinished())
        return std::nullopt; // the attempt ends on its own; its connection is closed then
    return watcher.result();
}

// Keeps (or, `keep` false, forgets) the password the server just took.
void keepPassword(QWidget *parent, const LibraryLocation &at, const QString &password, bool keep)
{
    const QString key = ServerLogin::keyOf(at);
    const Status st =
        keep ? Keychain::current().write(key, password) : Keychain::current().remove(key);
    if (!st.ok())
        Dialogs::information(parent, tr("Library server"), st.error().message);
}

} // namespace

ServerLoginDialog::ServerLoginDialog(std::optional<LibraryLocation> address, QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_message(new FieldMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(address ? tr("Log in to the library server") : tr("Open Server Library"));
    m_address->setPlaceholderText(u"postgresql://wang@db.firm.cn/habeas"_s);
    m_address->setMinimumWidth(360);
    if (address) {
        m_address->setText(address->toString());
        m_address->setReadOnly(true);
    }
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log In"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Password:"), m_password);
    auto *hint = new QLabel(tr("Your own login on the firm's server. Leave the password empty when "
                               "libpq finds it (PGPASSWORD or ~/.pgpass)."),
        this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &ServerLoginDialog::revalidate);
    (address ? m_password : m_address)->setFocus();
    revalidate();
}

void ServerLoginDialog::revalidate()
{
    const QString text = m_address->text().trimmed();
    const auto parsed = LibraryLocation::parse(text);
    QString problem;
    if (text.isEmpty())
        problem.clear();
    else if (!parsed.ok())
        problem = parsed.error().message;
    else if (!parsed->isServer())
        problem = tr("A server address starts with postgresql://");
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !text.isEmpty());
    m_message->setMessage(problem);
}

std::optional<LibraryLocation> ServerLoginDialog::location() const
{
    const auto parsed = LibraryLocation::parse(m_address->text().trimmed());
    if (!parsed.ok() || !parsed->isServer())
        return std::nullopt;
    return parsed.value();
}

QString ServerLoginDialog::password() const
{
    return m_password->text();
}

bool ServerLoginDialog::remember() const
{
    return m_remember->isChecked();
}

void ServerLoginDialog::setMessage(const QString &message)
{
    m_message->setMessage(message);
}

QString ServerLoginDialog::message() const
{
    return m_message->text();
}

bool logInToServer(
    QWidget *parent, const LibraryLocation &location, const std::optional<TypedPassword> &typed)
{
    QString password =
        typed ? typed->password : Keychain::current().read(ServerLogin::keyOf(location));
    bool fromKeychain = !typed && !password.isEmpty();
    std::optional<bool> keep; // the user's choice, once they typed a password
    if (typed)
        keep = typed->keep;
    for (;;) {
        const auto attempt = tryInBackground(parent, location, password);
        if (!attempt)
            return false;
        QString message;
        switch (attempt->outcome) {
        case ServerLogin::Outcome::Connected:
            ServerLogin::remember(location, password);
            if (keep)
                keepPassword(parent, location, password, *keep && !password.isEmpty());
            return true;
        case ServerLogin::Outcome::PasswordNeeded:
            break;
        case ServerLogin::Outcome::PasswordRefused:
            message = fromKeychain
                ? tr("The server refused the password kept in the keychain: %1")
                      .arg(attempt->message)
                : tr("The server refused the password: %1").arg(attempt->message);
            break;
        case ServerLogin::Outcome::Unreachable:
        case ServerLogin::Outcome::Refused:
            if (!Dialogs::confirm(parent, tr("Library server"),
                    tr("The library server %1 cannot be used:\n\n%2")
                        .arg(location.toString(), attempt->message),
                    tr("Try Again")))
                return false;
            continue;
        }
        ServerLoginDialog dialog(location, parent);
        dialog.setMessage(message);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        password = dialog.password();
        keep = dialog.remember();
        // A refused password the keychain kept goes when the user does not keep the new one.
        fromKeychain = false;
    }
}

QAction *openServerLibraryAction(QWidget *window, std::function<void(const QString &)> open)
{
    auto *action = new QAction(tr("Open &Server Library…"), window);
    action->setStatusTip(tr("Open a firm's shared library on a PostgreSQL server."));
    QObject::connect(action, &QAction::triggered, window, [window, open = std::move(open)] {
        ServerLoginDialog dialog(std::nullopt, window);
        if (dialog.exec() != QDialog::Accepted || !dialog.location())
            return;
        const LibraryLocation at = *dialog.location();
        std::optional<TypedPassword> typed;
        if (!dialog.password().isEmpty())
            typed = TypedPassword { dialog.password(), dialog.remember() };
        if (logInToServer(window, at, typed))
            open(at.toString());
    });
    return action;
}

} // namespace habeas
