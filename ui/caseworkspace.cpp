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
    connect(m_tabs, &QTabWidget::currentChanged, this, &CaseWorkspace::syncCurrentPanel);
}

void CaseWorkspace::addPanel(CasePanel *panel)
{
    m_panels << panel;
    m_shownCase.insert(panel, -1);
    m_tabs->addTab(panel, panel->title());
    connect(panel, &CasePanel::inspect, this, &CaseWorkspace::inspect);
    connect(panel, &CasePanel::statusMessage, this, &CaseWorkspace::statusMessage);
}

void CaseWorkspace::setCase(qint64 caseId)
{
    m_caseId = caseId;
    m_stack->setCurrentWidget(caseId ? static_cast<QWidget *>(m_tabs) : m_empty);
    syncCurrentPanel();
}

void CaseWorkspace::showPanel(CasePanel *panel)
{
    m_tabs->setCurrentWidget(panel);
    syncCurrentPanel();
}

void CaseWorkspace::syncCurrentPanel()
{
    auto *panel = qobject_cast<CasePanel *>(m_tabs->currentWidget());
    if (!panel || m_shownCase.value(panel) == m_caseId)
        return;
    m_shownCase.insert(panel, m_caseId);
    panel->setCase(m_caseId);
}

} // namespace habeas
