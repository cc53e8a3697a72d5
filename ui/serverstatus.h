#pragma once

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace habeas {

class Library;

// The status bar's word on a server library whose server went away (docs/server.md, "Faults"):
// hidden while the server answers; when the window's connection finds it gone, "The library
// server … cannot be reached", with Try Again. While it shows, the server is asked again every
// 15 seconds by a login on a worker thread (a cut network would hold the window for the
// connection timeout); once it answers, the window's connection logs in again, this hides, and
// the open views catch up (ChangeFeed).
class ServerStatus final : public QWidget {
    Q_OBJECT

public:
    explicit ServerStatus(Library &library, QWidget *parent = nullptr);
    ~ServerStatus() override;

    static constexpr int kRetryMs = 15000;

    // Asks the server now (Try Again).
    void tryAgain();

private:
    void reachable(bool yes);
    void probed();

    Library &m_library;
    QLabel *m_text;
    QPushButton *m_again;
    QTimer m_retry;
    QFutureWatcher<bool> m_probe;
};

} // namespace habeas
