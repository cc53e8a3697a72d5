#include "serverstatus.h"

#include "storage/library.h"
#include "storage/serverlogin.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QtConcurrent>

namespace habeas {

ServerStatus::ServerStatus(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_text(new QLabel(this))
    , m_again(new QPushButton(tr("Try Again"), this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_text);
    row->addWidget(m_again);
    m_text->setText(tr("⚠ The library server %1 cannot be reached: changes cannot be saved until "
                       "it answers.")
                        .arg(library.location().host()));
    m_text->setStyleSheet(QStringLiteral("color: #a61b1b; font-weight: bold;"));
    m_again->setFlat(false);
    m_retry.setInterval(kRetryMs);
    connect(m_again, &QPushButton::clicked, this, &ServerStatus::tryAgain);
    connect(&m_retry, &QTimer::timeout, this, &ServerStatus::tryAgain);
    connect(&m_probe, &QFutureWatcher<bool>::finished, this, &ServerStatus::probed);
    connect(&library, &Library::serverReachable, this, &ServerStatus::reachable);
    hide();
}

ServerStatus::~ServerStatus()
{
    m_probe.waitForFinished();
}

void ServerStatus::reachable(bool yes)
{
    setVisible(!yes);
    if (yes) {
        m_retry.stop();
    } else if (!m_retry.isActive()) {
        m_retry.start();
    }
    m_again->setEnabled(true);
}

void ServerStatus::tryAgain()
{
    if (m_probe.isRunning())
        return;
    m_again->setEnabled(false);
    const LibraryLocation at = m_library.location();
    m_probe.setFuture(QtConcurrent::run([at] {
        return ServerLogin::tryLogin(at, ServerLogin::remembered(at)).outcome
            == ServerLogin::Outcome::Connected;
    }));
}

void ServerStatus::probed()
{
    m_again->setEnabled(true);
    // It answers: the window's own connection logs in again, which says so (reachable()).
    if (m_probe.result())
        (void)m_library.reachServer();
}

} // namespace habeas
