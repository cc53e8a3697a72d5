#include "readingactivity.h"

#include "evidence/evidencequeue.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace habeas {

ReadingActivity::ReadingActivity(EvidenceQueue &queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_label(new QLabel(this))
{
    auto *cancel = new QToolButton(this);
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop reading the files; what is not read yet stays pending"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(cancel);
    hide();
    connect(cancel, &QToolButton::clicked, &queue, &EvidenceQueue::cancel);
    connect(&queue, &EvidenceQueue::progressChanged, this, &ReadingActivity::showProgress);
    connect(&queue, &EvidenceQueue::idle, this, [this](const QString &stoppedBecause) {
        hide();
        emit stopped(stoppedBecause);
    });
}

void ReadingActivity::showProgress(int done, int total)
{
    if (total <= 0 || !m_queue.isBusy()) {
        hide();
        return;
    }
    m_label->setText(tr("Reading %1 of %2…").arg(std::min(done + 1, total)).arg(total));
    show();
}

} // namespace habeas
