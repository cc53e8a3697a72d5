#include "staleedit.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace habeas {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::StaleEdit)
};
} // namespace

StaleChoice askStale(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Cancel, parent);
    box.setInformativeText(
        Text::tr("Reload shows their version and discards your changes; Overwrite saves yours over "
                 "theirs; Cancel goes back to your changes."));
    QPushButton *reload = box.addButton(Text::tr("&Reload"), QMessageBox::ResetRole);
    QPushButton *overwrite = box.addButton(Text::tr("&Overwrite"), QMessageBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reload"));
    overwrite->setObjectName(QStringLiteral("overwrite"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == reload)
        return StaleChoice::Reload;
    if (box.clickedButton() == overwrite)
        return StaleChoice::Overwrite;
    return StaleChoice::Cancel;
}

} // namespace habeas
