#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace habeas {

// The strings of a JSON array, in order; empty when the value is not an array (the bundled
// statute and theory catalogues write their lists of ids and names this way).
inline QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const auto &v : array)
        out << v.toString();
    return out;
}

} // namespace habeas
