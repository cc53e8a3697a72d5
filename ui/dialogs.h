#pragma once

#include <QMessageBox>

#include <optional>

namespace habeas {

// Message boxes behind one seam: a test sets the next answer instead of clicking.
class Dialogs final {
public:
    static bool confirm(
        QWidget *parent, const QString &title, const QString &text, const QString &acceptText);
    static void error(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    // A password, or nothing when the user cancels. Shown as dots, never stored.
    static std::optional<QString> password(
        QWidget *parent, const QString &title, const QString &text);

    // Tests: the answer the next confirm() gives without showing anything; errors are recorded.
    static void setNextAnswer(std::optional<bool> answer);
    static QString lastMessage();
    // Tests: the answers the next password() calls give (an empty optional: cancelled).
    static void setNextPasswords(const QList<std::optional<QString>> &answers);
};

} // namespace habeas
