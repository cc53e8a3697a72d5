#include "core/clock.h"

namespace habeas {

namespace {
std::function<QDateTime()> &source()
{
    static std::function<QDateTime()> s;
    return s;
}
} // namespace

QDateTime Clock::now()
{
    const auto &s = source();
    return s ? s() : QDateTime::currentDateTime();
}

QDate Clock::today()
{
    return now().date();
}

void Clock::setSource(std::function<QDateTime()> newSource)
{
    source() = std::move(newSource);
}

QString Clock::isoNow()
{
    QDateTime t = now();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace habeas
