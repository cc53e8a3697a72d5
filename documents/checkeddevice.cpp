#include "checkeddevice.h"

#include <QCoreApplication>

namespace habeas::doc {

CheckedDevice::CheckedDevice(QIODevice *target)
    : m_target(target)
{
    if (!m_target || !m_target->isWritable()) {
        m_failed = true;
        m_failure = QCoreApplication::translate("habeas::Documents", "the output is not open");
    }
}

qint64 CheckedDevice::readData(char *, qint64)
{
    return -1;
}

qint64 CheckedDevice::writeData(const char *data, qint64 size)
{
    if (m_failed)
        return -1;
    if (m_target->write(data, size) != size) {
        m_failed = true;
        m_failure = m_target->errorString();
        if (m_failure.isEmpty())
            m_failure =
                QCoreApplication::translate("habeas::Documents", "the device refused the data");
        return -1;
    }
    return size;
}

} // namespace habeas::doc
