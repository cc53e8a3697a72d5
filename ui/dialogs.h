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
    // A password, or nothing when the user cancels.
    static std::optional<QString> password(
        QWidget *parent, const QString &title, const QString &text);

    // A file to write; empty when the user cancels.
    static QString saveFileName(
        QWidget *parent, const QString &title, const QString &suggested, const QString &filter);

    // A file to read; empty when the user cancels.
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);

    // Tests: the answer the next confirm() gives without showing anything; errors are recorded.
    static void setNextAnswer(std::optional<bool> answer);
    // Tests: the path the next saveFileName() returns without showing a dialog.
    static void setNextSaveFileName(std::optional<QString> path);
    // Tests: the path the next openFileName() returns without showing a dialog.
    static void setNextOpenFileName(std::optional<QString> path);
    // Tests: what the next password() returns; in test mode without one it returns nothing.
    static void setNextPassword(std::optional<QString> password);
    static QString lastMessage();
    // Tests: the answers the next password() calls give (an empty optional: cancelled).
    static void setNextPasswords(const QList<std::optional<QString>> &answers);
};

} // namespace habeas
