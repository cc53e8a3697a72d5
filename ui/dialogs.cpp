#include "dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>

namespace habeas {

namespace {
std::optional<bool> g_nextAnswer;
QString g_lastMessage;
bool g_testMode = false;
std::optional<QString> g_nextSaveFileName;
std::optional<QString> g_nextOpenFileName;
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

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (g_nextOpenFileName) {
        const QString path = *g_nextOpenFileName;
        g_nextOpenFileName.reset();
        return path;
    }
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
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
