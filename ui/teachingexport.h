#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace habeas {

class BundleTransfer;
class CaseListPanel;
class Library;

// File ▸ Export Teaching Copy…: the review checklist (teachingchecklist.h), the file, whether
// to encrypt it, then the teaching copy written on a worker behind BundleTransfer's progress
// dialog with Cancel (documents/teaching/teachingcopy.h). A refusal shows its message, which
// names each place personal data was found.
class TeachingExport final : public QObject {
    Q_OBJECT

public:
    TeachingExport(
        Library &library, CaseListPanel *caseList, BundleTransfer *bundles, QMainWindow *window);

    QAction *action() const { return m_action; }
    void exportTeachingCopy(qint64 caseId);

private:
    void updateAction();

    Library &m_library;
    CaseListPanel *m_caseList;
    BundleTransfer *m_bundles;
    QMainWindow *m_window;
    QAction *m_action;
};

} // namespace habeas
