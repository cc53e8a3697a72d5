#include "caseworkspace.h"

#include "casepanel.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace habeas {

CaseWorkspace::CaseWorkspace(Library &, UndoManager &, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(
          tr("Select a case in the list, or create one with File ▸ New Case (Ctrl+N)."), this))
    , m_tabs(new QTabWidget(this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void CaseWorkspace::addPanel(CasePanel *panel)
{
    m_panels << panel;
    m_tabs->addTab(panel, panel->title());
    connect(panel, &CasePanel::inspect, this, &CaseWorkspace::inspect);
    connect(panel, &CasePanel::statusMessage, this, &CaseWorkspace::statusMessage);
}

void CaseWorkspace::setCase(qint64 caseId)
{
    m_caseId = caseId;
    m_stack->setCurrentWidget(caseId ? static_cast<QWidget *>(m_tabs) : m_empty);
    for (CasePanel *p : std::as_const(m_panels))
        p->setCase(caseId);
}

} // namespace habeas
