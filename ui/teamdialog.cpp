#include "teamdialog.h"

#include "caselistpanel.h"
#include "cases/casestore.h"
#include "cases/teamstore.h"
#include "fieldmessage.h"
#include "storage/library.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString roleLabel(const QString &role)
{
    if (role == u"lead"_s)
        return TeamDialog::tr("Lead");
    if (role == u"member"_s)
        return TeamDialog::tr("Member");
    return TeamDialog::tr("Reader");
}

} // namespace

TeamDialog::TeamDialog(Library &library, qint64 caseId, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_caseId(caseId)
    , m_heading(new QLabel(this))
    , m_members(new QTreeWidget(this))
    , m_user(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_grant(new QPushButton(tr("&Add or Change"), this))
    , m_revoke(new QPushButton(tr("&Remove from Team"), this))
    , m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Team"));
    m_heading->setWordWrap(true);
    m_members->setHeaderLabels({ tr("User"), tr("Role"), tr("Granted by") });
    m_members->setRootIsDecorated(false);
    m_members->header()->setStretchLastSection(true);
    m_user->setPlaceholderText(tr("the user's server login"));
    for (const QString &role : { u"member"_s, u"reader"_s, u"lead"_s })
        m_role->addItem(roleLabel(role), role);
    auto *add = new QHBoxLayout;
    add->addWidget(m_user, 1);
    add->addWidget(m_role);
    add->addWidget(m_grant);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_revoke, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_members, 1);
    layout->addLayout(add);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_grant, &QPushButton::clicked, this, &TeamDialog::grant);
    connect(m_user, &QLineEdit::returnPressed, this, &TeamDialog::grant);
    connect(m_revoke, &QPushButton::clicked, this, &TeamDialog::revoke);
    connect(m_user, &QLineEdit::textChanged, this, &TeamDialog::updateButtons);
    connect(m_members, &QTreeWidget::itemSelectionChanged, this, &TeamDialog::updateButtons);
    resize(520, 380);
    reload();
}

QString TeamDialog::message() const
{
    return m_message->text();
}

void TeamDialog::reload()
{
    TeamStore teams(m_library);
    const auto c = m_library.cases().caseById(m_caseId);
    const auto members = teams.members(m_caseId);
    const auto role = teams.roleOn(m_caseId);
    const auto admin = teams.isAdministrator();
    m_mayManage = !m_library.isReadOnly() && role.ok() && admin.ok()
        && (role.value() == u"lead"_s || admin.value());
    m_heading->setText(c.ok() ? tr("Who sees and changes “%1”: its lead and members change it, "
                                   "readers only read it, no one else sees it.")
                                    .arg(c->title)
                              : QString());
    m_members->clear();
    if (!members.ok()) {
        m_message->setMessage(members.error().message);
    } else {
        for (const TeamMember &m : members.value()) {
            auto *item =
                new QTreeWidgetItem(m_members, { m.member, roleLabel(m.role), m.grantedBy });
            item->setData(0, Qt::UserRole, m.member);
        }
    }
    if (!m_mayManage && members.ok())
        m_message->setMessage(
            tr("Only the case's lead or the library administrator changes its team."));
    m_user->setEnabled(m_mayManage);
    m_role->setEnabled(m_mayManage);
    updateButtons();
}

void TeamDialog::updateButtons()
{
    m_grant->setEnabled(m_mayManage && !m_user->text().trimmed().isEmpty());
    m_revoke->setEnabled(m_mayManage && m_members->currentItem() != nullptr
        && !m_members->selectedItems().isEmpty());
}

void TeamDialog::grant()
{
    const QString user = m_user->text().trimmed();
    if (!m_mayManage || user.isEmpty())
        return;
    const Status st = TeamStore(m_library).grant(m_caseId, user, m_role->currentData().toString());
    reload();
    if (!st.ok()) {
        m_message->setMessage(st.error().message);
        return;
    }
    m_message->setMessage({});
    m_user->clear();
}

void TeamDialog::revoke()
{
    const QTreeWidgetItem *item = m_members->currentItem();
    if (!m_mayManage || !item)
        return;
    const Status st = TeamStore(m_library).revoke(m_caseId, item->data(0, Qt::UserRole).toString());
    reload();
    m_message->setMessage(st.ok() ? QString() : st.error().message);
}

TeamAction::TeamAction(Library &library, CaseListPanel *caseList, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_caseList(caseList)
    , m_window(window)
    , m_action(new QAction(tr("&Team…"), this))
{
    m_action->setObjectName(u"caseTeam"_s);
    connect(m_action, &QAction::triggered, this, [this] {
        if (const qint64 caseId = m_caseList->currentCaseId()) {
            TeamDialog dialog(m_library, caseId, m_window);
            dialog.exec();
        }
    });
    connect(m_caseList, &CaseListPanel::currentCaseChanged, this, &TeamAction::update);
    update();
}

void TeamAction::update()
{
    const bool server = m_library.isServer();
    m_action->setEnabled(server && m_caseList->currentCaseId() != 0 && !m_caseList->showingTrash());
    m_action->setToolTip(server
            ? tr("Who may see and change this case")
            : tr("Only a server library has teams: a folder library is one user's own."));
    m_action->setStatusTip(m_action->toolTip());
}

} // namespace habeas
