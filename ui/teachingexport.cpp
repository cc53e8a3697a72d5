#include "teachingexport.h"

#include "bundletransfer.h"
#include "caselistpanel.h"
#include "storage/library.h"
#include "teachingchecklist.h"
#include "teachingcopy.h"

#include <QAction>
#include <QDir>
#include <QFutureWatcher>
#include <QMainWindow>

using namespace Qt::StringLiterals;

namespace habeas {

TeachingExport::TeachingExport(
    Library &library, CaseListPanel *caseList, BundleTransfer *bundles, QMainWindow *window)
    : QObject(window)
    , m_library(library)
    , m_caseList(caseList)
    , m_bundles(bundles)
    , m_window(window)
    , m_action(new QAction(tr("Export &Teaching Copy…"), this))
{
    m_action->setObjectName(u"exportTeachingCopy"_s);
    connect(m_action, &QAction::triggered, this,
        [this] { exportTeachingCopy(m_caseList->currentCaseId()); });
    connect(m_caseList, &CaseListPanel::currentCaseChanged, this, &TeachingExport::updateAction);
    connect(m_bundles, &BundleTransfer::finished, this, &TeachingExport::updateAction);
    updateAction();
}

void TeachingExport::updateAction()
{
    m_action->setEnabled(
        m_caseList->currentCaseId() != 0 && !m_bundles->isRunning() && !m_library.isReadOnly());
}

void TeachingExport::exportTeachingCopy(qint64 caseId)
{
    if (caseId == 0 || m_bundles->isRunning())
        return;
    TeachingChecklist checklist(m_library, caseId, m_window);
    if (checklist.exec() != QDialog::Accepted)
        return;
    // Not the case's title: it names the parties.
    const BundleTransfer::ExportTarget target =
        BundleTransfer::askExportTarget(m_window, tr("Export Teaching Copy"), tr("teaching copy"));
    if (target.path.isEmpty())
        return;
    const QString path = target.path;
    const bundle::ExportOptions exportOptions = target.options;
    m_bundles->startWriting(
        tr("Writing the teaching copy to %1…").arg(QDir::toNativeSeparators(path)), path,
        [=](Library &library, const bundle::Progress &progress) {
            return teaching::exportTeachingCopy(library, caseId, path, exportOptions, progress);
        });
    updateAction();
}

} // namespace habeas
