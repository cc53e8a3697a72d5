#include "dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>

#include <utility>

namespace habeas {

namespace {
std::optional<bool> g_nextAnswer;
QString g_lastMessage;
bool g_testMode = false;
std::optional<QString> g_nextSaveFileName;
std::optional<QString> g_nextOpenFileName;
std::optional<QStringList> g_nextOpenFileNames;
std::optional<QString> g_nextDirectory;
std::optional<std::optional<QString>> g_nextText;

// Takes a test's prepared answer, if it set one.
template<typename T> std::optional<T> take(std::optional<T> &slot)
{
    return std::exchange(slot, std::nullopt);
}
QList<std::optional<QString>> g_nextPasswords;
} // namespace

void Dialogs::setNextSaveFileName(std::optional<QString> path)
{
    g_testMode = true;
    g_nextSaveFileName = std::move(path);
}

QString Dialogs::saveFileName(
    QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (g_nextSaveFileName) {
        const QString path = *g_nextSaveFileName;
        g_nextSaveFileName.reset();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void Dialogs::setNextOpenFileName(std::optional<QString> path)
{
    g_testMode = true;
    g_nextOpenFileName = std::move(path);
}

QString Dialogs::openFileName(
    QWidget *parent, const QString &title, const QString &filter, const QString &start)
{
    if (auto path = take(g_nextOpenFileName))
        return *path;
    return QFileDialog::getOpenFileName(parent, title, start, filter);
}

void Dialogs::setNextOpenFileNames(std::optional<QStringList> paths)
{
    g_testMode = true;
    g_nextOpenFileNames = std::move(paths);
}

QStringList Dialogs::openFileNames(QWidget *parent, const QString &title)
{
    if (auto paths = take(g_nextOpenFileNames))
        return *paths;
    return QFileDialog::getOpenFileNames(parent, title);
}

void Dialogs::setNextDirectory(std::optional<QString> path)
{
    g_testMode = true;
    g_nextDirectory = std::move(path);
}

QString Dialogs::existingDirectory(QWidget *parent, const QString &title, const QString &start)
{
    if (auto path = take(g_nextDirectory))
        return *path;
    return QFileDialog::getExistingDirectory(parent, title, start);
}

void Dialogs::setNextText(std::optional<QString> text)
{
    g_testMode = true;
    g_nextText = std::move(text);
}

std::optional<QString> Dialogs::text(QWidget *parent, const QString &title, const QString &label,
    const QString &initial, bool multiLine)
{
    g_lastMessage = label;
    if (auto answer = take(g_nextText))
        return *answer;
    bool ok = false;
    const QString typed = multiLine
        ? QInputDialog::getMultiLineText(parent, title, label, initial, &ok)
        : QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return typed;
}

void Dialogs::about(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    if (!g_testMode)
        QMessageBox::about(parent, title, text);
}

void Dialogs::setNextAnswer(std::optional<bool> answer)
{
    g_testMode = true;
    g_nextAnswer = answer;
}

void Dialogs::setNextPassword(std::optional<QString> password)
{
    setNextPasswords({ std::move(password) });
}

QString Dialogs::lastMessage()
{
    return g_lastMessage;
}

bool Dialogs::confirm(
    QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        const bool answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void Dialogs::error(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    if (!g_testMode)
        QMessageBox::critical(parent, title, text);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    if (!g_testMode)
        QMessageBox::information(parent, title, text);
}

void Dialogs::setNextPasswords(const QList<std::optional<QString>> &answers)
{
    g_testMode = true;
    g_nextPasswords = answers;
}

std::optional<QString> Dialogs::password(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    if (g_testMode)
        return g_nextPasswords.isEmpty() ? std::nullopt : g_nextPasswords.takeFirst();
    bool ok = false;
    const QString answer =
        QInputDialog::getText(parent, title, text, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return answer;
}

} // namespace habeas
