#pragma once

#include <QObject>
#include <QTimer>

namespace habeas {

class Library;

// Tells a window's views when someone else committed (docs/server.md, "Two lawyers on one
// case"). On a server library it LISTENs on the library's connection (the thread's: create it
// on the GUI thread) for the server's NOTIFY habeas_changed, whose payload '<table>:<case id>'
// the tables' triggers send (resources/sql/pg/0018_row_versions.sql), and turns each into the
// stores' own change signals (CaseStore::partiesChanged, DamagesStore::damagesChanged, …), so
// open views reload as they do after the user's own edits. Its own connection's notifications
// are ignored: the stores have said so already. On a folder library another process (the CLI)
// writing is seen by polling PRAGMA data_version once a second. What was missed — a folder's
// other writers, or a server's commits while its connection was lost — is read back from the
// audit log (every change appends to it, walled by case on a server): each new entry's case
// and kind become the same change signals, and libraryChanged() fires.
class ChangeFeed final : public QObject {
    Q_OBJECT

public:
    explicit ChangeFeed(Library &library, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Whether it listens (a server library whose driver can subscribe) or polls (a folder).
    bool isListening() const { return m_listening; }

signals:
    // Something changed that the feed cannot name by case (a folder library written by another
    // process): a view reloads whatever it shows.
    void libraryChanged();

private:
    void notified(const QString &name, int source, const QVariant &payload);
    void dispatch(const QString &table, qint64 caseId);
    void poll();
    qint64 dataVersion() const;
    // The last audit entry this user can see; the changes after `m_lastAudit`, dispatched.
    qint64 lastAuditId() const;
    void catchUp();
    // Listening again after the server came back (a lost connection forgets its LISTEN).
    void listen();

    Library &m_library;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
    qint64 m_lastAudit = 0;
    bool m_listening = false;
};

} // namespace habeas
