#pragma once

#include <QDateTime>

#include <functional>

namespace habeas {

// The one source of "now" for everything the user sees or the library records, so tests can pin
// time. The exception is the age of files on disk (the blob collector): the file system stamps
// them with the system clock, so they are compared with QDateTime::currentDateTimeUtc().
class Clock final {
public:
    static QDateTime now();
    static QDate today();

    // Tests: make now() return what the function returns; nullptr restores the system clock.
    static void setSource(std::function<QDateTime()> source);

    // ISO 8601 with the local offset, seconds precision: 2021-01-20T09:30:00+08:00.
    static QString isoNow();
};

} // namespace habeas
