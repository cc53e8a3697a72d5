#pragma once

#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <utility>

namespace habeas {

// Runs `then` once, from the event loop, after `widget` has first painted: work that can wait
// until the window is on screen does not compete with it. Owned by the widget.
class AfterFirstPaint final : public QObject {
public:
    AfterFirstPaint(QWidget *widget, QObject *context, std::function<void()> then)
        : QObject(widget)
        , m_context(context)
        , m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            QTimer::singleShot(0, m_context, std::exchange(m_then, {}));
            deleteLater();
        }
        return false;
    }

private:
    QObject *m_context;
    std::function<void()> m_then;
};

} // namespace habeas
