#pragma once

#include <QCoreApplication>
#include <QString>

namespace habeas {

// tr() for code outside a QObject class (free functions, plain structs). A file names its
// translation context once, in an anonymous namespace:
//
//     constexpr char kTrContext[] = "habeas::Parsing";
//     constexpr auto tr = &translateIn<kTrContext>;
//
// and then calls tr("…") as a QObject would.
template<const char *Context> QString translateIn(const char *text)
{
    return QCoreApplication::translate(Context, text);
}

} // namespace habeas
