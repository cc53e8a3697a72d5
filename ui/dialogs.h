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

    // A file to read; empty when the user cancels. `start`: the folder or file to begin at.
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter,
        const QString &start = QString());
    // Files to read; empty when the user cancels.
    static QStringList openFileNames(QWidget *parent, const QString &title);
    // A folder; empty when the user cancels.
    static QString existingDirectory(
        QWidget *parent, const QString &title, const QString &start = QString());
    // A line (or, multiLine, a text) the user types, starting from `initial`; nothing when
    // the user cancels.
    static std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
        const QString &initial, bool multiLine = false);
    // The About box.
    static void about(QWidget *parent, const QString &title, const QString &text);

    // Tests: the answer the next confirm() gives without showing anything; errors are recorded.
    static void setNextAnswer(std::optional<bool> answer);
    // Tests: the path the next saveFileName() returns without showing a dialog.
    static void setNextSaveFileName(std::optional<QString> path);
    // Tests: the path the next openFileName() returns without showing a dialog.
    static void setNextOpenFileName(std::optional<QString> path);
    // Tests: what the next openFileNames() returns.
    static void setNextOpenFileNames(std::optional<QStringList> paths);
    // Tests: what the next existingDirectory() returns.
    static void setNextDirectory(std::optional<QString> path);
    // Tests: what the next text() returns (an empty optional: cancelled); its label becomes
    // lastMessage().
    static void setNextText(std::optional<QString> text);
    // Tests: what the next password() returns; in test mode without one it returns nothing.
    static void setNextPassword(std::optional<QString> password);
    static QString lastMessage();
    // Tests: the answers the next password() calls give (an empty optional: cancelled).
    static void setNextPasswords(const QList<std::optional<QString>> &answers);
};

} // namespace habeas
