#pragma once

// Shared by the UI tests: driving modal dialogs, typing and dropping as a user does.

#include "itemmodels/proofmodel.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QMimeData>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace habeas::test {

// Runs `act` on the next modal dialog once it is shown (exec() blocks the caller).
inline void whenModal(const std::function<void(QWidget *)> &act)
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

// A user's double-click: Qt 6's item views take the double-click event only after a press on
// the same index, and QTest::mouseDClick sends no press before it, so a click comes first.
inline void doubleClick(QWidget *widget, QPoint pos)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, pos);
}

// Types like a user, one key event per character (QTest::keyClicks only knows ASCII).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// What the window system does when a drag ends over a widget: enter, move, drop at one point,
// each sent to the widget under it and passed up to its parents while nobody accepts it.
// True when the drop was accepted.
inline bool dropAt(QWidget *target, QPoint pos, const QMimeData *mime, Qt::DropAction action)
{
    QDragEnterEvent enter(pos, action, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, action, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    if (!move.isAccepted() && !enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), action, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

// The row of the proof table showing an element (whatever its claim), or -1.
inline int rowOfElement(const ProofModel *model, const QString &elementId)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->row(r).element->id == elementId)
            return r;
    return -1;
}

// The longest the GUI thread was busy while it ran: the largest gap between the ticks of a
// 5 ms timer. Work that freezes the window shows as a gap as long as the freeze.
// On Linux the time the thread spent runnable but waiting for a core (the second field of
// /proc/thread-self/schedstat: other processes had both cores) is taken off each gap, so a
// busy machine does not count as our freeze; waiting on a lock or on I/O still counts.
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
        m_lastQueued = queuedNs();
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
    // Nanoseconds this thread has spent waiting on a run queue; 0 where the system does not say.
    static qint64 queuedNs()
    {
        QFile f(QStringLiteral("/proc/thread-self/schedstat"));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> fields = f.readAll().simplified().split(' ');
        return fields.size() >= 2 ? fields.at(1).toLongLong() : 0;
    }
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 queued = queuedNs();
        const qint64 gap = (now - m_last) - std::max<qint64>(0, queued - m_lastQueued);
        m_largest = std::max(m_largest, double(gap) / 1e6);
        m_last = now;
        m_lastQueued = queued;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastQueued = 0;
    double m_largest = 0;
};

} // namespace habeas::test
