#pragma once

// Shared by the UI tests: driving modal dialogs and typing as a user does.

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace habeas::test {

// Runs `act` on the next modal dialog once it is shown (exec() blocks the caller).
inline void whenModal(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

// Types like a user, one key event per character (QTest::keyClicks only knows ASCII).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// The longest the GUI thread was busy while it ran: the largest gap between the ticks of a
// 5 ms timer. Work that freezes the window shows as a gap as long as the freeze.
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_largest = 0;
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    double largestGapMs() const { return m_largest; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_largest = std::max(m_largest, double(now - m_last) / 1e6);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_largest = 0;
};

} // namespace habeas::test
