#pragma once

#include "core/result.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <functional>

namespace habeas {

class Library;

// An exhibit's original as a local file, for a view that shows it: at once on a folder library,
// where it is one; fetched from a server into the session folder on a worker thread, so that the
// window's thread never waits for the network (docs/server.md, "Faults"). Destroying it waits
// for the fetches under way, which read through the library.
class OriginalFetch final : public QObject {
    Q_OBJECT

public:
    explicit OriginalFetch(Library &library, QObject *parent = nullptr);
    ~OriginalFetch() override;

    using Then = std::function<void(const Result<QString> &file)>;
    // Calls `then` with the file of the original `sha256`: before returning (false), or later on
    // this object's thread (true).
    bool fetch(const QString &sha256, const Then &then);

private:
    Library &m_library;
    QList<QFuture<Result<QString>>> m_fetches;
};

} // namespace habeas
