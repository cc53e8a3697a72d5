#include "staleedit.h"

#include "core/trfunction.h"

#include <QMessageBox>
#include <QPushButton>

namespace habeas {

namespace {
constexpr char kTrContext[] = "habeas::StaleEdit";
constexpr auto tr = &translateIn<kTrContext>;
} // namespace

StaleChoice askStale(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Cancel, parent);
    box.setInformativeText(
        tr("Reload shows their version and discards your changes; Overwrite saves yours over "
           "theirs; Cancel goes back to your changes."));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::ResetRole);
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
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
