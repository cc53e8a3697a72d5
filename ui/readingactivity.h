#pragma once

#include <QWidget>

class QLabel;

namespace habeas {

class EvidenceQueue;

// Background reading of imported files as the status bar shows it: "Reading 3 of 12…" and a
// Cancel that stops the queue (what is not read yet stays pending). Hidden while the queue is
// idle.
class ReadingActivity final : public QWidget {
    Q_OBJECT

public:
    explicit ReadingActivity(EvidenceQueue &queue, QWidget *parent = nullptr);

signals:
    // The queue went idle; `stoppedBecause` says why it stopped early, empty when it finished.
    void stopped(const QString &stoppedBecause);

private:
    void showProgress(int done, int total);

    EvidenceQueue &m_queue;
    QLabel *m_label;
};

} // namespace habeas
