#include "originalfetch.h"

#include "storage/library.h"
#include "storage/storagebackend.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace habeas {

OriginalFetch::OriginalFetch(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
}

OriginalFetch::~OriginalFetch()
{
    for (QFuture<Result<QString>> &fetch : m_fetches)
        fetch.waitForFinished();
}

bool OriginalFetch::fetch(const QString &sha256, const Then &then)
{
    if (!m_library.isServer()) {
        then(m_library.blobs().localFile(sha256));
        return false;
    }
    m_fetches.removeIf([](const QFuture<Result<QString>> &f) { return f.isFinished(); });
    m_fetches.append(QtConcurrent::run(
        [blobs = &m_library.blobs(), sha256] { return blobs->localFile(sha256); }));
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, then] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(m_fetches.last());
    return true;
}

} // namespace habeas
