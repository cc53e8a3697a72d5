#pragma once

#include <QIODevice>

namespace habeas::doc {

// A write-only proxy in front of a caller's device. QPdfWriter ignores what its device's
// write() returns, so a full disk would silently give a truncated PDF; this proxy remembers the
// first failure (and stops writing) so the writers can report it. It never closes the target.
class CheckedDevice final : public QIODevice {
public:
    explicit CheckedDevice(QIODevice *target);

    bool failed() const { return m_failed; }
    // The target's reason for the first failed write.
    QString failure() const { return m_failure; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target; // not owned
    bool m_failed = false;
    QString m_failure;
};

} // namespace habeas::doc
