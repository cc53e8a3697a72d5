#include "storage/changefeed.h"

#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "damages/damagesstore.h"
#include "deadlines/deadlinestore.h"
#include "evidence/evidencestore.h"
#include "law/claimstore.h"
#include "review/reviewstore.h"
#include "storage/library.h"

#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
const QString kChannel = u"habeas_changed"_s;
} // namespace

ChangeFeed::ChangeFeed(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    const QSqlDatabase db = m_library.database();
    if (m_library.isServer()) {
        QSqlDriver *driver = db.driver();
        if (driver && driver->subscribeToNotification(kChannel)) {
            m_listening = true;
            connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source,
                    const QVariant &payload) {
                    notified(name, static_cast<int>(source), payload);
                });
        }
        return;
    }
    m_dataVersion = dataVersion();
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
    m_poll.start();
}

ChangeFeed::~ChangeFeed()
{
    if (!m_listening)
        return;
    const QSqlDatabase db = m_library.database();
    if (QSqlDriver *driver = db.driver())
        driver->unsubscribeFromNotification(kChannel);
}

void ChangeFeed::notified(const QString &name, int source, const QVariant &payload)
{
    if (name != kChannel || source == static_cast<int>(QSqlDriver::SelfSource))
        return;
    const QString text = payload.toString();
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return;
    bool ok = false;
    const qint64 caseId = text.mid(colon + 1).toLongLong(&ok);
    if (ok && caseId > 0)
        dispatch(text.left(colon), caseId);
}

void ChangeFeed::dispatch(const QString &table, qint64 caseId)
{
    CaseStore &cases = m_library.cases();
    // Only the cases this user may see matter: the row-level security hides the others.
    if (!cases.caseById(caseId).ok()) {
        if (table == u"cases")
            emit cases.caseRemoved(caseId);
        return;
    }
    if (table == u"parties") {
        emit cases.partiesChanged(caseId);
    } else if (table == u"events" || table == u"event_evidence") {
        emit m_library.events().eventsChanged(caseId);
    } else if (table == u"damages_items" || table == u"damages_defendants") {
        emit m_library.damages().damagesChanged(caseId);
    } else if (table == u"evidence_items") {
        emit m_library.evidence().evidenceChanged(caseId);
    } else if (table == u"claims" || table == u"claim_elements") {
        emit m_library.claims().claimsChanged(caseId);
    } else if (table == u"deadlines") {
        emit m_library.deadlines().deadlinesChanged(caseId);
    } else if (table == u"review_comments") {
        emit m_library.review().reviewChanged(caseId);
    }
    // The case list shows what every table adds up to (parties' names, the stage, …).
    emit cases.caseChanged(caseId);
}

qint64 ChangeFeed::dataVersion() const
{
    QSqlQuery q(m_library.database());
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void ChangeFeed::poll()
{
    const qint64 now = dataVersion();
    if (now < 0 || now == m_dataVersion)
        return;
    m_dataVersion = now;
    emit libraryChanged();
}

} // namespace habeas
