#pragma once

// A test double for the writers that take a QIODevice*: a device that fills up.

#include <QBuffer>

namespace habeas::test {

// Accepts `limit` bytes, then refuses every write with "No space left on device", like a disk
// that fills up half way through. What it accepted can be read back with data().
class FailDevice final : public QBuffer {
public:
    explicit FailDevice(qint64 limit)
        : m_limit(limit)
    {
        open(QIODevice::ReadWrite);
    }

protected:
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_written + size > m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += size;
        return QBuffer::writeData(data, size);
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};

} // namespace habeas::test
