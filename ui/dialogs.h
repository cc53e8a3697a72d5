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

    // A file to write; empty when the user cancels.
    static QString saveFileName(
        QWidget *parent, const QString &title, const QString &suggested, const QString &filter);

    // Tests: the answer the next confirm() gives without showing anything; errors are recorded.
    static void setNextAnswer(std::optional<bool> answer);
    // Tests: the file the next saveFileName() returns without showing a dialog.
    static void setNextSaveFileName(const QString &path);
    static QString lastMessage();
};

} // namespace habeas
