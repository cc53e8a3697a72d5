#include "storage/changefeed.h"

#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "damages/damagesstore.h"
#include "deadlines/deadlinestore.h"
#include "evidence/evidencestore.h"
#include "law/claimstore.h"
#include "review/reviewstore.h"
#include "storage/library.h"

#include <QSet>
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
    m_lastAudit = lastAuditId();
    if (m_library.isServer()) {
        listen();
        connect(&m_library, &Library::serverReachable, this, [this](bool reachable) {
            if (!reachable)
                return;
            listen();
            catchUp();
        });
        return;
    }
    m_dataVersion = dataVersion();
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
    m_poll.start();
}

void ChangeFeed::listen()
{
    const QSqlDatabase db = m_library.database();
    QSqlDriver *driver = db.driver();
    if (!driver || driver->subscribedToNotifications().contains(kChannel))
        return;
    if (!driver->subscribeToNotification(kChannel))
        return;
    if (!m_listening)
        connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                const QVariant &payload) { notified(name, static_cast<int>(source), payload); });
    m_listening = true;
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
    catchUp();
}

qint64 ChangeFeed::lastAuditId() const
{
    // Backwards along the key: under the wall, the first entry the policy lets through.
    QSqlQuery q(m_library.database());
    if (!q.exec(u"SELECT id FROM audit_log ORDER BY id DESC LIMIT 1"_s) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

void ChangeFeed::catchUp()
{
    QSqlQuery q(m_library.database());
    q.prepare(u"SELECT id, case_id, entity FROM audit_log WHERE id > :last ORDER BY id"_s);
    q.bindValue(u":last"_s, m_lastAudit);
    if (!q.exec())
        return;
    // The audit log names what changed by its kind of entry; each is told once per case.
    static const QHash<QString, QString> kTableOf {
        { u"party"_s, u"parties"_s },
        { u"event"_s, u"events"_s },
        { u"damages"_s, u"damages_items"_s },
        { u"evidence"_s, u"evidence_items"_s },
        { u"annotation"_s, u"evidence_items"_s },
        { u"claim"_s, u"claims"_s },
        { u"deadline"_s, u"deadlines"_s },
        { u"review_comment"_s, u"review_comments"_s },
    };
    QSet<std::pair<QString, qint64>> changed;
    while (q.next()) {
        m_lastAudit = std::max(m_lastAudit, q.value(0).toLongLong());
        const qint64 caseId = q.value(1).toLongLong();
        if (caseId > 0)
            changed.insert({ kTableOf.value(q.value(2).toString(), u"cases"_s), caseId });
    }
    for (const auto &[table, caseId] : std::as_const(changed))
        dispatch(table, caseId);
    emit libraryChanged();
}

} // namespace habeas
