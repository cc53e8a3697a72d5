#pragma once

// What every libFuzzer harness here shares: a Qt application object for the code that expects
// one (image plugins, resources), and a scratch file for the readers that take a path.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace habeas::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "habeas-fuzz";
    static char *argv[] = { name, nullptr };
    // Never destroyed: libFuzzer ends with exit(), and the application object must outlive
    // every static that Qt tears down then.
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// One file per process, rewritten for each input: the reader under test opens it by name.
inline QString scratchFile(const QByteArray &content, const char *suffix)
{
    const QString path = QDir::tempPath() + QStringLiteral("/habeas-fuzz-")
        + QString::number(QCoreApplication::applicationPid()) + QString::fromLatin1(suffix);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        qFatal("cannot write the scratch file %s", qPrintable(path));
    return path;
}

} // namespace habeas::fuzz
